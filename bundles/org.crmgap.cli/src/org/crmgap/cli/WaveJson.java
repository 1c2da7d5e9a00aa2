package org.crmgap.cli;

import org.crmgap.indicators.WaveComparison;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The survey's JSON with each dimension object extended by its change since the previous wave. */
final class WaveJson {

	private WaveJson() {
	}

	static JsonNode of(WaveComparison waves) {
		JsonNode root = ResultJson.tree(waves.current());
		JsonNode groups = root.get("groups");
		for (int g = 0; g < groups.size(); g++) {
			WaveComparison.GroupChange change = waves.changes().get(g);
			JsonNode dimensions = groups.get(g).get("dimensions");
			for (int k = 0; k < dimensions.size(); k++) {
				WaveComparison.DimensionChange c = change.dimensions().get(k);
				ObjectNode d = (ObjectNode) dimensions.get(k);
				d.put("previousGap", c.previousGap());
				d.put("change", c.change());
				d.put("changeT", c.changeT());
				d.put("changeDf", c.changeDf());
				d.put("changeP", c.changeP());
			}
		}
		return root;
	}
}
