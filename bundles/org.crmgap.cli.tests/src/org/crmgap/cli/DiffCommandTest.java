package org.crmgap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.crmgap.examples.Examples;
import org.crmgap.model.CrmGapFactory;
import org.crmgap.model.CustomerSegment;
import org.crmgap.model.Expectation;
import org.crmgap.model.Gap;
import org.crmgap.model.GapModel;
import org.crmgap.model.ServiceDimension;
import org.crmgap.model.persistence.ModelFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** crmgap diff: each kind of change to a copy of the example, as a modeller would read it; exit codes like diff's. */
class DiffCommandTest {

	@TempDir
	Path dir;

	record Run(int code, String out) {
	}

	static Run diff(String... args) {
		StringWriter out = new StringWriter();
		String[] all = Stream.concat(Stream.of("diff"), Stream.of(args)).toArray(String[]::new);
		int code = HeadlessApplication.run(all, new PrintWriter(out, true), new PrintWriter(out, true));
		return new Run(code, out.toString());
	}

	private Path copyOfExample(String name) throws IOException {
		return copyOfExample(dir, name);
	}

	/** A copy of the example's folder in {@code dir} (the model refers to the catalogue beside it). */
	static Path copyOfExample(Path dir, String name) throws IOException {
		Path source = Examples.file(Examples.RETAIL_BANK);
		Path copy = dir.resolve(name);
		try (Stream<Path> files = Files.walk(source.getParent())) {
			for (Path file : (Iterable<Path>) files::iterator) {
				Path target = copy.resolve(source.getParent().relativize(file).toString());
				if (Files.isDirectory(file)) {
					Files.createDirectories(target);
				} else {
					Files.copy(file, target);
				}
			}
		}
		return copy.resolve(source.getFileName().toString());
	}

	@Test
	void theSameModelHasNoDifferences() throws IOException {
		Path model = copyOfExample("a");
		Run run = diff(model.toString(), copyOfExample("b").toString());
		assertEquals(new Run(0, "no differences\n"), run);
	}

	@Test
	void eachKindOfChangeIsListedInModelOrder() throws IOException {
		Path before = copyOfExample("before");
		Path after = copyOfExample("after");
		GapModel bank = ModelFiles.load(after);
		CustomerSegment savers = bank.getSegments().get(0);
		CustomerSegment relationship = bank.getSegments().get(1);
		Expectation looks = savers.getExpectations().get(0);
		ServiceDimension reliability = bank.getDimensions().get(1);
		savers.setName("Savers");
		assertEquals(18000, relationship.getSize(), "the example's relationship segment");
		relationship.setSize(18001);
		relationship.getExpectations().add(looks);
		looks.setDimension(reliability);
		ServiceDimension convenience = CrmGapFactory.eINSTANCE.createServiceDimension();
		convenience.setName("convenience");
		bank.getDimensions().add(convenience);
		Gap last = bank.getGaps().get(bank.getGaps().size() - 1);
		String lastName = last.getName();
		bank.getGaps().remove(last);
		ModelFiles.save(bank, after);

		Run run = diff(before.toString(), after.toString());
		assertEquals(1, run.code(), run.out());
		// the new dimension first: dimensions come before segments in the model; the removed gap last
		assertEquals(List.of("+ ServiceDimension 'convenience' in GapModel 'Northbridge Bank'",
				"~ CustomerSegment 'Savers' renamed from 'Transactional savers'",
				"~ CustomerSegment 'Relationship banking' size: '18000' -> '18001'",
				"> Expectation 'Transactional savers: tangibles' moved from CustomerSegment 'Transactional savers' to CustomerSegment "
						+ "'Relationship banking'",
				"~ Expectation 'Transactional savers: tangibles' dimension: ServiceDimension 'tangibles' -> ServiceDimension 'reliability'",
				"- Gap '" + lastName + "' from GapModel 'Northbridge Bank'", "6 changes"), run.out().lines().toList());
	}

	@Test
	void jsonListsTheChangesWithTheirIds() throws IOException {
		Path before = copyOfExample("before");
		Path after = copyOfExample("after");
		GapModel bank = ModelFiles.load(after);
		String id = bank.eResource().getURIFragment(bank.getSegments().get(0));
		bank.getSegments().get(0).setName("Savers");
		ModelFiles.save(bank, after);
		Run run = diff(before.toString(), after.toString(), "--format", "json");
		assertEquals(1, run.code(), run.out());
		JsonNode json = new ObjectMapper().readTree(run.out());
		assertEquals(1, json.get("count").asInt());
		JsonNode change = json.get("changes").get(0);
		assertEquals(List.of("RENAMED", id, "CustomerSegment 'Savers'", "name", "Transactional savers", "Savers"),
				List.of(change.get("kind").asText(), change.get("id").asText(), change.get("element").asText(),
						change.get("feature").asText(), change.get("before").asText(), change.get("after").asText()));
	}

	@Test
	void outlinesOfTwoVersionsDifferInTheChangedLinesOnly() throws IOException {
		Path before = copyOfExample("before");
		Path after = copyOfExample("after");
		GapModel bank = ModelFiles.load(after);
		bank.getSegments().get(0).setName("Savers");
		ModelFiles.save(bank, after);
		StringWriter old = new StringWriter();
		StringWriter now = new StringWriter();
		assertEquals(0, HeadlessApplication.run(new String[] { "outline", before.toString() }, new PrintWriter(old, true),
				new PrintWriter(old, true)));
		assertEquals(0, HeadlessApplication.run(new String[] { "outline", after.toString() }, new PrintWriter(now, true),
				new PrintWriter(now, true)));
		List<String> was = old.toString().lines().toList();
		List<String> is = now.toString().lines().toList();
		assertEquals("GapModel 'Northbridge Bank'", was.get(0));
		assertEquals(was.size(), is.size());
		List<String> changed = new ArrayList<>();
		for (int i = 0; i < was.size(); i++) {
			if (!was.get(i).equals(is.get(i))) {
				// only the name changed: on the segment's own line and where elements refer to it by name
				assertEquals(was.get(i).replace("'Transactional savers'", "'Savers'"), is.get(i));
				changed.add(is.get(i).trim());
			}
		}
		assertEquals("CustomerSegment 'Savers'", changed.get(0), "the segment's own line first, in model order");
		assertTrue(changed.contains("segment -> CustomerSegment 'Savers'"), changed.toString());
	}

	@Test
	void aBrokenFileIsAOneLineError() throws IOException {
		Path broken = dir.resolve("broken model.crmgap");
		Files.writeString(broken, "<?xml version=\"1.0\"?><crmgap:GapModel");
		Run run = diff(copyOfExample("a").toString(), broken.toString());
		assertEquals(2, run.code(), run.out());
		assertTrue(run.out().startsWith("error: ") && run.out().contains("broken model.crmgap") && run.out().lines().count() == 1,
				run.out());
	}
}
