package org.crmgap.report;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.crmgap.indicators.Indicator;
import org.crmgap.model.GapKind;
import org.crmgap.model.Severity;
import org.junit.jupiter.api.Test;

/** The charts' series in the Okabe–Ito colours, not JFreeChart's red and blue that colour-blind readers confuse with green. */
class ChartColoursTest {

	@Test
	void seriesInOkabeItoColours() {
		Indicator unit = new Indicator(GapKind.COMPONENT_READINESS, "Contact Centre", "u1", "all", "unit shortfall", 1.0, null, null, null,
				2, Severity.ERROR);
		String svg = Charts.svg(Charts.readinessPerUnit(List.of(unit)));
		assertTrue(svg.contains("rgb(0,114,178)"), "the first series in Okabe–Ito blue");
		assertFalse(svg.contains("rgb(255,85,85)"), "not JFreeChart's default red");
	}
}
