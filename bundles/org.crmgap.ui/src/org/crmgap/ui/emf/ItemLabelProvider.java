package org.crmgap.ui.emf;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;

/** A JFace label provider over EMF item providers: their text and icon. */
public class ItemLabelProvider extends LabelProvider {

	private final AdapterFactory adapterFactory;

	public ItemLabelProvider(AdapterFactory adapterFactory) {
		this.adapterFactory = adapterFactory;
	}

	@Override
	public String getText(Object element) {
		IItemLabelProvider provider = (IItemLabelProvider) adapterFactory.adapt(element, IItemLabelProvider.class);
		return provider == null ? String.valueOf(element) : provider.getText(element);
	}

	@Override
	public Image getImage(Object element) {
		IItemLabelProvider provider = (IItemLabelProvider) adapterFactory.adapt(element, IItemLabelProvider.class);
		return provider == null ? null : ItemImages.of(provider.getImage(element));
	}
}
