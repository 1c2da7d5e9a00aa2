package org.crmgap.ui.compare;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;

/**
 * What a comparison editor shows: a comparison read when the command ran. Not persisted (a workbench restart would
 * have to read the files again, and they may have changed), and every run opens its own editor.
 */
public final class ComparisonInput implements IEditorInput {

	private final Comparison comparison;

	public ComparisonInput(Comparison comparison) {
		this.comparison = comparison;
	}

	public Comparison comparison() {
		return comparison;
	}

	@Override
	public boolean exists() {
		return false; // not offered in the recently opened files
	}

	@Override
	public ImageDescriptor getImageDescriptor() {
		return ImageDescriptor.getMissingImageDescriptor();
	}

	@Override
	public String getName() {
		return comparison.older().getName() + " ↔ " + comparison.newer().getName();
	}

	@Override
	public IPersistableElement getPersistable() {
		return null;
	}

	@Override
	public String getToolTipText() {
		return "Changes from " + comparison.older().getFullPath() + " to " + comparison.newer().getFullPath();
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		return null;
	}
}
