package org.crmgap.ui.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Number columns sort by value, not by their text. */
class ColumnsTest {

	@Test
	void numbersByValueMissingFirst() {
		List<String> cells = new ArrayList<>(List.of("10.000", "2.000", "\u22121.500", "\u2013", "", "-3"));
		cells.sort(Columns.NUMBERS);
		assertEquals(List.of("\u2013", "", "-3", "\u22121.500", "2.000", "10.000"), cells);
	}
}
