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
import java.util.ArrayList;
import java.util.List;

import org.crmgap.cli.Commands.Run;
import org.crmgap.model.Communication;
import org.crmgap.model.CrmGapFactory;
import org.crmgap.model.CustomerSegment;
import org.crmgap.model.Expectation;
import org.crmgap.model.Gap;
import org.crmgap.model.GapModel;
import org.crmgap.model.NamedElement;
import org.crmgap.model.SeverityThreshold;
import org.crmgap.model.SurveyItem;
import org.crmgap.model.persistence.ModelFiles;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * crmgap merge on versions of the example: each kind of change on each side combined, each kind of conflict listed with
 * ours kept, the result loading and validating; exit codes 0 clean, 1 conflicts, 2 errors.
 */
class MergeCommandTest {

	@TempDir
	Path dir;

	private ExampleVersions versions;

	@BeforeEach
	void example() throws IOException {
		versions = new ExampleVersions(dir);
	}

	/** crmgap merge BASE OURS THEIRS -o merged.crmgap OPTIONS. */
	private Run merge(Path base, Path ours, Path theirs, String... options) {
		List<String> args = new ArrayList<>(List.of("merge", base.toString(), ours.toString(), theirs.toString(), "-o", out().toString()));
		args.addAll(List.of(options));
		return Commands.run(args.toArray(String[]::new));
	}

	private Run merge(Path ours, Path theirs) {
		return merge(versions.base(), ours, theirs);
	}

	private Path out() {
		return versions.file("merged");
	}

	private GapModel merged() throws IOException {
		return ModelFiles.load(out());
	}

	private static CustomerSegment relationship(GapModel model) {
		return model.getSegments().get(1);
	}

	private static List<String> names(List<? extends NamedElement> elements) {
		return elements.stream().map(NamedElement::getName).toList();
	}

	// ---- changes of both sides combined

	@Test
	void attributesAndSingleReferencesChangedOnEitherSideAreCombined() throws IOException {
		Path ours = versions.version("ours", m -> {
			savers(m).setName("Savers");
			relationship(m).setSize(18001);
			looks(m).setDimension(dimension(m, "reliability"));
		});
		Path theirs = versions.version("theirs", m -> {
			savers(m).setSize(42001);
			m.getGaps().get(0).setSegment(savers(m));
			m.setDescription("A bank.");
		});
		Run run = merge(ours, theirs);
		assertEquals(0, run.code(), run.out() + run.err());
		assertEquals(List.of("merged into " + out() + " (3 changes from ours, 3 changes from theirs), no conflicts"), run.out().lines().toList());
		GapModel merged = merged();
		assertEquals("Savers", savers(merged).getName());
		assertEquals(42001, savers(merged).getSize());
		assertEquals(18001, relationship(merged).getSize());
		assertEquals("reliability", looks(merged).getDimension().getName());
		assertEquals(savers(merged), merged.getGaps().get(0).getSegment());
		assertEquals("A bank.", merged.getDescription());
	}

	@Test
	void manyReferencesTakeWhatEitherSideAddedWithoutWhatEitherRemoved() throws IOException {
		Path ours = versions.version("ours", m -> {
			List<SurveyItem> items = looks(m).getSurveyItems();
			items.remove(1);
			items.add(m.getSurveyInstruments().get(0).getItems().get(4));
			audience(m).remove(savers(m));
		});
		Path theirs = versions.version("theirs", m -> {
			List<SurveyItem> items = looks(m).getSurveyItems();
			items.remove(3);
			items.add(0, m.getSurveyInstruments().get(0).getItems().get(5));
			audience(m).add(privateClients(m));
		});
		Run run = merge(ours, theirs);
		assertEquals(0, run.code(), run.out() + run.err());
		GapModel merged = merged();
		// theirs' item first where theirs put it, the two kept of the base, ours' item last where ours put it
		assertEquals(List.of("Q6", "Q1", "Q3", "Q5"), names(looks(merged).getSurveyItems()));
		assertEquals(List.of(relationship(merged), privateClients(merged)), audience(merged));
	}

	private static List<CustomerSegment> audience(GapModel model) {
		Communication launch = model.getCommunications().get(1);
		return launch.getAudience();
	}

