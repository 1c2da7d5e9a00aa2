package org.crmgap.ui.emf;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.edit.provider.INotifyChangedListener;
import org.eclipse.emf.edit.provider.IChangeNotifier;
import org.eclipse.emf.edit.provider.IStructuredItemContentProvider;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.emf.edit.provider.ViewerNotification;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.jface.viewers.Viewer;

/**
 * A JFace tree content provider over EMF item providers (what EMF edit.ui's AdapterFactoryContentProvider
 * does): children from ITreeItemContentProvider, and viewer refreshes from the item providers' notifications.
 */
public class ItemContentProvider implements ITreeContentProvider, INotifyChangedListener {

	private final AdapterFactory adapterFactory;
	private Viewer viewer;

	public ItemContentProvider(AdapterFactory adapterFactory) {
		this.adapterFactory = adapterFactory;
		if (adapterFactory instanceof IChangeNotifier notifier) {
			notifier.addListener(this);
		}
	}

	@Override
	public Object[] getElements(Object input) {
		IStructuredItemContentProvider provider = (IStructuredItemContentProvider) adapterFactory.adapt(input, IStructuredItemContentProvider.class);
		return provider == null ? new Object[0] : provider.getElements(input).toArray();
	}

	@Override
	public Object[] getChildren(Object parent) {
		ITreeItemContentProvider provider = (ITreeItemContentProvider) adapterFactory.adapt(parent, ITreeItemContentProvider.class);
		return provider == null ? new Object[0] : provider.getChildren(parent).toArray();
	}

	@Override
	public Object getParent(Object element) {
		ITreeItemContentProvider provider = (ITreeItemContentProvider) adapterFactory.adapt(element, ITreeItemContentProvider.class);
		return provider == null ? null : provider.getParent(element);
	}

	@Override
	public boolean hasChildren(Object element) {
		ITreeItemContentProvider provider = (ITreeItemContentProvider) adapterFactory.adapt(element, ITreeItemContentProvider.class);
		return provider != null && provider.hasChildren(element);
	}

	@Override
	public void inputChanged(Viewer viewer, Object oldInput, Object newInput) {
		this.viewer = viewer;
	}

	@Override
	public void notifyChanged(Notification notification) {
		if (viewer == null || viewer.getControl() == null || viewer.getControl().isDisposed()) {
			return;
		}
		// item providers send ViewerNotifications that say what to refresh
		viewer.getControl().getDisplay().asyncExec(() -> {
			if (viewer.getControl().isDisposed()) {
				return;
			}
			if (notification instanceof ViewerNotification change && viewer instanceof StructuredViewer structured
					&& change.getElement() != null) {
				if (change.isContentRefresh()) {
					structured.refresh(change.getElement(), change.isLabelUpdate());
				} else if (change.isLabelUpdate()) {
					structured.update(change.getElement(), null);
				}
			} else {
				viewer.refresh();
			}
		});
	}

	@Override
	public void dispose() {
		if (adapterFactory instanceof IChangeNotifier notifier) {
			notifier.removeListener(this);
		}
	}
}
