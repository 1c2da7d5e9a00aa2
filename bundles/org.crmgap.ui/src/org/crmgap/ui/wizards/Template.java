package org.crmgap.ui.wizards;

import org.crmgap.examples.Examples;

/** What a new gap model starts from: a bundled model, and whether its data files come along. */
enum Template {
	EMPTY("Empty model", Examples.EMPTY_TEMPLATE, false),
	SERVQUAL("SERVQUAL study (five dimensions, 22-item instrument)", Examples.SERVQUAL_TEMPLATE, false),
	DIE("DIE CRM gap study (external and internal side, every gap kind)", Examples.DIE_TEMPLATE, false),
	RETAIL_BANK("Retail-bank example with its survey, KPI and readiness data", Examples.RETAIL_BANK, true);

	final String label;
	final String entry;
	final boolean withData;

	Template(String label, String entry, boolean withData) {
		this.label = label;
		this.entry = entry;
		this.withData = withData;
	}
}
