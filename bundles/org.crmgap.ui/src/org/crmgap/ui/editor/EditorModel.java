package org.crmgap.ui.editor;

import java.io.IOException;
import java.nio.file.Path;

import org.crmgap.model.GapModel;
import org.crmgap.model.edit.EditingDomains;
import org.crmgap.model.persistence.ModelFileException;
import org.crmgap.model.persistence.ModelFiles;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;

/**
 * The model an editor edits: its file, its editing domain (one command stack for every page, the diagrams included)
 * and its save. A file that cannot be read has no model, only the problem, and is never written.
 */
final class EditorModel {

	private final ComposedAdapterFactory itemProviders = EditingDomains.adapterFactory();
	private final AdapterFactoryEditingDomain domain = EditingDomains.create(itemProviders, ModelFiles.newResourceSet());
	private final IFile file;
	private GapModel model;
	private ModelFileException problem;

	EditorModel(IFile file) {
		this.file = file;
		try {
			model = ModelFiles.load(domain.getResourceSet(), path(), GapModel.class);
		} catch (ModelFileException e) {
			problem = e;
		}
	}

	/** The model, or null when the file could not be read. */
	GapModel model() {
		return model;
	}

	/** Why the file could not be read (null when it could). */
	ModelFileException problem() {
		return problem;
	}

	AdapterFactoryEditingDomain domain() {
		return domain;
	}

	ComposedAdapterFactory itemProviders() {
		return itemProviders;
	}

	IFile file() {
		return file;
	}

	Path path() {
		return file.getLocation().toPath();
	}

	boolean isDirty() {
		return model != null && stack().isSaveNeeded();
	}

	/** Writes the model atomically, then what else {@code alongside} writes (the diagrams' notation), as one save. */
	void save(IProgressMonitor monitor, EditorDiagrams alongside) throws IOException, CoreException {
		model.eResource().save(null);
		alongside.save();
		stack().saveIsDone();
		file.refreshLocal(IResource.DEPTH_ZERO, monitor);
	}

	private BasicCommandStack stack() {
		return (BasicCommandStack) domain.getCommandStack();
	}

	void dispose() {
		itemProviders.dispose();
	}
}