	@Test
	void elementsAddedRemovedAndMovedOnBothSidesAreCombinedWhicheverSideIsOurs() throws IOException {
		int gaps = ModelFiles.load(versions.base()).getGaps().size();
		Path ours = versions.version("ours", m -> {
			newDimension(m, "convenience", "_ours-convenience");
			m.getGaps().remove(m.getGaps().size() - 1);
			relationship(m).getExpectations().add(looks(m));
		});
		Path theirs = versions.version("theirs", m -> {
			newDimension(m, "speed", "_theirs-speed");
			m.getGaps().remove(0);
			looks(m).setName("Looks");
		});
		Run run = merge(ours, theirs);
		assertEquals(0, run.code(), run.out() + run.err());
		GapModel merged = merged();
		// both new dimensions at the end, where both sides added them, in the order of their ids
		assertEquals(List.of("tangibles", "reliability", "responsiveness", "assurance", "empathy", "convenience", "speed"),
				names(merged.getDimensions()));
		assertEquals(gaps - 2, merged.getGaps().size());
		Expectation looks = relationship(merged).getExpectations().get(relationship(merged).getExpectations().size() - 1);
		assertEquals("Looks", looks.getName());
		assertEquals(5, savers(merged).getExpectations().size());

		byte[] oneWay = Files.readAllBytes(out());
		assertEquals(0, merge(theirs, ours).code());
		assertArrayEquals(oneWay, Files.readAllBytes(out()), "the same model whichever side is ours");
	}

	@Test
	void anOrderChangedOnOneSideKeepsWhatTheOtherSideAdded() throws IOException {
		Path ours = versions.version("ours", m -> m.getGaps().move(0, m.getGaps().size() - 1));
		Path theirs = versions.version("theirs", m -> {
			Gap gap = CrmGapFactory.eINSTANCE.createGap();
			gap.setName("Value gap: relationship banking");
			gap.setReference(m.getCommunications().get(1));
			gap.setActual(relationship(m));
			m.getGaps().add(gap);
		});
		List<String> before = names(ModelFiles.load(versions.base()).getGaps());
		Run run = merge(ours, theirs);
		assertEquals(0, run.code(), run.out() + run.err());
		List<String> expected = new ArrayList<>(before);
		expected.add(0, expected.remove(expected.size() - 1));
		expected.add("Value gap: relationship banking");
		assertEquals(expected, names(merged().getGaps()));
	}

	@Test
	void theSameChangeOnBothSidesIsNoConflict() throws IOException {
		Path ours = versions.version("ours", m -> {
			savers(m).setName("Savers");
			m.getGaps().remove(0);
		});
		Path theirs = versions.version("theirs", m -> {
			savers(m).setName("Savers");
			m.getGaps().remove(0);
		});
		assertEquals(0, merge(ours, theirs).code());
		assertArrayEquals(Files.readAllBytes(ours), Files.readAllBytes(out()));
	}

	// ---- conflicts: ours kept, each listed

	@Test
	void theSameFeatureChangedDifferentlyKeepsOursAndIsListed() throws IOException {
		Path ours = versions.version("ours", m -> {
			savers(m).setSize(1);
			looks(m).setDimension(dimension(m, "reliability"));
		});
		Path theirs = versions.version("theirs", m -> {
			savers(m).setSize(2);
			looks(m).setDimension(dimension(m, "empathy"));
			relationship(m).setName("Relationship");
		});
		Run run = merge(ours, theirs);
		assertEquals(1, run.code(), run.out() + run.err());
		assertEquals(List.of(
				"! CustomerSegment 'Transactional savers' size: changed on both sides (base '42000', ours '1', theirs '2'); ours kept",
				"! Expectation 'Transactional savers: tangibles' dimension: changed on both sides (base 'ServiceDimension 'tangibles'', "
						+ "ours 'ServiceDimension 'reliability'', theirs 'ServiceDimension 'empathy''); ours kept",
				"merged into " + out() + " (2 changes from ours, 3 changes from theirs) with 2 conflicts: ours kept for each"),
				run.out().lines().toList());
		GapModel merged = merged();
		assertEquals(1, savers(merged).getSize());
		assertEquals("reliability", looks(merged).getDimension().getName());
		assertEquals("Relationship", relationship(merged).getName(), "theirs' change without conflict is taken");
	}

	@Test
	void theJsonReportListsEachConflictWithItsValues() throws IOException {
		Path ours = versions.version("ours", m -> savers(m).setSize(1));
		Path theirs = versions.version("theirs", m -> savers(m).setSize(2));
		String id = ExampleVersions.id(savers(ModelFiles.load(ours)));
		Run run = merge(versions.base(), ours, theirs, "--format", "json");
		assertEquals(1, run.code(), run.out() + run.err());
		JsonNode json = new ObjectMapper().readTree(run.out());
		assertEquals(out().toString(), json.get("output").asText());
		assertEquals(List.of(1, 1, 1), List.of(json.get("oursChanges").asInt(), json.get("theirsChanges").asInt(), json.get("count").asInt()));
		JsonNode conflict = json.get("conflicts").get(0);
		assertEquals(List.of("CHANGED_ON_BOTH_SIDES", id, "CustomerSegment 'Transactional savers'", "size", "42000", "1", "2", "ours kept"),
				List.of(conflict.get("kind").asText(), conflict.get("id").asText(), conflict.get("element").asText(),
						conflict.get("feature").asText(), conflict.get("base").asText(), conflict.get("ours").asText(),
						conflict.get("theirs").asText(), conflict.get("resolution").asText()));
	}

