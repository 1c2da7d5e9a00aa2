package org.crmgap.model.persistence;

import java.io.IOException;
import java.nio.file.Path;

import org.crmgap.examples.Examples;

/** The bundled retail-bank example, the realistic input of the file tests. */
final class ExampleModels {

	private ExampleModels() {
	}

	static Path retailBank() throws IOException {
		return Examples.file(Examples.RETAIL_BANK);
	}
}
