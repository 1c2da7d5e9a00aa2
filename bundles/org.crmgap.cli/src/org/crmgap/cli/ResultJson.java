package org.crmgap.cli;

import java.io.IOException;
import java.io.PrintWriter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/** Indicator results as JSON: the records' components in order, full double precision, null where undefined. */
final class ResultJson {

	private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

	private ResultJson() {
	}

	/** The result as a JSON tree, for output that adds to it. */
	static JsonNode tree(Object result) {
		return MAPPER.valueToTree(result);
	}

	static void write(Object result, PrintWriter out) throws IOException {
		out.println(MAPPER.writeValueAsString(result));
		out.flush();
	}
}
