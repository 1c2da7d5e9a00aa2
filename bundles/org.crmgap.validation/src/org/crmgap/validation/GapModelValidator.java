package org.crmgap.validation;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.crmgap.data.DataException;
import org.crmgap.data.WorkbookSheets;
import org.crmgap.indicators.SegmentAssignments;
import org.crmgap.model.ColumnMapping;
import org.crmgap.model.ColumnMeaning;
import org.crmgap.model.DataFormat;
import org.crmgap.model.DataRole;
import org.crmgap.model.DataSource;
import org.crmgap.model.Expectation;
import org.crmgap.model.Gap;
import org.crmgap.model.GapKind;
import org.crmgap.model.GapModel;
import org.crmgap.model.NamedElement;
import org.crmgap.model.PlannedAction;
import org.crmgap.model.Promise;
import org.crmgap.model.ServiceStandard;
import org.crmgap.model.SeverityThreshold;
import org.crmgap.model.SurveyInstrument;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EObjectValidator;

/**
 * The structural rules of a gap model, on top of EMF's own checks (multiplicities, proxies, ...): one small
 * method per rule; the rules' ids, severities and catalogue links are in {@link Rule}.
 */
public class GapModelValidator extends EObjectValidator {

	public static final GapModelValidator INSTANCE = new GapModelValidator();

	/** Context key of the day against which due dates are judged (a {@link LocalDate}); today when absent. */
	public static final String TODAY = "org.crmgap.validation.today";

	@Override
	public boolean validate(EClass eClass, EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean valid = validate_EveryDefaultConstraint(eObject, diagnostics, context);
		if (eObject instanceof NamedElement named) {
			valid &= uniqueName(named, diagnostics, context);
		}
		if (eObject instanceof Expectation expectation) {
			valid &= addressed(expectation, diagnostics);
		}
		if (eObject instanceof ServiceStandard standard) {
			valid &= owned(standard, diagnostics);
		}
		if (eObject instanceof Promise promise) {
			valid &= aboutStandard(promise, diagnostics);
		}
		if (eObject instanceof DataSource source) {
			valid &= resolvable(source, diagnostics) & mapped(source, diagnostics) & sheetOfWorkbook(source, diagnostics)
					& queried(source, diagnostics) & assigned(source, diagnostics);
		}
		if (eObject instanceof SeverityThreshold threshold) {
			valid &= ordered(threshold, diagnostics);
		}
		if (eObject instanceof SurveyInstrument instrument) {
			valid &= scaled(instrument, diagnostics);
		}
		if (eObject instanceof Gap gap) {
			valid &= endpointsFit(gap, diagnostics);
		}
		if (eObject instanceof PlannedAction action) {
			valid &= onTime(action, diagnostics, context) & fitsKind(action, diagnostics);
		}
		return valid;
	}

	boolean uniqueName(NamedElement element, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (element.getName() == null || element.eContainingFeature() == null || !element.eContainingFeature().isMany()) {
			return true;
		}
		return !SiblingNamesPerRun.laterDuplicates(element, context).contains(element)
				|| report(diagnostics, RuleDiagnostic.of(Rule.NAMES_UNIQUE, element, element.getName(), element.eClass().getName()));
	}

	boolean addressed(Expectation expectation, DiagnosticChain diagnostics) {
		return !expectation.getAddressedBy().isEmpty()
				|| report(diagnostics, RuleDiagnostic.of(Rule.EXPECTATION_UNADDRESSED, expectation, expectation.getName()));
	}

	boolean owned(ServiceStandard standard, DiagnosticChain diagnostics) {
		return standard.getOwnerUnit() != null
				|| report(diagnostics, RuleDiagnostic.of(Rule.STANDARD_UNOWNED, standard, standard.getName()));
	}

	boolean aboutStandard(Promise promise, DiagnosticChain diagnostics) {
		return promise.getStandard() != null || report(diagnostics, RuleDiagnostic.of(Rule.PROMISE_UNBOUND, promise, promise.getName()));
	}

	boolean resolvable(DataSource source, DiagnosticChain diagnostics) {
		if (source.getFormat() == DataFormat.SQL) {
			return true; // no file: the query rule's
		}
		String location = source.getLocation();
		if (location != null && !location.isBlank() && file(source) == null) {
			return true; // no file to resolve against (a model in memory)
		}
		boolean found = location != null && !location.isBlank() && Files.isRegularFile(file(source));
		return found || report(diagnostics, RuleDiagnostic.of(Rule.DATASOURCE_LOCATION, source, source.getName(), location));
	}

	/** A SQL source: a JDBC URL and a query (any role); validation stays offline, so the database is not asked. */
	boolean queried(DataSource source, DiagnosticChain diagnostics) {
		if (source.getFormat() != DataFormat.SQL) {
			return true;
		}
		String problem = null;
		if (source.getLocation() == null || !source.getLocation().strip().startsWith("jdbc:")) {
			problem = "its location must be a JDBC URL (jdbc:postgresql://host:port/database?user=name)";
		} else if (source.getQuery() == null || source.getQuery().isBlank()) {
			problem = "it has no query";
		}
		return problem == null || report(diagnostics, RuleDiagnostic.of(Rule.DATASOURCE_QUERY, source, source.getName(), problem));
	}

