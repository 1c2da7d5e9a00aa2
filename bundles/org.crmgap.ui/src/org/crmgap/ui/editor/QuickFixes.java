package org.crmgap.ui.editor;

import org.crmgap.model.CrmGapFactory;
import org.crmgap.model.CrmGapPackage;
import org.crmgap.model.Expectation;
import org.crmgap.model.NamedElement;
import org.crmgap.model.ServiceStandard;
import org.crmgap.model.util.SiblingNames;
import org.crmgap.validation.Rule;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.ILog;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IMarkerResolutionGenerator2;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;

/** Quick fixes where the fix is obvious; each is an undoable command in the model's editor. */
public class QuickFixes implements IMarkerResolutionGenerator2 {

	@Override
	public boolean hasResolutions(IMarker marker) {
		return getResolutions(marker).length > 0;
	}

	@Override
	public IMarkerResolution[] getResolutions(IMarker marker) {
		Rule rule = Rule.byId(marker.getAttribute(ProblemMarkers.RULE_ID, ""));
		if (rule == null) {
			return new IMarkerResolution[0]; // EMF's own checks: no obvious fix
		}
		return switch (rule) {
		case EXPECTATION_UNADDRESSED -> new IMarkerResolution[] { new CreateStandard() };
		case NAMES_UNIQUE -> new IMarkerResolution[] { new RenameUnique() };
		// only a swap is obvious: warning above error; a bad significance level needs the user
		case THRESHOLD_ORDER -> swappable(marker) ? new IMarkerResolution[] { new SwapLevels() } : new IMarkerResolution[0];
		default -> new IMarkerResolution[0];
		};
	}

	private static final java.util.regex.Pattern LEVELS = java.util.regex.Pattern
			.compile("warning level ([-0-9.E]+) must be below the error level ([-0-9.E]+)");

	/** The message (rules.properties) names both levels: a swap fixes it when the warning level is the higher. */
	private static boolean swappable(IMarker marker) {
		var m = LEVELS.matcher(marker.getAttribute(IMarker.MESSAGE, ""));
		try {
			return m.find() && Double.parseDouble(m.group(1)) > Double.parseDouble(m.group(2));
		} catch (NumberFormatException e) {
			return false;
		}
	}

	/** Runs a fix on the marker's element in its (opened) editor as one undoable command. */
	abstract static class Fix implements IMarkerResolution {
		@Override
		public void run(IMarker marker) {
			GapModelEditor editor = CreateStandard.editor(marker);
			if (editor == null || editor.getModel() == null) {
				return;
			}
			EObject element = editor.getModel().eResource().getEObject(marker.getAttribute(ProblemMarkers.ELEMENT_ID, ""));
			org.eclipse.emf.common.command.Command fix = element == null ? null : fix(editor.getEditingDomain(), element);
			if (fix != null && fix.canExecute()) {
				editor.getEditingDomain().getCommandStack().execute(fix);
				editor.reveal(element);
			}
		}

		abstract org.eclipse.emf.common.command.Command fix(EditingDomain domain, EObject element);
	}

	/** "Branch" beside another "Branch" becomes "Branch (2)" (or the next free number): the model's sibling-name rule. */
	static final class RenameUnique extends Fix {
		@Override
		public String getLabel() {
			return "Rename to a name no sibling has";
		}

		@Override
		org.eclipse.emf.common.command.Command fix(EditingDomain domain, EObject element) {
			if (!(element instanceof NamedElement named) || element.eContainer() == null) {
				return null;
			}
			return SetCommand.create(domain, element, CrmGapPackage.Literals.NAMED_ELEMENT__NAME, SiblingNames.uniqueFor(named));
		}
	}

	/** A threshold whose warning level is above its error level gets the two swapped. */
	static final class SwapLevels extends Fix {
		@Override
		public String getLabel() {
			return "Swap the warning and error levels";
		}

		@Override
		org.eclipse.emf.common.command.Command fix(EditingDomain domain, EObject element) {
			if (!(element instanceof org.crmgap.model.SeverityThreshold threshold)
					|| threshold.getWarningLevel() <= threshold.getErrorLevel()) {
				return null;
			}
			CompoundCommand swap = new CompoundCommand(getLabel());
			swap.append(SetCommand.create(domain, threshold,
					CrmGapPackage.Literals.SEVERITY_THRESHOLD__WARNING_LEVEL, threshold.getErrorLevel()));
			swap.append(SetCommand.create(domain, threshold,
					CrmGapPackage.Literals.SEVERITY_THRESHOLD__ERROR_LEVEL, threshold.getWarningLevel()));
			return swap;
		}
	}

	/** Creates a service standard that addresses the expectation; the user then sets its metric and target. */
	static final class CreateStandard implements IMarkerResolution {
		@Override
		public String getLabel() {
			return "Create a service standard for this expectation";
		}

		@Override
		public void run(IMarker marker) {
			GapModelEditor editor = editor(marker);
			if (editor == null || editor.getModel() == null) {
				return;
			}
			EObject element = editor.getModel().eResource().getEObject(marker.getAttribute(ProblemMarkers.ELEMENT_ID, ""));
			if (!(element instanceof Expectation expectation)) {
				return;
			}
			ServiceStandard standard = CrmGapFactory.eINSTANCE.createServiceStandard();
			standard.setName("Standard for " + expectation.getName());
			standard.setMetric("to be defined");
			EditingDomain domain = editor.getEditingDomain();
			CompoundCommand fix = new CompoundCommand(getLabel());
			fix.append(AddCommand.create(domain, editor.getModel(), CrmGapPackage.Literals.GAP_MODEL__SERVICE_STANDARDS, standard));
			fix.append(AddCommand.create(domain, standard, CrmGapPackage.Literals.SERVICE_STANDARD__ADDRESSES, expectation));
			domain.getCommandStack().execute(fix);
			editor.reveal(standard);
		}

		static GapModelEditor editor(IMarker marker) {
			try {
				var page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
				return IDE.openEditor(page, (IFile) marker.getResource(), GapModelEditor.ID) instanceof GapModelEditor e ? e : null;
			} catch (PartInitException e) {
				ILog.of(QuickFixes.class).error("Could not open " + marker.getResource(), e);
				return null;
			}
		}
	}
}
