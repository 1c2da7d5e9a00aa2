package org.crmgap.validation;

import java.nio.file.Path;

import org.crmgap.indicators.AnalysisOptions;
import org.crmgap.indicators.GapFinding;
import org.crmgap.indicators.ModelAnalysis;
import org.crmgap.indicators.SeverityOrder;
import org.crmgap.model.CrmGapPackage;
import org.crmgap.model.Gap;
import org.crmgap.model.GapModel;
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

	/** Structural validation of {@code root} and everything it contains. */
	public static Diagnostic validate(EObject root) {
		register();
		return Diagnostician.INSTANCE.validate(root);
	}

	/** Structural validation plus one diagnostic per gap whose indicator, computed from the data, is past its threshold. */
	public static Diagnostic validateWithIndicators(GapModel model, Path modelFile) throws Exception {
		return validateWithIndicators(model, modelFile, AnalysisOptions.DEFAULT);
	}

	/** As {@link #validateWithIndicators(GapModel, Path)}, analysing with {@code options}. */
	public static Diagnostic validateWithIndicators(GapModel model, Path modelFile, AnalysisOptions options) throws Exception {
		BasicDiagnostic all = new BasicDiagnostic(Rule.SOURCE, 0, "Validation of " + model.getName(), new Object[] { model });
		all.addAll(validate(model));
		for (GapFinding finding : ModelAnalysis.analyse(model, modelFile, options).gaps()) {
			Gap gap = finding.gapIn(model);
			if (gap != null && SeverityOrder.flagged(finding.severity())) {
				all.add(RuleDiagnostic.of(Rule.GAP_THRESHOLD, finding.severity() == Severity.ERROR ? Diagnostic.ERROR : Diagnostic.WARNING,
						gap, finding.causes(), finding.actions(), gap.getName(), finding.indicator(), format(finding.value()),
						finding.severity().getLiteral()));
			}
		}
		return all;
	}

	private static String format(Double value) {
		return value == null ? "-" : String.format(java.util.Locale.ROOT, "%.3f", value);
	}
}
