package org.crmgap.ui.editor;

import java.util.Map;

import org.crmgap.model.GapModel;
import org.crmgap.model.persistence.ModelFiles;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;

/**
 * A copy of the model, with the same element ids, for work in a background job: EMF models are not
 * thread-safe, and the user keeps editing while an analysis runs.
 */
final class ModelSnapshot {

	private ModelSnapshot() {
	}

	static GapModel of(GapModel model) {
		EcoreUtil.Copier copier = new EcoreUtil.Copier();
		GapModel copy = (GapModel) copier.copy(model);
		copier.copyReferences();
		Resource original = model.eResource();
		Resource resource = ModelFiles.newResourceSet().createResource(original.getURI());
		resource.getContents().add(copy);
		if (original instanceof XMLResource from && resource instanceof XMLResource to) {
			for (Map.Entry<EObject, EObject> pair : copier.entrySet()) {
				to.setID(pair.getValue(), from.getID(pair.getKey()));
			}
		}
		return copy;
	}
}
