package org.crmgap.cli;

import java.io.IOException;
import java.io.PrintWriter;

import org.crmgap.indicators.ServqualResult;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/** Indicator results as JSON: the records' components in order, full double precision, null where undefined. */
final class ResultJson {

	/** The survey JSON is a documented contract: the knowledge gap's counts stay out of it. */
	@JsonIgnoreProperties({ "managers", "customers" })
	private interface KnowledgeDimensionContract {
	}

	private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
			.addMixIn(ServqualResult.KnowledgeDimension.class, KnowledgeDimensionContract.class);

	private ResultJson() {
	}

	static void write(Object result, PrintWriter out) throws IOException {
		out.println(MAPPER.writeValueAsString(result));
		out.flush();
	}
}
