package org.crmgap.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutionException;

import org.crmgap.diagram.internal.glsp.GapModelState;
import org.crmgap.diagram.internal.glsp.ShowElementsOperation;
import org.crmgap.diagram.notation.Diagram;
import org.crmgap.model.CrmGapPackage;
import org.crmgap.model.CustomerSegment;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.glsp.graph.GNode;
import org.eclipse.glsp.server.actions.MessageAction;
import org.eclipse.glsp.server.features.core.model.SetModelAction;
import org.eclipse.glsp.server.features.core.model.UpdateModelAction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A page opens one of several diagrams of a kind by its id; an unknown id is said in one line, not a blank page. */
class DiagramByIdTest {

	@TempDir
	Path dir;

	/** A second Relationship profiles diagram: the third segment and what serves it. */
	private static Diagram privatePartners(DiagramDocument document) {
		var create = DiagramCommands.create(document, DiagramKind.PROFILES, "Private partners",
				DiagramScope.segment(document.model().getSegments().get(2)));
		document.execute(create);
		return DiagramCommands.created(create);
	}

	@Test
	void theSessionOpensTheDiagramNamedByItsId() throws Exception {
		DiagramDocument document = DiagramDocument.open(TestSession.copyExample(dir));
		int firstShapes = document.diagram(DiagramKind.PROFILES).getShapes().size(); // made by this first call
		Diagram second = privatePartners(document);
		TestSession session = TestSession.unloaded(document, DiagramKind.PROFILES);
		session.load(second.getId());
		assertEquals(second, session.state().diagram());
		// the segment, its 6 expectations and the 5 flows serving it (NamedDiagramsTest), not the 3 + 19 + 10 of the first
		assertEquals(12, nodes(session));
		assertEquals(32, firstShapes);

		try (DiagramServer server = DiagramServer.start()) {
			String page = server.page("t0k3n", DiagramKind.PROFILES, "a b/c").toString();
			assertTrue(page.endsWith("?token=t0k3n&kind=relationship-profiles&diagram=a+b%2Fc"), page);
		}
	}

	@Test
	void aPageSwitchesToAnotherDiagramOfItsKindOnItsSessionAndFollowsOnlyThatOne() throws Exception {
		DiagramDocument document = DiagramDocument.open(TestSession.copyExample(dir));
		Diagram first = document.diagram(DiagramKind.PROFILES);
		Diagram second = privatePartners(document);
		TestSession session = TestSession.unloaded(document, DiagramKind.PROFILES);
		session.load(first.getId());
		assertEquals(32, nodes(session));

		session.load(second.getId());
		assertEquals(second, session.state().diagram());
		assertEquals(12, nodes(session), "the segment, its 6 expectations and the 5 flows serving it");
		// an unknown id leaves the page on the diagram it shows
		assertThrows(ExecutionException.class, () -> session.load("deleted-long-ago"));
		assertEquals(second, session.state().diagram());

		// a tree edit refreshes the page once, not once for each diagram it has shown
		Thread.sleep(300);
		session.received.clear();
		CustomerSegment segment = document.model().getSegments().get(2);
		document.execute(SetCommand.create(document.domain(), segment, CrmGapPackage.Literals.NAMED_ELEMENT__NAME, "Renamed"));
		Thread.sleep(1_000);
		assertEquals(1, models(session), "models sent: " + session.received);
		assertEquals("Renamed", TestSession.label(session.element(document.id(segment)), "_name"));

		// closed, it follows nothing
		session.dispose();
		Thread.sleep(200);
		session.received.clear();
		document.execute(SetCommand.create(document.domain(), segment, CrmGapPackage.Literals.NAMED_ELEMENT__NAME, "Unseen"));
		Thread.sleep(500);
		assertEquals(0, models(session), "a closed page: " + session.received);
	}

	private static long nodes(TestSession session) {
		return session.elements().stream().filter(e -> e instanceof GNode).count();
	}

	private static long models(TestSession session) {
		return session.received.stream().filter(a -> a instanceof UpdateModelAction || a instanceof SetModelAction).count();
	}

	@Test
	void anUnknownIdIsAClearMessage() throws Exception {
		DiagramDocument document = DiagramDocument.open(TestSession.copyExample(dir));
		TestSession session = TestSession.unloaded(document, DiagramKind.ORGANISATION);
		assertThrows(ExecutionException.class, () -> session.load("deleted-long-ago"));
		MessageAction message = null;
		for (int i = 0; i < 50 && message == null; i++) {
			message = session.received.stream().filter(MessageAction.class::isInstance).map(MessageAction.class::cast).findFirst().orElse(null);
			Thread.sleep(100);
		}
		assertTrue(message != null, "the page is told: " + session.received);
		assertEquals("ERROR", message.getSeverity());
		assertEquals("There is no Organisation diagram with id \"deleted-long-ago\" in retail-bank.crmgap; it may have been deleted."
				+ " Open the diagram again from the editor.", message.getMessage());
	}

	@Test
	void aDiagramDeletedWhileShownSaysSoAndTakesNoEditsUntilUndone() throws Exception {
		DiagramDocument document = DiagramDocument.open(TestSession.copyExample(dir));
		document.diagram(DiagramKind.COMMUNICATIONS);
		var create = DiagramCommands.create(document, DiagramKind.COMMUNICATIONS, "Scratch", DiagramScope.empty());
		document.execute(create);
		Diagram scratch = DiagramCommands.created(create);
		TestSession session = TestSession.unloaded(document, DiagramKind.COMMUNICATIONS);
		session.load(scratch.getId());

		document.execute(DiagramCommands.delete(document, scratch));
		assertEquals(GapModelState.DELETED, message(session, "ERROR").getMessage());
		assertThrows(ExecutionException.class, () -> session.dispatch(new ShowElementsOperation("all", List.of())));
		assertEquals(0, scratch.getShapes().size(), "no edit of the deleted diagram");

		session.received.clear();
		document.domain().getCommandStack().undo();
		message(session, "NONE");
		session.dispatch(new ShowElementsOperation("all", List.of()));
		assertEquals(document.diagram(DiagramKind.COMMUNICATIONS).getShapes().size(), scratch.getShapes().size());
		assertEquals(scratch.getShapes().size(), session.elements().stream().filter(e -> e instanceof GNode).count());
	}

	/** The first message of this severity the page got (waiting for it a little: it is queued). */
	private static MessageAction message(TestSession session, String severity) throws InterruptedException {
		for (int i = 0; i < 50; i++) {
			var found = session.received.stream().filter(MessageAction.class::isInstance).map(MessageAction.class::cast)
					.filter(m -> m.getSeverity().equals(severity)).findFirst();
			if (found.isPresent()) {
				return found.get();
			}
			Thread.sleep(100);
		}
		throw new AssertionError("no " + severity + " message in " + session.received);
	}
}
