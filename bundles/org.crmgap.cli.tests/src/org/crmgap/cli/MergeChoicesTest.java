package org.crmgap.cli;

import static org.crmgap.cli.ExampleVersions.dimension;
import static org.crmgap.cli.ExampleVersions.looks;
import static org.crmgap.cli.ExampleVersions.newDimension;
import static org.crmgap.cli.ExampleVersions.privateClients;
import static org.crmgap.cli.ExampleVersions.savers;
import static org.crmgap.cli.ExampleVersions.unit;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.crmgap.model.CustomerSegment;
import org.crmgap.model.GapModel;
import org.crmgap.model.compare.MergeConflict;
import org.crmgap.model.compare.MergeConflict.Kind;
import org.crmgap.model.compare.MergeResult;
import org.crmgap.model.compare.ModelMerge;
import org.crmgap.model.persistence.ModelFiles;
import org.crmgap.validation.MergeValidation;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Theirs' side chosen for a structural conflict (the workbench's Take Theirs): the merge takes it with what it needs,
 * the result is saved and loads with every reference held (ModelFiles.load checks them) and validates; where theirs
 * cannot be taken, the result says why.
 */
class MergeChoicesTest {

	@TempDir
	Path dir;

	private ExampleVersions versions;

	@BeforeEach
	void example() throws IOException {
		versions = new ExampleVersions(dir);
	}

	@Test
	void theirsDeletionTakenDeletesTheElementAndOursNewReferenceToIt() throws IOException {
		Path ours = versions.version("ours", m -> {
			privateClients(m).getExpectations().get(0).setName("Callback by noon");
			m.getCommunications().get(0).getAudience().add(privateClients(m));
		});
		Path theirs = versions.version("theirs", m -> EcoreUtil.delete(privateClients(m), true));
		MergeConflict deleted = only(merge(versions.base(), ours, theirs, Set.of()).conflicts());
		assertEquals(Kind.DELETED_IN_THEIRS, deleted.kind());

		MergeResult taken = merge(versions.base(), ours, theirs, Set.of(deleted.key()));
		assertTrue(taken.theirsTaken(deleted));
		assertEquals("theirs taken: deleted, and the references to it", only(taken.conflicts()).resolution());
		// ours changed nothing else: the segment, everything in it and ours' reference to it are gone, as in theirs
		assertArrayEquals(Files.readAllBytes(theirs), Files.readAllBytes(saved(taken, ours, theirs)));
	}

	@Test
	void oursDeletionTakenRestoresTheElementAsTheirsHasIt() throws IOException {
		Path ours = versions.version("ours", m -> EcoreUtil.delete(privateClients(m), true));
		Path theirs = versions.version("theirs", m -> {
			privateClients(m).getExpectations().get(0).setName("Callback by noon");
			savers(m).setName("Savers");
		});
		MergeConflict deleted = only(merge(versions.base(), ours, theirs, Set.of()).conflicts());
		assertEquals(Kind.DELETED_IN_OURS, deleted.kind());

		MergeResult taken = merge(versions.base(), ours, theirs, Set.of(deleted.key()));
		assertTrue(taken.theirsTaken(deleted));
		GapModel merged = ModelFiles.load(saved(taken, ours, theirs));
		GapModel their = ModelFiles.load(theirs);
		assertEquals(List.of("Savers", "Relationship banking", "Private and business partners"),
				merged.getSegments().stream().map(CustomerSegment::getName).toList());
		CustomerSegment restored = privateClients(merged);
		assertEquals(EcoreUtil.getURI(privateClients(their)).fragment(), EcoreUtil.getURI(restored).fragment(), "theirs' element, its id kept");
		assertEquals(privateClients(their).getExpectations().stream().map(e -> e.getName() + " " + e.getDimension().getName()).toList(),
				restored.getExpectations().stream().map(e -> e.getName() + " " + e.getDimension().getName()).toList(),
				"as theirs has it, with everything in it and its references");
	}

	@Test
	void theirsReferenceTakenLetsGoTheElementTheirsDeleted() throws IOException {
		Path base = versions.version("base2", m -> newDimension(m, "convenience", "_convenience"));
		Path ours = versions.version("ours", base, m -> looks(m).setDimension(dimension(m, "convenience")));
		Path theirs = versions.version("theirs", base, m -> m.getDimensions().remove(m.getDimensions().size() - 1));
		MergeConflict reference = only(merge(base, ours, theirs, Set.of()).conflicts());
		assertEquals(Kind.REFERENCE_TO_DELETED, reference.kind());

		MergeResult taken = merge(base, ours, theirs, Set.of(reference.key()));
		assertTrue(taken.theirsTaken(reference));
		assertArrayEquals(Files.readAllBytes(theirs), Files.readAllBytes(saved(taken, ours, theirs)), "theirs' value, convenience deleted");
	}

