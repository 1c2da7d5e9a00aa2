package org.crmgap.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.crmgap.model.CrmGapPackage;
import org.crmgap.model.CustomerSegment;
import org.crmgap.model.Expectation;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.glsp.graph.GHtmlRoot;
import org.eclipse.glsp.graph.GPreRenderedElement;
import org.eclipse.glsp.graph.util.GraphUtil;
import org.eclipse.glsp.server.features.contextactions.RequestContextActions;
import org.eclipse.glsp.server.features.contextactions.SetContextActions;
import org.eclipse.glsp.server.features.directediting.ApplyLabelEditOperation;
import org.eclipse.glsp.server.features.directediting.LabelEditValidator;
import org.eclipse.glsp.server.features.directediting.RequestEditValidationAction;
import org.eclipse.glsp.server.features.directediting.SetEditValidationResultAction;
import org.eclipse.glsp.server.features.popup.RequestPopupModelAction;
import org.eclipse.glsp.server.features.popup.SetPopupModelAction;
import org.eclipse.glsp.server.types.EditorContext;
import org.eclipse.glsp.server.types.Severity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server side of the editing aids: hover popups, name validation while typing, the command palette. */
class DiagramAidsTest {

	@TempDir
	Path dir;

	private DiagramDocument document;
	private TestSession session;
	private CustomerSegment savers;

	@BeforeEach
	void open() throws Exception {
		document = DiagramDocument.open(TestSession.copyExample(dir));
		session = new TestSession(document, DiagramKind.DIE_OVERVIEW);
		savers = document.model().getSegments().get(0);
	}

	private <T> T last(Class<T> type) {
		synchronized (session.received) {
			return session.received.stream().filter(type::isInstance).map(type::cast).reduce((a, b) -> b).orElseThrow();
		}
	}

	private String popup(String elementId) throws Exception {
		session.dispatch(new RequestPopupModelAction(elementId, GraphUtil.bounds(10, 10, 1, 1)));
		GHtmlRoot root = (GHtmlRoot) last(SetPopupModelAction.class).getNewRoot();
		return ((GPreRenderedElement) root.getChildren().get(0)).getCode();
	}

	@Test
	void aHostileNameIsEscapedInThePopup() throws Exception {
		document.execute(SetCommand.create(document.domain(), savers, CrmGapPackage.Literals.NAMED_ELEMENT__NAME,
				"<img src=x onerror=alert(1)> & \"Savers\""));
		String html = popup(document.id(savers));
		assertTrue(html.contains("&lt;img src=x onerror=alert(1)&gt; &amp; &quot;Savers&quot;"), html);
		assertFalse(html.contains("<img"), html);
		assertTrue(html.contains("Customer segment"), html);
	}

	@Test
	void aGapNotMeasuredSaysHowToMeasureIt() throws Exception {
		// no analysis has run in this session
		String id = document.id(document.model().getGaps().get(0));
		assertTrue(popup(id + "_label").contains("Not measured"), "the label's popup is its gap's");
	}

	private ValidationResult validate(Expectation expectation, String text) throws Exception {
		session.dispatch(new RequestEditValidationAction(LabelEditValidator.CONTEXT_ID,
				document.id(expectation) + "_name", text));
		var status = last(SetEditValidationResultAction.class).getStatus();
		return new ValidationResult(status.getSeverity(), status.getMessage());
	}

	record ValidationResult(Severity severity, String message) {
	}

	@Test
	void aSiblingsNameOrABlankIsRefusedWhileTypingAndOnEnter() throws Exception {
		Expectation empathy = savers.getExpectations().get(4);
		String taken = savers.getExpectations().get(0).getName();
		ValidationResult duplicate = validate(empathy, taken);
		assertEquals(Severity.ERROR, duplicate.severity());
		assertEquals("Another expectation here is already named \"" + taken + "\"", duplicate.message());
		assertEquals(Severity.ERROR, validate(empathy, "  ").severity());
		// the same name in another segment is allowed (siblings only), and so is its own name
		String elsewhere = document.model().getSegments().get(1).getExpectations().get(1).getName();
		assertEquals(Severity.OK, validate(empathy, elsewhere).severity());
		assertEquals(Severity.OK, validate(empathy, empathy.getName()).severity());
		String before = empathy.getName();
		session.dispatch(new ApplyLabelEditOperation(document.id(empathy) + "_name", taken));
		assertEquals(before, empathy.getName(), "Enter does not apply a refused name");
		session.dispatch(new ApplyLabelEditOperation(document.id(empathy) + "_name", "Savers: warmth"));
		assertEquals("Savers: warmth", empathy.getName());
	}

	@Test
	void theCommandPaletteRevealsElementsByName() throws Exception {
		EditorContext context = new EditorContext();
		context.setArgs(Map.of("text", "short queues"));
		session.dispatch(new RequestContextActions("command-palette", context));
		var labels = last(SetContextActions.class).getActions().stream().map(a -> a.getLabel()).toList();
		assertEquals(List.of("Reveal Short queues in the branch (Expectation)"), labels);
	}
}