	@Test
	void anElementDeletedInTheirsAndChangedInOursStaysAsOursHasIt() throws IOException {
		Path ours = versions.version("ours", m -> privateClients(m).getExpectations().get(5).setName("Callback by noon"));
		Path theirs = versions.version("theirs", m -> EcoreUtil.delete(privateClients(m), true));
		Run run = merge(ours, theirs);
		assertEquals(1, run.code(), run.out() + run.err());
		assertEquals("! CustomerSegment 'Private and business partners': deleted in theirs, changed in ours (Expectation 'Callback by noon' "
				+ "name changed); ours kept: it stays, as ours has it (with everything inside it)", run.out().lines().findFirst().get());
		// the segment, everything in it and every reference to it as in ours: theirs made no other change
		assertArrayEquals(Files.readAllBytes(ours), Files.readAllBytes(out()));
	}

	@Test
	void anElementDeletedInOursAndChangedInTheirsStaysDeleted() throws IOException {
		Path ours = versions.version("ours", m -> EcoreUtil.delete(privateClients(m), true));
		Path theirs = versions.version("theirs", m -> {
			privateClients(m).getExpectations().get(5).setName("Callback by noon");
			savers(m).setName("Savers");
		});
		Run run = merge(ours, theirs);
		assertEquals(1, run.code(), run.out() + run.err());
		assertEquals("! CustomerSegment 'Private and business partners': deleted in ours, changed in theirs (Expectation 'Callback by noon' "
				+ "name changed); ours kept: it stays deleted, without theirs' changes inside it", run.out().lines().findFirst().get());
		GapModel merged = merged();
		assertEquals(List.of("Savers", "Relationship banking"), names(merged.getSegments()));
	}

	@Test
	void aReferenceToAnElementOursDeletedKeepsOursValue() throws IOException {
		Path base = versions.version("base2", m -> newDimension(m, "convenience", "_convenience"));
		Path ours = versions.version("ours", base, m -> EcoreUtil.delete(dimension(m, "convenience"), true));
		Path theirs = versions.version("theirs", base, m -> {
			looks(m).setDimension(dimension(m, "convenience"));
			Expectation parking = CrmGapFactory.eINSTANCE.createExpectation();
			parking.setName("Parking at the branch");
			parking.setDimension(dimension(m, "convenience"));
			savers(m).getExpectations().add(parking);
		});
		Run run = merge(base, ours, theirs);
		assertEquals(1, run.code(), run.out() + run.err());
		List<String> lines = run.out().lines().toList();
		assertEquals(List.of("! Expectation 'Transactional savers: tangibles' dimension: refers to an element the other side deleted "
				+ "(base 'ServiceDimension 'tangibles'', ours 'ServiceDimension 'tangibles'', theirs 'ServiceDimension 'convenience''); "
				+ "ours kept: ServiceDimension 'convenience' is gone in ours",
				"! Expectation 'Parking at the branch' dimension: refers to an element the other side deleted (base (unset), ours (unset), "
						+ "theirs 'ServiceDimension 'convenience''); left out: ServiceDimension 'convenience' is gone in ours"),
				lines.subList(0, 2));
		GapModel merged = merged();
		assertFalse(names(merged.getDimensions()).contains("convenience"));
		assertEquals("tangibles", looks(merged).getDimension().getName());
		Expectation parking = savers(merged).getExpectations().get(savers(merged).getExpectations().size() - 1);
		assertEquals("Parking at the branch", parking.getName());
		assertNull(parking.getDimension());
	}

	@Test
	void aReferenceToAnElementTheirsDeletedKeepsTheElement() throws IOException {
		Path base = versions.version("base2", m -> newDimension(m, "convenience", "_convenience"));
		Path ours = versions.version("ours", base, m -> looks(m).setDimension(dimension(m, "convenience")));
		Path theirs = versions.version("theirs", base, m -> m.getDimensions().remove(m.getDimensions().size() - 1));
		Run run = merge(base, ours, theirs);
		assertEquals(1, run.code(), run.out() + run.err());
		assertEquals("! Expectation 'Transactional savers: tangibles' dimension: refers to an element the other side deleted (base "
				+ "'ServiceDimension 'tangibles'', ours 'ServiceDimension 'convenience'', theirs 'ServiceDimension 'tangibles''); "
				+ "ours kept: ServiceDimension 'convenience' stays, which theirs deleted", run.out().lines().findFirst().get());
		assertArrayEquals(Files.readAllBytes(ours), Files.readAllBytes(out()));
	}

