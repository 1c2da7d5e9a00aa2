package org.crmgap.ui.editor;

import org.crmgap.model.CrmGapFactory;
import org.crmgap.model.CrmGapPackage;
import org.crmgap.model.Expectation;
import org.crmgap.model.ServiceStandard;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.ILog;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IMarkerResolutionGenerator2;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;

/** Quick fixes where the fix is obvious; each is an undoable command in the model's editor. */
public class QuickFixes implements IMarkerResolutionGenerator2 {

	static final String UNADDRESSED = "crmgap.expectation.unaddressed";

	@Override
	public boolean hasResolutions(IMarker marker) {
		return UNADDRESSED.equals(marker.getAttribute(ProblemMarkers.RULE_ID, ""));
	}

	@Override
	public IMarkerResolution[] getResolutions(IMarker marker) {
		return hasResolutions(marker) ? new IMarkerResolution[] { new CreateStandard() } : new IMarkerResolution[0];
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
			editor.select(editor.getModel().eResource().getURIFragment(standard));
		}

		private static GapModelEditor editor(IMarker marker) {
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
