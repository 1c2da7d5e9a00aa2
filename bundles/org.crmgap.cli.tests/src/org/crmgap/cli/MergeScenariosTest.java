package org.crmgap.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.crmgap.model.GapModel;
import org.crmgap.model.compare.MergeConflict;
import org.crmgap.model.compare.MergeResult;
import org.crmgap.model.compare.ModelMerge;
import org.crmgap.model.persistence.ModelFileException;
import org.crmgap.model.persistence.ModelFiles;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.util.InternalEList;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Generated merge scenarios: {@value #SCRIPTS} seeded random edit scripts ({@link RandomEdits}: attributes, single and
 * many references, elements added, deleted, moved, lists reordered), each applied to the example from one base. Checked:
 * (a) merging a version with the unchanged base gives that version, byte for byte in the canonical form, whichever side
 * it is; (b) two scripts merge to the same bytes whichever side is ours when they do not conflict, and conflict alike
 * both ways; (c) every merge, conflicts or not, writes a file that loads with no dangling reference, and where a
 * conflict is about an attribute or a single reference, the merged value is ours'.
 */
class MergeScenariosTest {

	private static final long SEED = 14;
	private static final int SCRIPTS = 200;
	private static final int MAX_EDITS = 6;

	@TempDir
	static Path dir;

	private static Path baseFile;
	private static GapModel base;
	private static final List<Path> FILES = new ArrayList<>();
	private static final List<GapModel> VERSIONS = new ArrayList<>();
	private static final List<List<String>> SCRIPT_LOGS = new ArrayList<>();
	/** Scripts 2i and 2i+1 merged both ways: [2i] with 2i as ours, [2i+1] with 2i+1 as ours. */
	private static final List<MergeResult> PAIRS = new ArrayList<>();

	@BeforeAll
	static void versions() throws IOException {
		baseFile = new ExampleVersions(dir).base();
		base = ModelFiles.loadForComparison(baseFile);
		Random seeds = new Random(SEED);
		for (int i = 0; i < SCRIPTS; i++) {
			long seed = seeds.nextLong();
			int edits = 1 + seeds.nextInt(MAX_EDITS);
			String name = "x" + i;
			GapModel version = ModelFiles.loadForComparison(baseFile);
			SCRIPT_LOGS.add(new RandomEdits(version, seed, "_" + name + "_").apply(edits).log());
			Path file = dir.resolve(name + ".crmgap");
			Files.write(file, canonical(version));
			FILES.add(file);
			VERSIONS.add(ModelFiles.loadForComparison(file));
		}
		for (int i = 0; i + 1 < SCRIPTS; i += 2) {
			PAIRS.add(ModelMerge.merge(base, VERSIONS.get(i), VERSIONS.get(i + 1)));
			PAIRS.add(ModelMerge.merge(base, VERSIONS.get(i + 1), VERSIONS.get(i)));
		}
	}

	private static String pair(int i) {
		return script(i - i % 2) + "; " + script(i - i % 2 + 1);
	}

