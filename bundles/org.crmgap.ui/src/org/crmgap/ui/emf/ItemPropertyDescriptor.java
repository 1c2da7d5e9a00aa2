package org.crmgap.ui.emf;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.properties.IPropertyDescriptor;

/**
 * One property of a model element for the Properties view: label, category and description from the EMF
 * descriptor, and a cell editor fitting the feature (a choice list for enums, booleans and references; a
 * checked text field for other data types). Many-valued features are shown, not edited here.
 */
public class ItemPropertyDescriptor implements IPropertyDescriptor {

	private final Object object;
	private final IItemPropertyDescriptor descriptor;

	public ItemPropertyDescriptor(Object object, IItemPropertyDescriptor descriptor) {
		this.object = object;
		this.descriptor = descriptor;
	}

	@Override
	public CellEditor createPropertyEditor(Composite parent) {
		if (!descriptor.canSetProperty(object) || descriptor.isMany(object)) {
			return null;
		}
		Object feature = descriptor.getFeature(object);
		Collection<?> choices = descriptor.getChoiceOfValues(object);
		if (choices != null && !(feature instanceof EAttribute a && !(a.getEType() instanceof EEnum) && !isBoolean(a))) {
			List<Object> values = new ArrayList<>(choices);
			return new ChoiceCellEditor(parent, values, getLabelProvider());
		}
		if (feature instanceof EAttribute attribute && attribute.getEType() instanceof EEnum eEnum) {
			return new ChoiceCellEditor(parent, new ArrayList<>(eEnum.getELiterals().stream().map(l -> l.getInstance()).toList()),
					getLabelProvider());
		}
		if (feature instanceof EAttribute attribute && isBoolean(attribute)) {
			return new ChoiceCellEditor(parent, new ArrayList<>(List.of(Boolean.TRUE, Boolean.FALSE)), getLabelProvider());
		}
		if (feature instanceof EAttribute attribute) {
			return new DataTypeCellEditor(parent, (EDataType) attribute.getEType());
		}
		return null;
	}

	private static boolean isBoolean(EStructuralFeature feature) {
		Class<?> type = feature.getEType().getInstanceClass();
		return type == boolean.class || type == Boolean.class;
	}

	@Override
	public String getCategory() {
		return descriptor.getCategory(object);
	}

	@Override
	public String getDescription() {
		return descriptor.getDescription(object);
	}

	@Override
	public String getDisplayName() {
		return descriptor.getDisplayName(object);
	}

	@Override
	public String[] getFilterFlags() {
		return descriptor.getFilterFlags(object);
	}

	@Override
	public Object getHelpContextIds() {
		return null;
	}

	@Override
	public Object getId() {
		return descriptor.getId(object);
	}

	@Override
	public ILabelProvider getLabelProvider() {
		IItemLabelProvider labels = descriptor.getLabelProvider(object);
		return new LabelProvider() {
			@Override
			public String getText(Object element) {
				return labels.getText(element);
			}

			@Override
			public org.eclipse.swt.graphics.Image getImage(Object element) {
				return ItemImages.of(labels.getImage(element));
			}
		};
	}

	@Override
	public boolean isCompatibleWith(IPropertyDescriptor other) {
		return false;
	}
}
