package org.crmgap.ui.emf;

import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;

/**
 * The Properties view's source for a model element, over its EMF item property descriptors. Setting a
 * value goes through the descriptor, which executes a command on the element's editing domain: undoable.
 */
public class ItemPropertySource implements IPropertySource {

	private final Object object;
	private final IItemPropertySource itemSource;

	public ItemPropertySource(Object object, AdapterFactory adapterFactory) {
		this.object = object;
		this.itemSource = (IItemPropertySource) adapterFactory.adapt(object, IItemPropertySource.class);
	}

	@Override
	public Object getEditableValue() {
		return object;
	}

	@Override
	public IPropertyDescriptor[] getPropertyDescriptors() {
		List<IItemPropertyDescriptor> descriptors = itemSource == null ? List.of() : itemSource.getPropertyDescriptors(object);
		return descriptors.stream().map(d -> new ItemPropertyDescriptor(object, d)).toArray(IPropertyDescriptor[]::new);
	}

	private IItemPropertyDescriptor descriptor(Object id) {
		return itemSource == null ? null : itemSource.getPropertyDescriptor(object, id);
	}

	@Override
	public Object getPropertyValue(Object id) {
		IItemPropertyDescriptor descriptor = descriptor(id);
		Object value = descriptor == null ? null : descriptor.getPropertyValue(object);
		// item providers wrap values so the sheet can show nested properties; the editors want the value itself
		return value instanceof IItemPropertySource wrapper ? wrapper.getEditableValue(object) : value;
	}

	@Override
	public boolean isPropertySet(Object id) {
		IItemPropertyDescriptor descriptor = descriptor(id);
		return descriptor != null && descriptor.isPropertySet(object);
	}

	@Override
	public void resetPropertyValue(Object id) {
		IItemPropertyDescriptor descriptor = descriptor(id);
		if (descriptor != null) {
			descriptor.resetPropertyValue(object);
		}
	}

	@Override
	public void setPropertyValue(Object id, Object value) {
		IItemPropertyDescriptor descriptor = descriptor(id);
		if (descriptor != null) {
			descriptor.setPropertyValue(object, value);
		}
	}
}
