package org.crmgap.indicators;

import java.util.ArrayList;
import java.util.List;

import org.crmgap.data.Scale;
import org.crmgap.model.GapModel;
import org.crmgap.model.SurveyInstrument;
import org.crmgap.model.SurveyItem;
import org.crmgap.model.SurveyItemKind;

/** The dimensions and value items of a model's survey instrument, as the analyses read them. */
record ModelInstrument(Scale scale, List<ServiceDimension> dimensions, ServiceDimension value) {

	static ModelInstrument of(GapModel model) {
		SurveyInstrument instrument = model.getSurveyInstruments().isEmpty() ? null : model.getSurveyInstruments().get(0);
		if (instrument == null) {
			return new ModelInstrument(Scale.LIKERT_7, ServiceDimension.SERVQUAL, null);
		}
		List<ServiceDimension> dimensions = new ArrayList<>();
		for (var dimension : model.getDimensions()) {
			List<ItemColumns> items = instrument.getItems().stream()
					.filter(i -> i.getKind() == SurveyItemKind.SERVICE_QUALITY && i.getDimension() == dimension)
					.map(ModelInstrument::columns).toList();
			if (!items.isEmpty()) {
				dimensions.add(new ServiceDimension(dimension.getName(), items));
			}
		}
		List<ItemColumns> value = instrument.getItems().stream().filter(i -> i.getKind() == SurveyItemKind.VALUE)
				.map(ModelInstrument::columns).toList();
		return new ModelInstrument(new Scale(instrument.getScaleMin(), instrument.getScaleMax()), List.copyOf(dimensions),
				value.isEmpty() ? null : new ServiceDimension("value", value));
	}

	private static ItemColumns columns(SurveyItem item) {
		return new ItemColumns(item.getNumber(), item.getExpectationColumn(), item.getPerceptionColumn(),
				item.getDesiredColumn(), item.getAdequateColumn(), item.getManagerColumn());
	}
}
