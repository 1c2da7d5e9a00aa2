package org.crmgap.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.crmgap.model.CrmGapPackage;
import org.crmgap.model.GapModel;
import org.crmgap.model.NamedElement;
import org.crmgap.model.persistence.ModelFiles;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every concept of the metamodel can be created inside a gap model, named, saved and loaded again. */
class EveryConceptTest {

	@TempDir
	Path dir;

	static Stream<EClass> concreteClasses() {
		return CrmGapPackage.eINSTANCE.getEClassifiers().stream().filter(EClass.class::isInstance)
				.map(EClass.class::cast).filter(c -> !c.isAbstract() && !c.isInterface());
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("concreteClasses")
	void canBeCreatedNamedSavedAndLoaded(EClass eClass) throws IOException {
		GapModel model = (GapModel) EcoreUtil.create(CrmGapPackage.Literals.GAP_MODEL);
		model.setName("Concepts");
		EObject element = eClass == CrmGapPackage.Literals.GAP_MODEL ? model : createInside(model, eClass);
		if (element instanceof NamedElement named) {
			named.setName("A " + eClass.getName());
		}
		Path file = dir.resolve(eClass.getName() + ".crmgap");
		ModelFiles.save(model, file);
		String id = model.eResource().getURIFragment(element);

		GapModel loaded = ModelFiles.load(file);
		EObject reloaded = loaded.eResource().getEObject(id);
		assertNotNull(reloaded, "element " + id + " not found after reload");
		assertEquals(eClass, reloaded.eClass());
		assertTrue(EcoreUtil.equals(model, loaded), "reloaded model differs");
		if (reloaded instanceof NamedElement named) {
			assertEquals("A " + eClass.getName(), named.getName());
		}
	}

	/** Creates the element along the shortest containment path from the root. */
	@SuppressWarnings("unchecked")
	private static EObject createInside(GapModel model, EClass target) {
		List<EReference> path = containmentPath(target);
		assertTrue(!path.isEmpty(), target.getName() + " cannot be contained in a gap model");
		EObject container = model;
		for (EReference reference : path) {
			EObject child = EcoreUtil.create(reference == path.get(path.size() - 1) ? target : reference.getEReferenceType());
			if (reference.isMany()) {
				((EList<EObject>) container.eGet(reference)).add(child);
			} else {
				container.eSet(reference, child);
			}
			container = child;
		}
		return container;
	}

	private static List<EReference> containmentPath(EClass target) {
		record Step(EClass type, List<EReference> path) {
		}
		Deque<Step> queue = new ArrayDeque<>(List.of(new Step(CrmGapPackage.Literals.GAP_MODEL, List.of())));
		Set<EClass> seen = new HashSet<>();
		while (!queue.isEmpty()) {
			Step step = queue.poll();
			if (!seen.add(step.type())) {
				continue;
			}
			for (EReference reference : step.type().getEAllContainments()) {
				List<EReference> path = Stream.concat(step.path().stream(), Stream.of(reference)).toList();
				if (reference.getEReferenceType().isSuperTypeOf(target)) {
					return path;
				}
				queue.add(new Step(reference.getEReferenceType(), path));
			}
		}
		return List.of();
	}
}
