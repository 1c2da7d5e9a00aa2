package org.crmgap.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.crmgap.diagram.internal.figure.FigureTemplate;
import org.crmgap.diagram.internal.figure.SelectSegmentAction;
import org.crmgap.model.ActionStatus;
import org.crmgap.model.CrmGapFactory;
import org.crmgap.indicators.AnalysisOptions;
import org.crmgap.indicators.ModelAnalysis;
import org.crmgap.model.CustomerSegment;
import org.crmgap.model.DataRole;
import org.crmgap.model.Gap;
import org.crmgap.model.GapKind;
import org.crmgap.model.GapModel;
import org.crmgap.model.MeasurementWave;
import org.crmgap.model.PlannedAction;
import org.eclipse.glsp.graph.GEdge;
import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.graph.GNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The gap-model figure of the retail bank example: its boxes with their counts, its gap arrows with their values. */
class GapFigureTest {

	@TempDir
	Path dir;

	/** Counted by hand in retail-bank.crmgap (see the comment of each). */
	private static final Map<String, Integer> COUNTS = Map.of(
			"expected", 3 + 19, // segments, expectations
			"perceived", 1 + 26, // survey instrument, its items
			"management", 4, "standards", 17,
			"delivery", 15 + 14 + 10, "units", 8 + 7, "components", 6 + 8, "flows", 10,
			"communications", 6 + 7); // communications, promises

	/**
	 * What each arrow says, from fixtures/README.md (computed by example-gaps.py without the product's code; the
	 * values as `crmgap analyze` prints them, three decimals): the worst gap of the kind, then p and how many there are.
	 */
	static final Map<GapKind, List<String>> ARROWS = Map.of(
			GapKind.KNOWLEDGE, List.of("Gap 1 Knowledge", "-0.856 \u00b7 n 624 \u00b7 warning", "p <0.0001 \u00b7 worst of 2"),
			GapKind.POLICY, List.of("Gap 2 Policy", "15.000 \u00b7 n 1 \u00b7 error"),
			GapKind.DELIVERY, List.of("Gap 3 Delivery", "0.558 \u00b7 n 52 \u00b7 error", "worst of 3"),
			GapKind.COMMUNICATION, List.of("Gap 4 Communication", "10.958 \u00b7 n 52 \u00b7 error", "worst of 3"),
			GapKind.CUSTOMER, List.of("Gap 5 Customer", "-1.675 \u00b7 n 302 \u00b7 error", "p <0.0001 \u00b7 worst of 4"),
			GapKind.VALUE, List.of("Value gap", "-0.993 \u00b7 n 302 \u00b7 warning", "p <0.0001"),
			// n: the 4 rows of C05 (the component of the first readiness gap) in readiness.csv
			GapKind.COMPONENT_READINESS, List.of("Readiness gap", "1.500 \u00b7 n 4 \u00b7 error", "worst of 2"),
			GapKind.COHERENCE, List.of("Coherence gap", "0.569 \u00b7 n 14 \u00b7 warning"));

	static final Map<GapKind, String> SEVERITIES = Map.of(GapKind.KNOWLEDGE, "warning", GapKind.POLICY, "error",
			GapKind.DELIVERY, "error", GapKind.COMMUNICATION, "error", GapKind.CUSTOMER, "error", GapKind.VALUE, "warning",
			GapKind.COMPONENT_READINESS, "error", GapKind.COHERENCE, "warning");

	/** The figure with the first wave's values (2025, those of fixtures/README.md; the figure shows the latest, 2026, by default). */
	private TestSession figure(boolean withValueGap) throws Exception {
		Path file = TestSession.copyExample(dir);
		DiagramDocument document = DiagramDocument.open(file);
		if (!withValueGap) {
			document.model().getGaps().removeIf(g -> g.getKind() == GapKind.VALUE);
		}
		document.analysed(document.model(), ModelAnalysis.analyse(document.model(), file, AnalysisOptions.DEFAULT.withWave("2025")));
		return new TestSession(document, DiagramKind.GAP_MODEL);
	}

	@Test
	void everyBoxOfTheFigureCountsTheElementsBehindIt() throws Exception {
		TestSession session = figure(true);
		COUNTS.forEach((box, count) -> {
			GModelElement node = session.element(box);
			assertTrue(node instanceof GNode, box);
			assertEquals(count, ((Number) ((GNode) node).getArgs().get("count")).intValue(), box);
		});
		assertEquals("3 segments \u00b7 19 expectations", ((GNode) session.element("expected")).getArgs().get("detail"));
		// the parts of delivery sit inside the delivery box
		assertEquals("delivery", session.element("components").getParent().getId());
		assertEquals(List.of("band-evaluate", "band-implement", "band-design"),
				session.nodes("node:figure-band").stream().map(GNode::getId).toList());
	}

