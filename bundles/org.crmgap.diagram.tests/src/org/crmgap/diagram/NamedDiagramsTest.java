package org.crmgap.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.crmgap.diagram.notation.Diagram;
import org.crmgap.model.CustomerSegment;
import org.crmgap.model.Gap;
import org.crmgap.model.NamedElement;
import org.crmgap.model.OrganisationUnit;
import org.eclipse.emf.common.command.Command;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Many named diagrams per kind on the example: list, find, create from a scope, rename, delete, all undoable and
 * saved. The scopes' expected elements are read by hand from retail-bank.crmgap (ids in the comments).
 */
class NamedDiagramsTest {

	@TempDir
	Path dir;

	private Path modelFile;
	private DiagramDocument document;

	@BeforeEach
	void open() throws Exception {
		modelFile = TestSession.copyExample(dir);
		document = DiagramDocument.open(modelFile);
	}

	private CustomerSegment segment(String name) {
		return document.model().getSegments().stream().filter(s -> s.getName().equals(name)).findFirst().orElseThrow();
	}

	private Diagram create(DiagramKind kind, String name, DiagramScope scope) {
		Command command = DiagramCommands.create(document, kind, name, scope);
		document.execute(command);
		return DiagramCommands.created(command);
	}

	/** The names of the elements a diagram has shapes for. */
	private Set<String> shown(Diagram diagram) {
		return diagram.getShapes().stream().map(s -> ((NamedElement) document.element(s.getElement())).getName())
				.collect(Collectors.toCollection(TreeSet::new));
	}

	@Test
	void aFileWithOneDiagramPerKindOpensAsBefore() {
		Diagram overview = document.diagram(DiagramKind.DIE_OVERVIEW);
		assertEquals("DIE overview", overview.getName());
		assertEquals(101, overview.getShapes().size());
		assertEquals(List.of(overview), DiagramCommands.list(document, DiagramKind.DIE_OVERVIEW));
		Diagram second = create(DiagramKind.DIE_OVERVIEW, "Second", DiagramScope.empty());
		assertSame(overview, document.diagram(DiagramKind.DIE_OVERVIEW), "the kind's first diagram stays the one opened by kind");
		assertEquals(List.of(overview, second), DiagramCommands.list(document, DiagramKind.DIE_OVERVIEW));
		assertSame(second, DiagramCommands.find(document, second.getId()).orElseThrow());
		assertTrue(DiagramCommands.find(document, "no-such-id").isEmpty());
	}

	@Test
	void aSegmentDiagramShowsTheSegmentAndWhatServesIt() {
		Diagram profile = create(DiagramKind.PROFILES, "Private partners", DiagramScope.segment(segment("Private and business partners")));
		// _7IVBhw...: the segment, its six expectations, the five flows whose servedSegments name it
		assertEquals(new TreeSet<>(List.of("Private and business partners", "Private and business partners: tangibles",
				"Private and business partners: reliability", "Private and business partners: responsiveness",
				"Private and business partners: assurance", "Private and business partners: empathy", "Adviser calls back the same morning",
				"Mobile and online banking", "Private adviser meetings", "Loan application", "Complaint handling",
				"Payments and fraud protection")), shown(profile));

		Diagram overview = create(DiagramKind.DIE_OVERVIEW, "Private partners", DiagramScope.segment(segment("Private and business partners")));
		// plus: the perception of its responsiveness expectation; the standards addressing its expectations (S10, S14, S16,
		// S17); the five flows' performers; the brochure addressed to it and its promise
		Set<String> expected = new TreeSet<>(shown(profile));
		expected.addAll(List.of("Management view: private clients' need for responsiveness", "Relationship reviews", "Statement accuracy",
				"Private-client call-back time", "Fraud alert response time", "Digital Channels", "Private Banking", "Lending Operations",
				"Operations and Back Office", "Payments Operations", "Private banking brochure", "Your adviser calls back within 2 hours"));
		assertEquals(expected, shown(overview));
		assertEquals(24, overview.getShapes().size());
	}

	@Test
	void aUnitDiagramShowsTheUnitItsSubUnitsAndWhatTheyHold() {
		OrganisationUnit back = document.model().getOrganisationUnits().stream().filter(u -> u.getName().equals("Operations and Back Office"))
				.findFirst().orElseThrow();
		Diagram diagram = create(DiagramKind.ORGANISATION, "Back office", DiagramScope.unit(back));
		// _43eibf and its sub-units _8m6qrp, _Z34Hps; their components; the standards whose ownerUnit is one of them
		assertEquals(new TreeSet<>(List.of("Operations and Back Office", "Payments Operations", "Lending Operations",
				"Payments exception process", "Loan decision workflow", "Complaint handling process", "Complaint resolution time",
				"Statement accuracy", "Loan decision time", "Payment error rate", "Fraud alert response time")), shown(diagram));
	}

