package org.crmgap.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.function.Consumer;

import org.crmgap.examples.Examples;
import org.crmgap.model.CrmGapFactory;
import org.crmgap.model.CustomerSegment;
import org.crmgap.model.Expectation;
import org.crmgap.model.GapModel;
import org.crmgap.model.OrganisationUnit;
import org.crmgap.model.ServiceDimension;
import org.crmgap.model.persistence.ModelFiles;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.xmi.XMLResource;

/**
 * Versions of the example in one folder, as two modellers' branches would make them: {@code base.crmgap} (the example in
 * the canonical form) and each version a copy of it, loaded, edited and saved like the editor saves.
 */
final class ExampleVersions {

	private final Path dir;
	private final Path base;

	ExampleVersions(Path dir) throws IOException {
		this.dir = dir;
		this.base = dir.resolve("base.crmgap");
		Files.copy(Examples.file(Examples.RETAIL_BANK), base);
		ModelFiles.save(ModelFiles.load(base), base);
	}

	Path base() {
		return base;
	}

	Path file(String name) {
		return dir.resolve(name + ".crmgap");
	}

	/** The base, edited by {@code edit} and saved as {@code name.crmgap}. */
	Path version(String name, Consumer<GapModel> edit) throws IOException {
		return version(name, base, edit);
	}

	/** The version {@code from}, edited by {@code edit} and saved as {@code name.crmgap}. */
	Path version(String name, Path from, Consumer<GapModel> edit) throws IOException {
		GapModel model = ModelFiles.load(from);
		edit.accept(model);
		Path file = file(name);
		ModelFiles.save(model, file);
		return file;
	}

	/** The element with the id in the model. */
	static <T extends EObject> T byId(EObject model, String id, Class<T> type) {
		return type.cast(model.eResource().getEObject(id));
	}

	static String id(EObject element) {
		return ((XMLResource) element.eResource()).getID(element);
	}

	/** Gives a new element a fixed id (the resource would make a random one). */
	static <T extends EObject> T withId(T element, String id) {
		((XMLResource) element.eResource()).setID(element, id);
		return element;
	}

	// ---- elements of the example

	static CustomerSegment savers(GapModel model) {
		return model.getSegments().get(0);
	}

	static CustomerSegment privateClients(GapModel model) {
		return model.getSegments().get(2);
	}

	static Expectation looks(GapModel model) {
		return savers(model).getExpectations().get(0);
	}

	static ServiceDimension dimension(GapModel model, String name) {
		return model.getDimensions().stream().filter(d -> name.equals(d.getName())).findFirst().orElseThrow();
	}

	static ServiceDimension newDimension(GapModel model, String name, String id) {
		ServiceDimension dimension = CrmGapFactory.eINSTANCE.createServiceDimension();
		dimension.setName(name);
		model.getDimensions().add(dimension);
		return withId(dimension, id);
	}

	static OrganisationUnit unit(GapModel model, String name) {
		for (Iterator<EObject> all = model.eAllContents(); all.hasNext();) {
			if (all.next() instanceof OrganisationUnit unit && name.equals(unit.getName())) {
				return unit;
			}
		}
		throw new AssertionError("no unit " + name);
	}
}
