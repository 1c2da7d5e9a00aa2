package org.crmgap.indicators;

import java.util.ArrayList;
import java.util.List;

import org.crmgap.data.Scale;
import org.crmgap.model.ColumnMapping;
import org.crmgap.model.ColumnMeaning;
import org.crmgap.model.DataSource;
import org.crmgap.model.GapModel;
import org.crmgap.model.SurveyInstrument;
import org.crmgap.model.SurveyItem;
import org.crmgap.model.SurveyItemKind;

/**
 * The instrument a customer survey answers, as the analyses read it: its scale, its dimensions with the
 * columns of their items and of their importance points (from the source's mappings), the value items.
 * Column names are whatever the model says; nothing is guessed from them.
 */
record ModelInstrument(Scale scale, List<ServiceDimension> dimensions, ServiceDimension value, List<String> warnings) {

	/** The instrument of {@code survey} (the model's first one when the source names none). */
	static ModelInstrument of(GapModel model, DataSource survey) {
		SurveyInstrument instrument = survey != null && survey.getInstrument() != null ? survey.getInstrument()
				: model.getSurveyInstruments().isEmpty() ? null : model.getSurveyInstruments().get(0);
		if (instrument == null) {
			return new ModelInstrument(Scale.LIKERT_7, List.of(), null, List.of());
		}
		List<String> warnings = new ArrayList<>();
		List<ServiceDimension> dimensions = new ArrayList<>();
		for (var dimension : model.getDimensions()) {
			List<ItemColumns> items = instrument.getItems().stream()
					.filter(i -> i.getKind() == SurveyItemKind.SERVICE_QUALITY && i.getDimension() == dimension)
					.map(ModelInstrument::columns).toList();
			if (!items.isEmpty()) {
				dimensions.add(new ServiceDimension(dimension.getName(), items, weightColumn(survey, dimension)));
			}
		}
		instrument.getItems().stream().filter(i -> i.getKind() == SurveyItemKind.SERVICE_QUALITY && i.getDimension() == null)
				.forEach(i -> warnings.add("survey item " + i.getNumber() + " has no dimension: not analysed"));
		if (survey != null) {
			survey.getColumnMappings().stream()
					.filter(m -> m.getMeaning() == ColumnMeaning.IMPORTANCE_POINTS && m.getDimension() == null)
					.forEach(m -> warnings.add("importance points column '" + m.getColumn() + "' names no dimension: ignored"));
		}
		List<ItemColumns> value = instrument.getItems().stream().filter(i -> i.getKind() == SurveyItemKind.VALUE)
				.map(ModelInstrument::columns).toList();
		Scale scale = SurveySources.scale(instrument);
		return new ModelInstrument(scale, List.copyOf(dimensions), value.isEmpty() ? null : new ServiceDimension("value", value,
				null), List.copyOf(warnings));
	}

	private static String weightColumn(DataSource survey, org.crmgap.model.ServiceDimension dimension) {
		return survey == null ? null
				: survey.getColumnMappings().stream()
						.filter(m -> m.getMeaning() == ColumnMeaning.IMPORTANCE_POINTS && m.getDimension() == dimension)
						.map(ColumnMapping::getColumn).filter(c -> c != null && !c.isBlank()).findFirst().orElse(null);
	}

	private static ItemColumns columns(SurveyItem item) {
		return new ItemColumns(item.getNumber(), item.getExpectationColumn(), item.getPerceptionColumn(),
				item.getDesiredColumn(), item.getAdequateColumn(), item.getManagerColumn());
	}
}