	@Test
	void aGapDiagramShowsItsEndsAndWhatConnectsThem() {
		Gap queues = document.model().getGaps().stream().filter(g -> g.getName().equals("Delivery gap: branch queues")).findFirst().orElseThrow();
		Diagram diagram = create(DiagramKind.DIE_OVERVIEW, "Queues", DiagramScope.gap(queues));
		// S01 (reference) and the branch counter flow (actual); City Branches owns the one and performs the other
		assertEquals(new TreeSet<>(List.of("Branch queue waiting time", "Branch counter service", "City Branches")), shown(diagram));
	}

	@Test
	void emptyAndEverything() {
		Diagram first = document.diagram(DiagramKind.COMMUNICATIONS);
		assertEquals(0, create(DiagramKind.COMMUNICATIONS, "Empty", DiagramScope.empty()).getShapes().size());
		Diagram all = create(DiagramKind.COMMUNICATIONS, "All", DiagramScope.everything());
		assertEquals(shown(first), shown(all));
		assertEquals(first.getShapes().size(), all.getShapes().size());
	}

	@Test
	void namesAreNeededAndUniquePerKind() {
		document.diagram(DiagramKind.ORGANISATION);
		IllegalArgumentException blank = assertThrows(IllegalArgumentException.class,
				() -> DiagramCommands.create(document, DiagramKind.ORGANISATION, "  ", DiagramScope.empty()));
		assertEquals("A diagram needs a name.", blank.getMessage());
		IllegalArgumentException taken = assertThrows(IllegalArgumentException.class,
				() -> DiagramCommands.create(document, DiagramKind.ORGANISATION, " organisation ", DiagramScope.empty()));
		assertEquals("Another Organisation diagram is already named \"organisation\".", taken.getMessage());
		// another kind may use the name
		assertEquals("Organisation", create(DiagramKind.PROFILES, "Organisation", DiagramScope.empty()).getName());
		Diagram other = create(DiagramKind.ORGANISATION, "Other", DiagramScope.empty());
		assertThrows(IllegalArgumentException.class, () -> DiagramCommands.rename(document, other, "Organisation"));
		assertEquals(null, DiagramCommands.nameProblem(document, DiagramKind.ORGANISATION, "Other", other), "keeping its own name is fine");
	}

	@Test
	void createRenameDeleteAreUndoableAndSaved() throws Exception {
		Diagram overview = document.diagram(DiagramKind.DIE_OVERVIEW);
		Diagram created = create(DiagramKind.DIE_OVERVIEW, "Savers", DiagramScope.segment(segment("Transactional savers")));
		assertEquals(2, DiagramCommands.list(document, DiagramKind.DIE_OVERVIEW).size());
		document.domain().getCommandStack().undo();
		assertEquals(List.of(overview), DiagramCommands.list(document, DiagramKind.DIE_OVERVIEW));
		document.domain().getCommandStack().redo();
		assertEquals(List.of(overview, created), DiagramCommands.list(document, DiagramKind.DIE_OVERVIEW));

		document.execute(DiagramCommands.rename(document, created, "Savers and what serves them"));
		assertEquals("Savers and what serves them", created.getName());
		document.domain().getCommandStack().undo();
		assertEquals("Savers", created.getName());
		document.domain().getCommandStack().redo();

		Diagram doomed = create(DiagramKind.DIE_OVERVIEW, "Doomed", DiagramScope.everything());
		document.execute(DiagramCommands.delete(document, doomed));
		assertTrue(DiagramCommands.find(document, doomed.getId()).isEmpty());
		document.domain().getCommandStack().undo();
		assertSame(doomed, DiagramCommands.find(document, doomed.getId()).orElseThrow());
		document.domain().getCommandStack().redo();
		assertEquals(101, overview.getShapes().size(), "deleting a diagram leaves the others alone");
		Diagram only = document.diagram(DiagramKind.COMMUNICATIONS);
		assertEquals(List.of(only), DiagramCommands.list(document, DiagramKind.COMMUNICATIONS));
		assertFalse(DiagramCommands.delete(document, only).canExecute(), "a kind's last diagram is not deleted");
		Set<String> shapes = shown(created);

		document.save();
		DiagramDocument reopened = DiagramDocument.open(modelFile);
		List<Diagram> diagrams = DiagramCommands.list(reopened, DiagramKind.DIE_OVERVIEW);
		assertEquals(List.of("DIE overview", "Savers and what serves them"), diagrams.stream().map(Diagram::getName).toList());
		assertEquals(created.getId(), diagrams.get(1).getId());
		document = reopened;
		assertEquals(shapes, shown(diagrams.get(1)));
	}
}
