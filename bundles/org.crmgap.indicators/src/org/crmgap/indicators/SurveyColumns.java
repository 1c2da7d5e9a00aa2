package org.crmgap.indicators;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

import org.crmgap.data.ColumnCheck;
import org.crmgap.data.ColumnRules;

/**
 * The columns a model's survey source must have, each checked by what it means (answers on the instrument's
 * scale, importance points), whatever its name: the customers' E, P, D and A answers, the value items and
 * the importance points; or the managers' estimates.
 */
final class SurveyColumns {

	private final ModelInstrument instrument;
	private final Map<String, ColumnCheck> checks = new LinkedHashMap<>();
	private final Map<String, String> described = new LinkedHashMap<>();

	private SurveyColumns(ModelInstrument instrument) {
		this.instrument = instrument;
	}

	/** The customers' survey: every answer column the instrument names and every importance points column. */
	static ColumnRules customers(ModelInstrument instrument, String respondent, String segment) {
		SurveyColumns columns = new SurveyColumns(instrument);
		for (ServiceDimension d : instrument.dimensions()) {
			for (ItemColumns item : d.items()) {
				columns.answers(item, "expectation", ItemColumns::expectation);
				columns.answers(item, "perception", ItemColumns::perception);
				columns.answers(item, "desired level", ItemColumns::desired);
				columns.answers(item, "adequate level", ItemColumns::adequate);
			}
			if (d.weightColumn() != null) {
				columns.checks.put(d.weightColumn(), ColumnCheck.points());
				columns.described.put(d.weightColumn(), "importance points of '" + d.name() + "'");
			}
		}
		if (instrument.value() != null) {
			for (ItemColumns item : instrument.value().items()) {
				columns.answers(item, "expected value", ItemColumns::expectation);
				columns.answers(item, "experienced value", ItemColumns::perception);
			}
		}
		return ColumnRules.survey(respondent, segment, columns.checks, columns.described);
	}

	/** The managers' survey: their estimate of each item. */
	static ColumnRules managers(ModelInstrument instrument, String respondent) {
		SurveyColumns columns = new SurveyColumns(instrument);
		instrument.dimensions().forEach(d -> d.items().forEach(item -> columns.answers(item, "managers' estimate",
				ItemColumns::manager)));
		ColumnRules rules = ColumnRules.survey(respondent, null, columns.checks, columns.described);
		// managers answer for all customers: no segments
		return new ColumnRules(rules.required(), rules.checks(), rules.uniqueKey(), null);
	}

	private void answers(ItemColumns item, String what, Function<ItemColumns, String> column) {
		String name = column.apply(item);
		if (name != null) {
			checks.put(name, ColumnCheck.answers(instrument.scale()));
			described.putIfAbsent(name, "item " + item.item() + "'s " + what + " in the model's survey instrument");
		}
	}
}