	/**
	 * The bytes the model's resource writes, as the product saves it (ModelFiles.save adds the atomic replacement of the
	 * file, whose forced writes would make these hundreds of saves take seconds).
	 */
	private static byte[] canonical(EObject model) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		model.eResource().save(bytes, null);
		return bytes.toByteArray();
	}

	private static String script(int i) {
		return "script " + i + ": " + SCRIPT_LOGS.get(i);
	}

	@Test
	void mergingWithTheUnchangedBaseGivesTheOtherVersionByteForByte() throws IOException {
		for (int i = 0; i < SCRIPTS; i++) {
			byte[] version = Files.readAllBytes(FILES.get(i));
			MergeResult asOurs = ModelMerge.merge(base, VERSIONS.get(i), base);
			MergeResult asTheirs = ModelMerge.merge(base, base, VERSIONS.get(i));
			assertTrue(asOurs.clean() && asTheirs.clean(), script(i) + ": " + asOurs.conflicts() + asTheirs.conflicts());
			assertArrayEquals(version, canonical(asOurs.merged()), "merge(base, x, base) = x for " + script(i));
			assertArrayEquals(version, canonical(asTheirs.merged()), "merge(base, base, y) = y for " + script(i));
		}
	}

	@Test
	void scriptsThatDoNotConflictMergeToTheSameModelWhicheverSideIsOurs() throws IOException {
		Map<String, Integer> kinds = new TreeMap<>();
		int clean = 0;
		for (int i = 0; i < PAIRS.size(); i += 2) {
			MergeResult oneWay = PAIRS.get(i);
			MergeResult otherWay = PAIRS.get(i + 1);
			assertEquals(oneWay.clean(), otherWay.clean(), pair(i) + ": " + oneWay.conflicts() + " / " + otherWay.conflicts());
			if (oneWay.clean()) {
				clean++;
				assertArrayEquals(canonical(oneWay.merged()), canonical(otherWay.merged()),
						"the same model whichever side is ours for " + pair(i));
			}
			oneWay.conflicts().forEach(c -> kinds.merge(c.kind().name(), 1, Integer::sum));
		}
		// the scripts are drawn so that both outcomes are common: neither check runs on a handful of cases
		int pairs = PAIRS.size() / 2;
		assertTrue(clean >= pairs / 3 && pairs - clean >= pairs / 10, clean + " of " + pairs + " pairs clean; conflicts " + kinds);
		for (MergeConflict.Kind kind : List.of(MergeConflict.Kind.CHANGED_ON_BOTH_SIDES, MergeConflict.Kind.DELETED_IN_OURS,
				MergeConflict.Kind.DELETED_IN_THEIRS, MergeConflict.Kind.REFERENCE_TO_DELETED)) {
			assertTrue(kinds.containsKey(kind.name()), "no " + kind + " among " + kinds);
		}
	}

	@Test
	void everyMergeLoadsWithoutDanglingReferencesAndKeepsOursInAConflict() throws IOException {
		for (int i = 0; i < PAIRS.size(); i++) {
			MergeResult result = PAIRS.get(i);
			GapModel ours = VERSIONS.get(i);
			Path file = dir.resolve("merged" + i + ".crmgap");
			Files.write(file, canonical(result.merged()));
			GapModel merged;
			try {
				merged = ModelFiles.loadForComparison(file);
			} catch (ModelFileException e) {
				throw new AssertionError("the merge of " + pair(i) + " does not load: " + e.getMessage(), e);
			}
			assertNoDanglingReference(merged, pair(i));
			for (MergeConflict conflict : result.conflicts()) {
				if (conflict.kind() == MergeConflict.Kind.CHANGED_ON_BOTH_SIDES) {
					assertOurs(conflict, ours, merged, pair(i));
				}
			}
		}
	}

	/** Every reference leads to an element of the file or, as a reference into another file, to another file. */
	static void assertNoDanglingReference(EObject root, String what) {
		for (Iterator<EObject> all = root.eAllContents(); all.hasNext();) {
			EObject element = all.next();
			for (EReference reference : element.eClass().getEAllReferences()) {
				if (reference.isContainment() || reference.isContainer() || reference.isTransient()) {
					continue;
				}
				Object value = element.eGet(reference, false);
				List<?> targets = value instanceof InternalEList<?> list ? list.basicList() : value == null ? List.of() : List.of(value);
				for (Object target : targets) {
					EObject object = (EObject) target;
					if (object.eIsProxy()) {
						assertNotEquals(root.eResource().getURI(), ((InternalEObject) object).eProxyURI().trimFragment(),
								"a reference into the file itself that does not resolve, in " + what);
					} else if (object.eResource() != root.eResource()) {
						fail(element + " refers to an element outside the file: " + object + " in " + what);
					}
				}
			}
		}
	}

	/** A conflict on an attribute or single reference leaves ours' value. */
	private static void assertOurs(MergeConflict conflict, GapModel ours, GapModel merged, String what) {
		EObject mine = ours.eResource().getEObject(conflict.id());
		EObject result = merged.eResource().getEObject(conflict.id());
		EStructuralFeature feature = mine == null ? null : mine.eClass().getEStructuralFeature(conflict.feature());
		if (feature == null || result == null || feature.isMany() || feature instanceof EReference r && r.isContainment()) {
			return;
		}
		Object expected = mine.eGet(feature);
		Object actual = result.eGet(feature);
		if (feature instanceof EAttribute) {
			assertEquals(expected, actual, conflict + " in " + what);
		} else {
			assertEquals(expected == null ? null : ExampleVersions.id((EObject) expected), actual == null ? null
					: ExampleVersions.id((EObject) actual), conflict + " in " + what);
		}
	}
}
