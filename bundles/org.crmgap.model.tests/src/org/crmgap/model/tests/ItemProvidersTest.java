package org.crmgap.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collection;
import java.util.stream.Stream;

import org.crmgap.model.CrmGapFactory;
import org.crmgap.model.CrmGapPackage;
import org.crmgap.model.CustomerSegment;
import org.crmgap.model.GapModel;
import org.crmgap.model.NamedElement;
import org.crmgap.model.provider.CrmGapItemProviderAdapterFactory;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.emf.edit.provider.IEditingDomainItemProvider;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The generated edit support gives every concept a label, an icon and property descriptors. */
class ItemProvidersTest {

	private final CrmGapItemProviderAdapterFactory factory = new CrmGapItemProviderAdapterFactory();

	static Stream<EClass> concreteClasses() {
		return EveryConceptTest.concreteClasses();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("concreteClasses")
	void everyConceptHasLabelIconAndProperties(EClass eClass) {
		EObject element = EcoreUtil.create(eClass);
		if (element instanceof NamedElement named) {
			named.setName("Alpha");
		}
		IItemLabelProvider labels = (IItemLabelProvider) factory.adapt(element, IItemLabelProvider.class);
		assertNotNull(labels, "no item provider for " + eClass.getName());
		assertNotNull(labels.getImage(element), "no icon for " + eClass.getName());
		String text = labels.getText(element);
		assertFalse(text == null || text.isBlank(), "no label for " + eClass.getName());
		if (element instanceof NamedElement) {
			assertTrue(text.contains("Alpha"), text);
		}
		IItemPropertySource properties = (IItemPropertySource) factory.adapt(element, IItemPropertySource.class);
		// every attribute and cross reference is a property; containment and container references are not
		assertEquals(eClass.getEAllStructuralFeatures().stream().filter(f -> !f.isDerived()
				&& !(f instanceof EReference r && (r.isContainment() || r.isContainer()))).count(),
				properties.getPropertyDescriptors(element).size(), "property descriptors of " + eClass.getName());
	}

	@Test
	void gapModelOffersChildrenOfEveryTopLevelConcept() {
		GapModel model = CrmGapFactory.eINSTANCE.createGapModel();
		var domain = new AdapterFactoryEditingDomain(factory, new BasicCommandStack());
		IEditingDomainItemProvider provider = (IEditingDomainItemProvider) factory.adapt(model, IEditingDomainItemProvider.class);
		Collection<?> descriptors = provider.getNewChildDescriptors(model, domain, null);
		assertEquals(CrmGapPackage.Literals.GAP_MODEL.getEAllContainments().size(), descriptors.size());
	}

	@Test
	void segmentLabelUsesItsName() {
		CustomerSegment segment = CrmGapFactory.eINSTANCE.createCustomerSegment();
		segment.setName("Private clients");
		IItemLabelProvider labels = (IItemLabelProvider) factory.adapt(segment, IItemLabelProvider.class);
		assertEquals("Customer Segment Private clients", labels.getText(segment));
	}
}
