package org.crmgap.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;

import org.crmgap.data.DataException;
import org.crmgap.model.Gap;
import org.eclipse.glsp.graph.GraphFactory;
import org.eclipse.glsp.server.operations.CreateNodeOperation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The diagram's gap colours come from analyses matched to gaps by id; a failed analysis is kept and thrown, not hidden. */
class DiagramAnalysisTest {

	@TempDir
	Path dir;

	@Test
	void everyGapHasItsStatusByIdEvenWhenTwoGapsShareAName() throws Exception {
		DiagramDocument document = DiagramDocument.open(TestSession.copyExample(dir));
		Gap first = document.model().getGaps().get(0);
		first.setName(document.model().getGaps().get(1).getName()); // names no longer tell the two apart
		document.analyse();
		Set<String> ids = document.model().getGaps().stream().map(document::id).collect(Collectors.toSet());
		assertEquals(ids, document.statuses().keySet());
		assertNull(document.analysisProblem());
	}

	@Test
	void aFailedAnalysisIsThrownAndKeptAndClearsTheColours() throws Exception {
		Path model = TestSession.copyExample(dir);
		DiagramDocument document = DiagramDocument.open(model);
		document.analyse();
		assertTrue(!document.statuses().isEmpty());
		int[] told = new int[1];
		document.addStatusListener(() -> told[0]++);
		// the survey of the wave the diagram shows, the latest (2026)
		Path survey = model.resolveSibling("data").resolve("survey-2026.csv");
		Files.writeString(survey, Files.readAllLines(survey).get(0) + "\n"); // a header without rows is an error
		DataException thrown = assertThrows(DataException.class, document::analyse);
		assertTrue(thrown.getMessage().contains("survey-2026.csv"), thrown.getMessage());
		assertSame(thrown, document.analysisProblem());
		assertEquals(Set.of(), document.statuses().keySet(), "no stale colours");
		assertEquals(1, told[0], "the diagram is told, to redraw");
	}

	@Test
	void newElementsGetTheModelsNextFreeName() throws Exception {
		DiagramDocument document = DiagramDocument.open(TestSession.copyExample(dir));
		TestSession session = new TestSession(document, DiagramKind.DIE_OVERVIEW);
		for (int i = 0; i < 2; i++) {
			session.dispatch(new CreateNodeOperation("node:segment", GraphFactory.eINSTANCE.createGPoint()));
		}
		int n = document.model().getSegments().size();
		assertEquals("New customer segment", document.model().getSegments().get(n - 2).getName());
		assertEquals("New customer segment (2)", document.model().getSegments().get(n - 1).getName());
		assertNotNull(session.element(document.id(document.model().getSegments().get(n - 1))));
		session.dispose();
	}
}