	@Test
	void eachGapArrowShowsTheLiveValueOfTheWorstGapOfItsKind() throws Exception {
		TestSession session = figure(true);
		assertEquals(8, session.edges("edge:figure-gap").size(), "one arrow per gap kind");
		ARROWS.forEach((kind, lines) -> {
			GNode tag = (GNode) session.element("gap-" + kind.getLiteral() + "_tag");
			assertEquals(String.join("\n", lines), tag.getArgs().get("lines"), kind.getLiteral());
			GEdge arrow = (GEdge) session.element("gap-" + kind.getLiteral());
			assertTrue(arrow.getCssClasses().contains("severity-" + SEVERITIES.get(kind)), kind + ": " + arrow.getCssClasses());
			assertTrue(tag.getCssClasses().contains("severity-" + SEVERITIES.get(kind)), kind + ": " + tag.getCssClasses());
		});
		// arrows end on the boxes the figure of the literature puts them between
		assertEquals("perceived", ((GEdge) session.element("gap-customer")).getSource().getParent().getId());
		assertEquals("expected", ((GEdge) session.element("gap-customer")).getTarget().getParent().getId());
		assertEquals("management", ((GEdge) session.element("gap-knowledge")).getTarget().getParent().getId());
		String tooltip = (String) ((GEdge) session.element("gap-delivery")).getArgs().get("tooltip");
		assertTrue(tooltip.contains("Delivery gap: branch queues: compliance = 0.558, n 52, error"), tooltip);
	}

	@Test
	void aGapKindWithoutAGapIsGreyAndSaysHowToAddOne() throws Exception {
		TestSession session = figure(false);
		GEdge arrow = (GEdge) session.element("gap-value");
		assertTrue(arrow.getCssClasses().containsAll(List.of("figure-missing", "severity-unknown")), arrow.getCssClasses().toString());
		GNode tag = (GNode) session.element("gap-value_tag");
		assertEquals("Value gap\nnone modelled", tag.getArgs().get("lines"));
		assertTrue(((String) tag.getArgs().get("tooltip")).contains("To add one, draw it on the DIE overview"), tag.getArgs().toString());
		assertFalse(((GEdge) session.element("gap-customer")).getCssClasses().contains("figure-missing"));
	}

	@Test
	void aSegmentShowsWhatConcernsItAndItsGaps() throws Exception {
		TestSession session = figure(true);
		CustomerSegment banking = session.document.model().getSegments().stream().filter(s -> s.getName().equals("Relationship banking"))
				.findFirst().orElseThrow();
		session.dispatch(new SelectSegmentAction(session.document.id(banking)));
		assertEquals(session.document.id(banking), session.state().getRoot().getArgs().get("segment"));
		// counted by hand in retail-bank.crmgap for Relationship banking: its 7 expectations, the 2 perceptions and
		// 10 standards of those, the 9 flows serving it, the 4 communications to it with their 5 promises
		Map.of("expected", "1 segment \u00b7 7 expectations", "management", "2 management perceptions", "standards",
				"10 service standards", "flows", "9 flows", "communications", "4 communications \u00b7 5 promises", "units", "15 units")
				.forEach((box, text) -> assertEquals(text, ((GNode) session.element(box)).getArgs().get("detail"), box));
		// its gaps and those of no segment; values from fixtures/README.md
		// its customer gaps: responsiveness -0.694 (warning) and empathy -0.427 (ok)
		Map.of(GapKind.CUSTOMER, "Gap 5 Customer\n-0.694 \u00b7 n 197 \u00b7 warning\np <0.0001 \u00b7 worst of 2",
				GapKind.COMMUNICATION, "Gap 4 Communication\n5.587 \u00b7 n 52 \u00b7 error\nworst of 2",
				GapKind.VALUE, "Value gap\nnone for this segment",
				GapKind.KNOWLEDGE, ARROWS.get(GapKind.KNOWLEDGE).stream().collect(Collectors.joining("\n")))
				.forEach((kind, lines) -> assertEquals(lines, ((GNode) session.element("gap-" + kind.getLiteral() + "_tag")).getArgs().get("lines"),
						kind.getLiteral()));
		session.dispatch(new SelectSegmentAction(""));
		assertEquals(String.join("\n", ARROWS.get(GapKind.CUSTOMER)), ((GNode) session.element("gap-customer_tag")).getArgs().get("lines"));
	}