	@Test
	void theirsReferenceTakenRestoresTheElementOursDeleted() throws IOException {
		Path base = versions.version("base2", m -> newDimension(m, "convenience", "_convenience"));
		Path ours = versions.version("ours", base, m -> EcoreUtil.delete(dimension(m, "convenience"), true));
		Path theirs = versions.version("theirs", base, m -> looks(m).setDimension(dimension(m, "convenience")));
		MergeConflict reference = only(merge(base, ours, theirs, Set.of()).conflicts());
		assertEquals(Kind.REFERENCE_TO_DELETED, reference.kind());

		MergeResult taken = merge(base, ours, theirs, Set.of(reference.key()));
		assertTrue(taken.theirsTaken(reference));
		assertEquals("theirs taken: ServiceDimension 'convenience' restored as theirs has it", only(taken.conflicts()).resolution());
		assertArrayEquals(Files.readAllBytes(theirs), Files.readAllBytes(saved(taken, ours, theirs)), "convenience back, referred to");
	}

	@Test
	void elementsMovedIntoEachOtherCanOnlyKeepOursAndTheResultSaysWhy() throws IOException {
		Path ours = versions.version("ours", m -> unit(m, "Private Banking").getSubUnits().add(unit(m, "Contact Centre")));
		Path theirs = versions.version("theirs", m -> unit(m, "Contact Centre").getSubUnits().add(unit(m, "Private Banking")));
		MergeResult kept = merge(versions.base(), ours, theirs, Set.of());
		MergeConflict moved = kept.conflicts().get(0);
		assertEquals("why: theirs moved it into what ours moved into it", "why: " + kept.whyOursOnly(moved));

		MergeResult tried = merge(versions.base(), ours, theirs, Set.of(moved.key()));
		assertFalse(tried.theirsTaken(moved));
		assertArrayEquals(Files.readAllBytes(ours), Files.readAllBytes(saved(tried, ours, theirs)), "ours kept");
	}

	@Test
	void anElementMovedDifferentlyGoesWhereTheirsHasItWhenTaken() throws IOException {
		Path ours = versions.version("ours", m -> unit(m, "Private Banking").getSubUnits().add(unit(m, "Contact Centre")));
		Path theirs = versions.version("theirs", m -> unit(m, "Executive Board").getSubUnits().add(unit(m, "Contact Centre")));
		MergeConflict moved = only(merge(versions.base(), ours, theirs, Set.of()).conflicts());
		assertEquals("container", moved.feature());

		MergeResult taken = merge(versions.base(), ours, theirs, Set.of(moved.key()));
		assertTrue(taken.theirsTaken(moved));
		assertArrayEquals(Files.readAllBytes(theirs), Files.readAllBytes(saved(taken, ours, theirs)));
	}

	@Test
	void aValueConflictTakesTheirsAndSaysNothingAgainstIt() throws IOException {
		Path ours = versions.version("ours", m -> savers(m).setName("Everyday savers"));
		Path theirs = versions.version("theirs", m -> savers(m).setName("Daily savers"));
		MergeConflict renamed = only(merge(versions.base(), ours, theirs, Set.of()).conflicts());
		MergeResult taken = merge(versions.base(), ours, theirs, Set.of(renamed.key()));
		assertTrue(taken.theirsTaken(renamed));
		assertNull(taken.whyOursOnly(renamed));
		assertArrayEquals(Files.readAllBytes(theirs), Files.readAllBytes(saved(taken, ours, theirs)));
	}

	private static MergeResult merge(Path base, Path ours, Path theirs, Set<String> theirsChosen) throws IOException {
		return ModelMerge.merge(ModelFiles.load(base), ModelFiles.load(ours), ModelFiles.load(theirs), theirsChosen);
	}

	private static MergeConflict only(List<MergeConflict> conflicts) {
		assertEquals(1, conflicts.size(), conflicts.toString());
		return conflicts.get(0);
	}

	/** The merged model saved, loaded back with every reference checked, and validated against the two sides. */
	private Path saved(MergeResult result, Path ours, Path theirs) throws IOException {
		Path out = versions.file("merged");
		ModelFiles.save(result.merged(), out);
		ModelFiles.load(out);
		assertEquals(List.of(), MergeValidation.newErrors(ModelFiles.load(out), ModelFiles.load(ours), ModelFiles.load(theirs)));
		return out;
	}
}
