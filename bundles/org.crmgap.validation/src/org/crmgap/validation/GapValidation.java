package org.crmgap.validation;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.crmgap.indicators.AnalysisOptions;
import org.crmgap.indicators.GapFinding;
import org.crmgap.indicators.ModelAnalysis;
import org.crmgap.indicators.ModelAnalysisResult;
import org.crmgap.indicators.SeverityOrder;
import org.crmgap.indicators.Targets;
import org.crmgap.indicators.GapTrend;
import org.crmgap.model.ActionStatus;
import org.crmgap.model.CrmGapPackage;
import org.crmgap.model.Gap;
import org.crmgap.model.GapModel;
import org.crmgap.model.MeasurementWave;
import org.crmgap.model.PlannedAction;
import org.crmgap.model.Severity;
import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.util.Diagnostician;

/** Entry point: the structural rules, and on request the indicator rules (gaps past their thresholds). */
public final class GapValidation {

	private GapValidation() {
	}

	/** Registers the validator for the gap model package (idempotent). */
	public static synchronized void register() {
		EValidator.Registry.INSTANCE.put(CrmGapPackage.eINSTANCE, GapModelValidator.INSTANCE);
	}

	/** Structural validation of {@code root} and everything it contains, due dates judged against today. */
	public static Diagnostic validate(EObject root) {
		return validate(root, LocalDate.now());
	}

	/** As {@link #validate(EObject)}, due dates judged against {@code today}. */
	public static Diagnostic validate(EObject root, LocalDate today) {
		register();
		Map<Object, Object> context = Diagnostician.INSTANCE.createDefaultContext();
		context.put(GapModelValidator.TODAY, today);
		return Diagnostician.INSTANCE.validate(root, context);
	}

	/** Structural validation plus one diagnostic per gap whose indicator, computed from the data, is past its threshold. */
	public static Diagnostic validateWithIndicators(GapModel model, Path modelFile) throws Exception {
		return validateWithIndicators(model, modelFile, AnalysisOptions.DEFAULT);
	}

	/** As {@link #validateWithIndicators(GapModel, Path)}, analysing with {@code options}. */
	public static Diagnostic validateWithIndicators(GapModel model, Path modelFile, AnalysisOptions options) throws Exception {
		return validateWithIndicators(model, modelFile, options, LocalDate.now());
	}

	/** As {@link #validateWithIndicators(GapModel, Path, AnalysisOptions)}, due dates judged against {@code today}. */
	public static Diagnostic validateWithIndicators(GapModel model, Path modelFile, AnalysisOptions options, LocalDate today)
			throws Exception {
		BasicDiagnostic all = new BasicDiagnostic(Rule.SOURCE, 0, "Validation of " + model.getName(), new Object[] { model });
		all.addAll(validate(model, today));
		ModelAnalysisResult result = ModelAnalysis.analyse(model, modelFile, options);
		List<GapFinding> findings = result.gaps();
		for (GapFinding finding : findings) {
			Gap gap = finding.gapIn(model);
			if (gap != null && SeverityOrder.flagged(finding.severity())) {
				all.add(RuleDiagnostic.of(Rule.GAP_THRESHOLD, finding.severity() == Severity.ERROR ? Diagnostic.ERROR : Diagnostic.WARNING,
						gap, finding.causes(), finding.actions(), gap.getName(), finding.indicator(), format(finding.value()),
						finding.severity().getLiteral()));
			}
		}
		findings.forEach(finding -> actionPlan(model, finding, result, all));
		return all;
	}

	/**
	 * The rules that judge the action plan by the data: an error gap nobody acts on, an open action already on target, an
	 * action that missed its target in the wave it should have reached it by.
	 */
	private static void actionPlan(GapModel model, GapFinding finding, ModelAnalysisResult result, BasicDiagnostic all) {
		Gap gap = finding.gapIn(model);
		if (gap == null) {
			return;
		}
		if (finding.severity() == Severity.ERROR && !PlannedActions.planned(gap, model)) {
			all.add(RuleDiagnostic.of(Rule.GAP_UNPLANNED, gap, gap.getName()));
		}
		for (PlannedAction action : model.getPlannedActions()) {
			if (action.getGap() == gap && PlannedActions.open(action) && action.getTargetValue() != null && finding.value() != null
					&& Targets.reached(gap.getKind(), finding.indicator(), finding.value(), action.getTargetValue())) {
				all.add(RuleDiagnostic.of(Rule.ACTION_REACHED, action, action.getName(), format(action.getTargetValue()),
						finding.indicator(), format(finding.value())));
			}
			if (action.getGap() == gap) {
				missed(action, finding, result, all);
			}
		}
	}

	private static void missed(PlannedAction action, GapFinding finding, ModelAnalysisResult result, BasicDiagnostic all) {
		MeasurementWave wave = action.getTargetWave();
		if (wave == null || wave.getName() == null || action.getTargetValue() == null || action.getStatus() == ActionStatus.DROPPED) {
			return;
		}
		Measured measured = measuredIn(wave.getName(), finding, result);
		if (measured != null && !Targets.reached(finding.kind(), measured.indicator(), measured.value(), action.getTargetValue())) {
			all.add(RuleDiagnostic.of(Rule.ACTION_MISSED, action, action.getName(), format(action.getTargetValue()), wave.getName(),
					measured.indicator(), format(measured.value())));
		}
	}

	private record Measured(String indicator, double value) {
	}

	/** The gap's indicator in the wave: the finding itself when that wave is the one analysed, else from the gap's trend. */
	private static Measured measuredIn(String wave, GapFinding finding, ModelAnalysisResult result) {
		if (wave.equals(result.wave())) {
			return finding.value() == null ? null : new Measured(finding.indicator(), finding.value());
		}
		for (GapTrend trend : result.trends()) {
			if (trend.id() != null && trend.id().equals(finding.id())) {
				return trend.points().stream().filter(p -> wave.equals(p.wave()) && p.value() != null).findFirst()
						.map(p -> new Measured(trend.indicator(), p.value())).orElse(null);
			}
		}
		return null;
	}

	private static String format(Double value) {
		return value == null ? "-" : String.format(java.util.Locale.ROOT, "%.3f", value);
	}
}