	/** A sheet named for a CSV or Parquet file is ignored when the data is read: said, as the user meant a workbook. */
	boolean sheetOfWorkbook(DataSource source, DiagnosticChain diagnostics) {
		if (WorkbookSheets.chosen(source.getSheet()) == null) {
			return true;
		}
		Path file = file(source);
		// a file not found is the location rule's; a Parquet source is read as Parquet whatever the file
		boolean ignored = source.getFormat() == DataFormat.PARQUET
				|| file != null && Files.isRegularFile(file) && WorkbookSheets.ignoredFor(file, source.getSheet());
		return !ignored || report(diagnostics, RuleDiagnostic.of(Rule.DATASOURCE_SHEET, source, source.getName(),
				source.getSheet().strip(), source.getLocation()));
	}

	/** A segment-assignment file names only segments the model has; a file that cannot be read is the analysis's to say. */
	boolean assigned(DataSource source, DiagnosticChain diagnostics) {
		Path file = file(source);
		if (source.getRole() != DataRole.SEGMENT_ASSIGNMENT || source.getFormat() == DataFormat.SQL || file == null
				|| !Files.isRegularFile(file) || !(source.eContainer() instanceof GapModel model)) {
			return true;
		}
		List<String> unknown;
		try {
			unknown = SegmentAssignments.unknown(model, source, file);
		} catch (DataException e) {
			return true;
		}
		String named = unknown.stream().map(u -> "'" + u + "'").collect(Collectors.joining(", "));
		return unknown.isEmpty() || report(diagnostics, RuleDiagnostic.of(Rule.DATASOURCE_ASSIGNMENT, source, source.getName(),
				source.getLocation(), (unknown.size() == 1 ? "segment " : "segments ") + named));
	}

	/** The source's file beside the model file; null without a location or a model file to resolve it against. */
	private static Path file(DataSource source) {
		URI model = source.eResource() == null ? null : source.eResource().getURI();
		String location = source.getLocation();
		if (location == null || location.isBlank() || model == null || !model.isFile()) {
			return null;
		}
		return Path.of(model.toFileString()).toAbsolutePath().getParent().resolve(location);
	}

	boolean mapped(DataSource source, DiagnosticChain diagnostics) {
		boolean valid = true;
		for (ColumnMeaning meaning : RequiredMappings.of(source.getRole())) {
			boolean present = source.getColumnMappings().stream().map(ColumnMapping::getMeaning).anyMatch(meaning::equals);
			if (!present) {
				valid = report(diagnostics, RuleDiagnostic.of(Rule.DATASOURCE_UNMAPPED, source, source.getName(), source.getRole(), meaning));
			}
		}
		if (RequiredMappings.needsInstrument(source.getRole()) && source.getInstrument() == null) {
			valid = report(diagnostics, RuleDiagnostic.of(Rule.DATASOURCE_UNMAPPED, source, source.getName(), source.getRole(),
					"its survey instrument"));
		}
		return valid;
	}

	boolean ordered(SeverityThreshold threshold, DiagnosticChain diagnostics) {
		double significance = threshold.getSignificanceLevel();
		if (threshold.getWarningLevel() < threshold.getErrorLevel() && significance > 0 && significance < 1) {
			return true;
		}
		EObject owner = threshold.eContainer() instanceof Gap gap ? gap : threshold;
		String name = owner instanceof NamedElement named && !(owner instanceof org.crmgap.model.GapModel) ? named.getName()
				: String.valueOf(threshold.getGapKind());
		return report(diagnostics, RuleDiagnostic.of(Rule.THRESHOLD_ORDER, threshold, name, threshold.getWarningLevel(),
				threshold.getErrorLevel(), significance));
	}

	/** No answer can be read on a scale whose minimum is not below its maximum (the analysis stops at it). */
	boolean scaled(SurveyInstrument instrument, DiagnosticChain diagnostics) {
		return instrument.getScaleMin() < instrument.getScaleMax() || report(diagnostics, RuleDiagnostic.of(Rule.INSTRUMENT_SCALE,
				instrument, instrument.getName(), instrument.getScaleMin(), instrument.getScaleMax()));
	}

	boolean endpointsFit(Gap gap, DiagnosticChain diagnostics) {
		GapEndpoints.Expected expected = GapEndpoints.of(gap.getKind());
		if (expected == null || gap.getReference() == null || gap.getActual() == null || expected.fits(gap)) {
			return true;
		}
		return report(diagnostics, RuleDiagnostic.of(Rule.GAP_ENDPOINTS, gap, gap.getName(), gap.getKind(), expected.description()));
	}

	boolean onTime(PlannedAction action, DiagnosticChain diagnostics, Map<Object, Object> context) {
		LocalDate today = context != null && context.get(TODAY) instanceof LocalDate day ? day : LocalDate.now();
		return !PlannedActions.overdue(action, today) || report(diagnostics, RuleDiagnostic.of(Rule.ACTION_OVERDUE, action,
				action.getName(), action.getDueDate(), action.getStatus().getLiteral()));
	}

	boolean fitsKind(PlannedAction action, DiagnosticChain diagnostics) {
		Gap gap = action.getGap();
		if (gap == null || action.getAction() == null) {
			return true;
		}
		Set<GapKind> kinds = PlannedActions.gapKinds(action.getAction(), action.eContainer() instanceof GapModel m ? m : null);
		return kinds.isEmpty() || kinds.contains(gap.getKind()) || report(diagnostics, RuleDiagnostic.of(Rule.ACTION_KIND, action,
				action.getName(), action.getAction().getName(), String.join(", ", kinds.stream().map(GapKind::getLiteral).toList()), gap.getName(),
				gap.getKind().getLiteral()));
	}

	private static boolean report(DiagnosticChain diagnostics, org.eclipse.emf.common.util.Diagnostic diagnostic) {
		if (diagnostics != null) {
			diagnostics.add(diagnostic);
		}
		return diagnostic.getSeverity() < org.eclipse.emf.common.util.Diagnostic.ERROR;
	}
}
