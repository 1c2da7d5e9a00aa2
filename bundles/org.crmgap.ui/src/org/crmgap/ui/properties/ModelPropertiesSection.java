package org.crmgap.ui.properties;

import org.crmgap.model.edit.EditingDomains;
import org.crmgap.ui.emf.ItemPropertySource;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.properties.tabbed.AdvancedPropertySection;
import org.eclipse.ui.views.properties.tabbed.TabbedPropertySheetPage;

/**
 * The "Properties" tab: every attribute and reference of the selected element through its item property
 * descriptors, edited by undoable commands on the editor's stack (the descriptors find the editing domain
 * from the element's resource set).
 */
public class ModelPropertiesSection extends AdvancedPropertySection {

	private final ComposedAdapterFactory adapters = EditingDomains.adapterFactory();

	@Override
	public void createControls(Composite parent, TabbedPropertySheetPage tabbedPage) {
		super.createControls(parent, tabbedPage);
		page.setPropertySourceProvider(object -> new ItemPropertySource(object, adapters));
	}

	@Override
	public boolean shouldUseExtraSpace() {
		return true;
	}

	@Override
	public void dispose() {
		super.dispose();
		adapters.dispose();
	}
}
