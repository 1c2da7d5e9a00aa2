package org.crmgap.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.crmgap.model.persistence.AtomicFiles;

import picocli.CommandLine.Model.CommandSpec;

/** Where a command's result goes: standard output, or a file written atomically (--out). */
final class CommandOutput {

	private CommandOutput() {
	}

	static void write(CommandSpec spec, Path out, byte[] bytes) throws IOException {
		if (out == null) {
			spec.commandLine().getOut().print(new String(bytes, StandardCharsets.UTF_8));
			spec.commandLine().getOut().flush();
		} else {
			AtomicFiles.replace(out, bytes);
			spec.commandLine().getOut().println("wrote " + out);
		}
	}
}