	@Test
	void elementsMovedIntoEachOtherGoWhereOursHasThem() throws IOException {
		Path ours = versions.version("ours", m -> unit(m, "Private Banking").getSubUnits().add(unit(m, "Contact Centre")));
		Path theirs = versions.version("theirs", m -> unit(m, "Contact Centre").getSubUnits().add(unit(m, "Private Banking")));
		Run run = merge(ours, theirs);
		assertEquals(1, run.code(), run.out() + run.err());
		assertTrue(run.out().startsWith("! OrganisationUnit 'Private Banking' container: changed on both sides (base 'in GapModel "
				+ "'Northbridge Bank' (organisationUnits)', ours 'in GapModel 'Northbridge Bank' (organisationUnits)', theirs 'in "
				+ "OrganisationUnit 'Contact Centre' (subUnits)'); ours kept"), run.out());
		assertArrayEquals(Files.readAllBytes(ours), Files.readAllBytes(out()));
	}

	@Test
	void aSingleContainmentFilledOnBothSidesKeepsOurs() throws IOException {
		Path ours = versions.version("ours", m -> m.getGaps().get(0).setThreshold(threshold(0.2)));
		Path theirs = versions.version("theirs", m -> m.getGaps().get(0).setThreshold(threshold(0.3)));
		Run run = merge(ours, theirs);
		assertEquals(1, run.code(), run.out() + run.err());
		assertTrue(run.out().startsWith("! Gap 'Knowledge gap: relationship customers' responsiveness' threshold: changed on both sides"),
				run.out());
		assertEquals(0.2, merged().getGaps().get(0).getThreshold().getWarningLevel());
		assertArrayEquals(Files.readAllBytes(ours), Files.readAllBytes(out()));
	}

	private static SeverityThreshold threshold(double warning) {
		SeverityThreshold threshold = CrmGapFactory.eINSTANCE.createSeverityThreshold();
		threshold.setWarningLevel(warning);
		return threshold;
	}

	@Test
	void aRuleTheMergeBreaksIsAConflict() throws IOException {
		Path ours = versions.version("ours", m -> newDimension(m, "convenience", "_ours"));
		Path theirs = versions.version("theirs", m -> newDimension(m, "convenience", "_theirs"));
		Run run = merge(ours, theirs);
		assertEquals(1, run.code(), run.out() + run.err());
		assertEquals(List.of("! ServiceDimension 'convenience': the merged model does not validate: Two ServiceDimensions in the same "
				+ "list are called 'convenience'; names must tell elements apart",
				"merged into " + out() + " (1 change from ours, 1 change from theirs) with 1 conflict: ours kept for each"),
				run.out().lines().toList());
	}

	// ---- errors

	@Test
	void aMissingOrBrokenFileIsAOneLineErrorAndNothingIsWritten() throws IOException {
		Path ours = versions.version("ours", m -> savers(m).setName("Savers"));
		Path broken = dir.resolve("broken theirs.crmgap");
		Files.writeString(broken, "<?xml version=\"1.0\"?><crmgap:GapModel");
		for (Path theirs : List.of(broken, dir.resolve("missing.crmgap"))) {
			Run run = merge(ours, theirs);
			assertEquals(2, run.code(), run.out() + run.err());
			assertEquals("", run.out());
			assertTrue(run.err().startsWith("error: ") && run.err().contains(theirs.getFileName().toString())
					&& run.err().lines().count() == 1, run.err());
			assertFalse(Files.exists(out()));
		}
	}

	@Test
	void versionsOfDifferentFilesAreRefusedAndOursMergedInPlaceStaysAsItWas() throws IOException {
		Path ours = versions.version("ours", m -> savers(m).setName("Savers"));
		byte[] before = Files.readAllBytes(ours);
		Path catalogue = dir.resolve("catalogue.crmgapcat");
		Files.copy(org.crmgap.examples.Examples.file(org.crmgap.examples.Examples.BUILT_IN_CATALOGUE), catalogue);
		Run run = Commands.run("merge", versions.base().toString(), ours.toString(), catalogue.toString(), "-o", ours.toString());
		assertEquals(2, run.code(), run.out() + run.err());
		assertTrue(run.err().contains(ours.getFileName().toString()) && run.err().contains(catalogue.getFileName().toString())
				&& run.err().lines().count() == 1, run.err());
		assertArrayEquals(before, Files.readAllBytes(ours), "ours is left as it was");
		try (var files = Files.list(dir)) {
			assertEquals(List.of(), files.filter(f -> f.getFileName().toString().contains(".merging")).toList(), "no file left behind");
		}
	}
}
