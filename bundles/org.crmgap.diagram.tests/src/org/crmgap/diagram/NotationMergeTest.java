package org.crmgap.diagram;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.crmgap.diagram.notation.Diagram;
import org.crmgap.diagram.notation.DiagramSet;
import org.crmgap.diagram.notation.Shape;
import org.crmgap.model.compare.MergeConflict;
import org.crmgap.model.compare.MergeResult;
import org.crmgap.model.compare.ModelMerge;
import org.crmgap.model.persistence.CrmGapResource;
import org.crmgap.model.persistence.ModelFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Notation files merge like model files (the same merge by id): layout changes of both sides combined, a shape moved
 * differently on both sides keeps ours' place; the files are read through the globally registered factory, as crmgap
 * merge (Git's merge driver) reads them.
 */
class NotationMergeTest {

	@TempDir
	Path dir;

	private Path base;

	@BeforeEach
	void baseNotation() throws IOException {
		Path model = TestSession.copyExample(dir);
		DiagramDocument document = DiagramDocument.open(model);
		document.diagram(DiagramKind.ORGANISATION);
		document.diagram(DiagramKind.PROFILES);
		document.saveNotation();
		base = DiagramDocument.notationFile(model);
	}

	private Path version(String name, Consumer<DiagramSet> edit) throws IOException {
		DiagramSet set = ModelFiles.loadForComparison(base, DiagramSet.class);
		edit.accept(set);
		Path file = dir.resolve(name + "." + DiagramDocument.NOTATION_EXTENSION);
		ModelFiles.save(set, file);
		return file;
	}

	private static Shape shape(DiagramSet set, int diagram, int shape) {
		return set.getDiagrams().get(diagram).getShapes().get(shape);
	}

	private MergeResult merge(Path ours, Path theirs) throws IOException {
		return ModelMerge.merge(ModelFiles.loadForComparison(base, DiagramSet.class), ModelFiles.loadForComparison(ours, DiagramSet.class),
				ModelFiles.loadForComparison(theirs, DiagramSet.class));
	}

	private static byte[] bytes(MergeResult result) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		result.merged().eResource().save(out, null);
		return out.toByteArray();
	}

	@Test
	void notationFilesAreReadByTheModelFilesResourceInAnyResourceSet() throws IOException {
		// hardened like the model's (duplicate ids refused), and written in the canonical form
		assertTrue(ModelFiles.loadForComparison(base, DiagramSet.class).eResource() instanceof CrmGapResource);
	}

	@Test
	void layoutChangesOfBothSidesAreCombined() throws IOException {
		double x = ModelFiles.loadForComparison(base, DiagramSet.class).getDiagrams().get(0).getShapes().get(0).getX();
		Path ours = version("ours", set -> {
			shape(set, 0, 0).setX(x + 100);
			set.getDiagrams().get(0).getHiddenLayers().add("gaps");
		});
		Path theirs = version("theirs", set -> {
			shape(set, 0, 1).setWidth(333);
			set.getDiagrams().remove(1);
		});
		MergeResult result = merge(ours, theirs);
		assertTrue(result.clean(), result.conflicts().toString());
		DiagramSet merged = (DiagramSet) result.merged();
		assertEquals(x + 100, shape(merged, 0, 0).getX());
		assertEquals(333, shape(merged, 0, 1).getWidth());
		assertEquals(List.of(DiagramKind.ORGANISATION.id()), merged.getDiagrams().stream().map(Diagram::getKind).toList());
		assertArrayEquals(bytes(result), bytes(merge(theirs, ours)), "the same notation whichever side is ours");
	}

	@Test
	void aShapeMovedDifferentlyOnBothSidesKeepsOursPlace() throws IOException {
		Path ours = version("ours", set -> shape(set, 0, 0).setX(10));
		Path theirs = version("theirs", set -> shape(set, 0, 0).setX(20));
		MergeResult result = merge(ours, theirs);
		assertEquals(List.of(MergeConflict.Kind.CHANGED_ON_BOTH_SIDES), result.conflicts().stream().map(MergeConflict::kind).toList());
		assertEquals("x", result.conflicts().get(0).feature());
		assertEquals(10, shape((DiagramSet) result.merged(), 0, 0).getX());
		assertArrayEquals(Files.readAllBytes(ours), bytes(result));
	}
}
