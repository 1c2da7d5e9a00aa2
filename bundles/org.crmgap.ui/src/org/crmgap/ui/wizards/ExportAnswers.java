package org.crmgap.ui.wizards;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.crmgap.data.AnswerTable;
import org.crmgap.data.ExportPreview;
import org.crmgap.data.Scale;
import org.crmgap.indicators.SurveySources;
import org.crmgap.model.AnswerLabel;
import org.crmgap.model.CrmGapFactory;
import org.crmgap.model.DataRole;
import org.crmgap.model.DataSource;
import org.crmgap.model.GapModel;

/**
 * The answer texts of a survey-tool export with the scale value each stands for, as the Answer labels page edits them:
 * proposed by the answer table of the new source (its scale's agreement labels with the labels saved on the model's
 * earlier customer surveys, so that the next wave imports without questions); a text the table does not know has no
 * value until the user gives one, and is never guessed. Saved are the values that differ from the scale's defaults.
 */
final class ExportAnswers {

	/** An answer text of the export, how often it occurs, and its value (null: unknown). */
	static final class Answer {
		private final String text;
		private final long count;
		private Double value;

		Answer(String text, long count, Double value) {
			this.text = text;
			this.count = count;
			this.value = value;
		}

		String text() {
			return text;
		}

		long count() {
			return count;
		}

		Double value() {
			return value;
		}

		void value(Double v) {
			value = v;
		}
	}

	private final Scale scale;
	private final AnswerTable defaults;
	private final AnswerTable proposed;
	private final ExportPreview export;
	private final List<Answer> answers = new ArrayList<>();

	private ExportAnswers(Scale scale, AnswerTable defaults, AnswerTable proposed, ExportPreview export) {
		this.scale = scale;
		this.defaults = defaults;
		this.proposed = proposed;
		this.export = export;
		if (export != null) {
			export.answerTexts().forEach((text, count) -> answers.add(new Answer(text, count,
					proposed.value(text).map(Double::valueOf).orElse(null))));
			// those without a value first, then as on the scale
			answers.sort(Comparator.comparing(Answer::value, Comparator.nullsFirst(Comparator.naturalOrder())));
		}
	}

	/**
	 * The table of a new customer survey of {@code model}: its first instrument's scale, the labels saved on its customer
	 * surveys added (a later source's label of the same text wins); no export yet.
	 */
	static ExportAnswers of(GapModel model) {
		DataSource draft = CrmGapFactory.eINSTANCE.createDataSource();
		draft.setInstrument(model.getSurveyInstruments().isEmpty() ? null : model.getSurveyInstruments().get(0));
		for (DataSource source : model.getDataSources()) {
			if (source.getRole() == DataRole.CUSTOMER_SURVEY) {
				SurveySources.labels(source).forEach((text, value) -> draft.getAnswerLabels().add(label(text, value)));
			}
		}
		Scale scale = SurveySources.scale(draft);
		return new ExportAnswers(scale, AnswerTable.defaults(scale), SurveySources.answers(draft), null);
	}

	/** The answers of {@code shown} (null: none) with the values this table proposes; this when it is the same export. */
	ExportAnswers of(ExportPreview shown) {
		return shown == export ? this : new ExportAnswers(scale, defaults, proposed, shown);
	}

	/** The scale of the new source's instrument, whose values the answers take. */
	Scale scale() {
		return scale;
	}

	/** The table the export is converted with for the wizard's preview. */
	AnswerTable proposed() {
		return proposed;
	}

	List<Answer> answers() {
		return answers;
	}

	/** How many answer texts have no value. */
	long unknown() {
		return answers.stream().filter(a -> a.value() == null).count();
	}

	/** The labels to save on the new source: the answers with a value the scale's defaults do not give them. */
	List<AnswerLabel> toSave() {
		Map<String, Double> labels = new LinkedHashMap<>();
		for (Answer answer : answers) {
			Double standard = defaults.value(answer.text()).map(Double::valueOf).orElse(null);
			if (answer.value() != null && !answer.value().equals(standard)) {
				labels.put(answer.text(), answer.value());
			}
		}
		return labels.entrySet().stream().map(e -> label(e.getKey(), e.getValue())).toList();
	}

	private static AnswerLabel label(String text, double value) {
		AnswerLabel label = CrmGapFactory.eINSTANCE.createAnswerLabel();
		label.setText(text);
		label.setValue(value);
		return label;
	}
}