	/**
	 * Two waves set up on the example from scratch: the KPI file in the first only, the surveys (without a wave) in both;
	 * an open action past its due day and a done one on the customer gaps.
	 */
	@Test
	void tagsSayHowTheGapMovedSinceTheWaveBeforeAndTheOpenActions() throws Exception {
		DiagramDocument document = DiagramDocument.open(TestSession.copyExample(dir));
		GapModel model = document.model();
		model.getPlannedActions().clear();
		model.getDataSources().forEach(s -> s.setWave(null));
		model.getWaves().clear();
		MeasurementWave first = wave(model, "Spring 2025", 1);
		wave(model, "Spring 2026", 2);
		model.getDataSources().stream().filter(s -> s.getRole() == DataRole.KPI_MEASUREMENTS).forEach(s -> s.setWave(first));
		Gap customer = model.getGaps().stream().filter(g -> g.getKind() == GapKind.CUSTOMER).findFirst().orElseThrow();
		action(model, customer, ActionStatus.IN_PROGRESS, LocalDate.now().minusDays(1));
		action(model, customer, ActionStatus.DONE, LocalDate.now().minusDays(1));
		action(model, customer, ActionStatus.PLANNED, LocalDate.now());
		document.analyse();
		TestSession session = new TestSession(document, DiagramKind.GAP_MODEL);

		// the same survey answers in both waves: Welch's t is 0, p = 1
		GNode tag = (GNode) session.element("gap-customer_tag");
		assertEquals(String.join("\n", ARROWS.get(GapKind.CUSTOMER)) + "\nno sig. change vs Spring\u2026", tag.getArgs().get("lines"),
				"cut to the tag's width");
		assertTrue(((String) tag.getArgs().get("tooltip")).endsWith(
				"Customer gap: transactional savers since wave Spring 2025: no significant change (Welch, p 1.0000)"),
				(String) tag.getArgs().get("tooltip"));
		assertEquals(FigureTemplate.TAG_HEIGHT, tag.getSize().getHeight());
		// two open (one due today, not late yet), one of them overdue; the done one does not count
		assertEquals(2, ((Number) tag.getArgs().get("openActions")).intValue());
		assertEquals(1, ((Number) tag.getArgs().get("overdueActions")).intValue());
		assertEquals("2 open actions, 1 overdue", tag.getArgs().get("actions"));
		// no KPI file in the second wave: delivery is not compared, and has no actions
		GNode delivery = (GNode) session.element("gap-delivery_tag");
		assertEquals("Gap 3 Delivery\nnot measured\nworst of 3", delivery.getArgs().get("lines"));
		assertEquals(54.0, delivery.getSize().getHeight());
		assertEquals("", delivery.getArgs().get("actions"));
	}

	private static MeasurementWave wave(GapModel model, String name, int order) {
		MeasurementWave wave = CrmGapFactory.eINSTANCE.createMeasurementWave();
		wave.setName(name);
		wave.setOrder(order);
		model.getWaves().add(wave);
		return wave;
	}

	private static void action(GapModel model, Gap gap, ActionStatus status, LocalDate due) {
		PlannedAction action = CrmGapFactory.eINSTANCE.createPlannedAction();
		action.setName("Action " + model.getPlannedActions().size());
		action.setGap(gap);
		action.setStatus(status);
		action.setDueDate(due);
		model.getPlannedActions().add(action);
	}

	@Test
	void noTwoBoxesOrTagsOfTheTemplateOverlap() {
		List<double[]> rects = new ArrayList<>();
		List<String> names = new ArrayList<>();
		for (FigureTemplate.Box box : FigureTemplate.BOXES) {
			FigureTemplate.Point at = FigureTemplate.origin(box);
			rects.add(new double[] { at.x(), at.y(), box.width(), box.height() });
			names.add(box.id());
		}
		for (FigureTemplate.Arrow arrow : FigureTemplate.ARROWS) {
			if (arrow.kind() != null) {
				rects.add(new double[] { arrow.tag().x(), arrow.tag().y(), FigureTemplate.tagWidth(arrow), FigureTemplate.TAG_HEIGHT });
				names.add(arrow.id() + " tag");
			}
		}
		for (int i = 0; i < rects.size(); i++) {
			double[] a = rects.get(i);
			assertTrue(a[0] >= 0 && a[1] >= 0 && a[0] + a[2] <= FigureTemplate.WIDTH && a[1] + a[3] <= FigureTemplate.HEIGHT, names.get(i));
			for (int j = i + 1; j < rects.size(); j++) {
				double[] b = rects.get(j);
				String other = names.get(j);
				boolean overlap = a[0] < b[0] + b[2] && b[0] < a[0] + a[2] && a[1] < b[1] + b[3] && b[1] < a[1] + a[3];
				boolean nested = names.get(i).equals("delivery") && FigureTemplate.BOXES.stream()
						.anyMatch(box -> "delivery".equals(box.parent()) && box.id().equals(other))
						|| names.get(i).equals("delivery") && other.matches("gap-(componentReadiness|coherence) tag");
				assertTrue(!overlap || nested, names.get(i) + " overlaps " + other);
			}
		}
	}
}
