package org.crmgap.model.edit;

import org.crmgap.model.provider.CrmGapItemProviderAdapterFactory;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.emf.edit.provider.resource.ResourceItemProviderAdapterFactory;

/**
 * Where gap models are edited: the item providers (which decide labels, children, and what delete, copy or
 * drag and drop may do) and an editing domain with its command stack. The editor, the Properties view and the
 * diagrams all get theirs here, so they agree on what an edit does. Hand-written, not generated.
 */
public final class EditingDomains {

	private EditingDomains() {
	}

	/** The model's item providers, then resources', then reflective ones for anything else. Dispose it when done. */
	public static ComposedAdapterFactory adapterFactory() {
		ComposedAdapterFactory adapters = new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
		adapters.addAdapterFactory(new ResourceItemProviderAdapterFactory());
		adapters.addAdapterFactory(new CrmGapItemProviderAdapterFactory());
		adapters.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
		return adapters;
	}

	/**
	 * An editing domain over {@code resourceSet} with a new command stack (its save state is the dirty state). The
	 * resource set knows its domain: property descriptors find it from an element, so their edits are commands too.
	 */
	public static AdapterFactoryEditingDomain create(ComposedAdapterFactory adapters, ResourceSet resourceSet) {
		AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(adapters, new BasicCommandStack(), resourceSet);
		resourceSet.eAdapters().add(new AdapterFactoryEditingDomain.EditingDomainProvider(domain));
		return domain;
	}
}
