package org.crmgap.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Locale;

import org.crmgap.indicators.ServqualResult;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;

/** Indicator results as JSON: the records' components in order, full double precision, null where undefined, days in ISO form. */
final class ResultJson {

	private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
			.registerModule(new SimpleModule().addSerializer(Double.class, new Finite()).addSerializer(double.class, new Finite())
					// an ISO day, as in the model file (Jackson needs its JSR-310 module otherwise)
					.addSerializer(LocalDate.class, ToStringSerializer.instance)
					.addSerializer(ServqualResult.Zone.class, new ZoneName()))
			.addMixIn(ServqualResult.Dimension.class, DimensionWithZone.class);

	/** A dimension's zone of tolerance position after its MSA and MSS, as the domain reference names it. */
	@JsonPropertyOrder({ "name", "gap", "n", "t", "df", "p", "ciLow", "ciHigh", "alphaP", "alphaE", "msa", "mss", "zone" })
	private abstract static class DimensionWithZone {
		@JsonProperty("zone")
		abstract ServqualResult.Zone zone();
	}

	/** "below", "inside", "above". */
	private static final class ZoneName extends StdSerializer<ServqualResult.Zone> {

		ZoneName() {
			super(ServqualResult.Zone.class);
		}

		@Override
		public void serialize(ServqualResult.Zone value, JsonGenerator json, SerializerProvider provider) throws IOException {
			json.writeString(value.name().toLowerCase(Locale.ROOT));
		}
	}

	/** A number that is not one (NaN, infinite: a mean of nothing) is null, not Jackson's string "NaN". */
	private static final class Finite extends StdSerializer<Double> {

		Finite() {
			super(Double.class);
		}

		@Override
		public void serialize(Double value, JsonGenerator json, SerializerProvider provider) throws IOException {
			if (value.isNaN() || value.isInfinite()) {
				json.writeNull();
			} else {
				json.writeNumber(value);
			}
		}
	}

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
