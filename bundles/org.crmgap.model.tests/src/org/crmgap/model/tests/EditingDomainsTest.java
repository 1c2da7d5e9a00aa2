package org.crmgap.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.crmgap.model.CrmGapFactory;
import org.crmgap.model.CrmGapPackage;
import org.crmgap.model.CustomerSegment;
import org.crmgap.model.GapModel;
import org.crmgap.model.edit.EditingDomains;
import org.crmgap.model.persistence.ModelFiles;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.junit.jupiter.api.Test;

/** The one way to make an editing domain: the item providers decide, and property edits go through its command stack. */
class EditingDomainsTest {

	@Test
	void aPropertyEditIsAnUndoableCommandOfTheElementsDomain() {
		ComposedAdapterFactory adapters = EditingDomains.adapterFactory();
		AdapterFactoryEditingDomain domain = EditingDomains.create(adapters, ModelFiles.newResourceSet());
		Resource resource = domain.getResourceSet().createResource(URI.createFileURI("/tmp/domain-test.crmgap"));
		GapModel model = CrmGapFactory.eINSTANCE.createGapModel();
		CustomerSegment segment = CrmGapFactory.eINSTANCE.createCustomerSegment();
		segment.setName("Retail");
		model.getSegments().add(segment);
		resource.getContents().add(model);
		assertSame(domain, AdapterFactoryEditingDomain.getEditingDomainFor(segment));

		IItemPropertySource properties = (IItemPropertySource) adapters.adapt(segment, IItemPropertySource.class);
		properties.getPropertyDescriptors(segment).stream()
				.filter(d -> d.getFeature(segment) == CrmGapPackage.Literals.NAMED_ELEMENT__NAME).findFirst().orElseThrow()
				.setPropertyValue(segment, "Private");
		assertEquals("Private", segment.getName());
		assertTrue(domain.getCommandStack().canUndo(), "the edit is a command");
		domain.getCommandStack().undo();
		assertEquals("Retail", segment.getName());
		adapters.dispose();
	}
}
