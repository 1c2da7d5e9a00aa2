package org.crmgap.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.crmgap.diagram.internal.figure.FigureTemplate;
import org.crmgap.diagram.internal.glsp.DiagramContent;
import org.crmgap.diagram.internal.svg.SvgFigures;
import org.crmgap.diagram.style.GapStyle;
import org.crmgap.indicators.AnalysisOptions;
import org.crmgap.indicators.ModelAnalysis;
import org.crmgap.indicators.ModelAnalysisResult;
import org.crmgap.model.CustomerSegment;
import org.crmgap.model.GapKind;
import org.crmgap.model.GapModel;
import org.crmgap.model.NamedElement;
import org.crmgap.model.Severity;
import org.crmgap.model.persistence.ModelFiles;
import org.crmgap.report.DiagramFigures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/** The diagrams drawn as SVG without a display, read back with the JDK's XML parser (no DOCTYPE allowed). */
class SvgExportTest {

	@TempDir
	Path dir;

	/** Kept for a look (target/svg), like the Chromium tests' screenshots. */
	private static String keep(String name, String svg) throws Exception {
		Path folder = Files.createDirectories(Path.of("target/svg"));
		Files.writeString(folder.resolve(DiagramFigures.fileName(name)), svg);
		return svg;
	}

	static Document parse(String svg) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		factory.setExpandEntityReferences(false);
		return factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
	}

	/** The g of each node by its id: x, y (translations added up), width, height; and its title. */
	private static Map<String, double[]> boxes(Document svg, Map<String, String> titles) {
		Map<String, double[]> boxes = new HashMap<>();
		NodeList groups = svg.getElementsByTagName("g");
		for (int i = 0; i < groups.getLength(); i++) {
			Element g = (Element) groups.item(i);
			if (!g.hasAttribute("data-width")) {
				continue;
			}
			double x = 0;
			double y = 0;
			for (Node n = g; n instanceof Element e && e.hasAttribute("transform"); n = n.getParentNode()) {
				String[] xy = e.getAttribute("transform").replaceAll("translate\\((.*)\\)", "$1").split(",");
				x += Double.parseDouble(xy[0]);
				y += Double.parseDouble(xy[1]);
			}
			boxes.put(g.getAttribute("id"), new double[] { x, y, Double.parseDouble(g.getAttribute("data-width")),
					Double.parseDouble(g.getAttribute("data-height")) });
			Element title = firstChild(g, "title");
			titles.put(g.getAttribute("id"), title == null ? null : title.getTextContent());
		}
		return boxes;
	}

	private static Element firstChild(Element parent, String tag) {
		for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
			if (n instanceof Element e && e.getTagName().equals(tag)) {
				return e;
			}
		}
		return null;
	}

	/** The texts drawn in the g with this id. */
	private static List<String> texts(Document svg, String id) {
		List<String> texts = new ArrayList<>();
		NodeList all = svg.getElementsByTagName("text");
		for (int i = 0; i < all.getLength(); i++) {
			if (((Element) all.item(i).getParentNode()).getAttribute("id").equals(id)) {
				texts.add(all.item(i).getTextContent());
			}
		}
		return texts;
	}

	private static double[] viewBox(Document svg) {
		String[] v = svg.getDocumentElement().getAttribute("viewBox").split(" ");
		return new double[] { Double.parseDouble(v[0]), Double.parseDouble(v[1]), Double.parseDouble(v[2]), Double.parseDouble(v[3]) };
	}

	private static boolean inside(double[] box, double[] view) {
		return box[0] >= view[0] && box[1] >= view[1] && box[0] + box[2] <= view[0] + view[2] && box[1] + box[3] <= view[1] + view[3];
	}

	private static boolean overlap(double[] a, double[] b) {
		return a[0] < b[0] + b[2] && b[0] < a[0] + a[2] && a[1] < b[1] + b[3] && b[1] < a[1] + a[3];
	}

	/** The polyline colour and severity of the edge with this id. */
	private static String[] edge(Document svg, String id) {
		NodeList groups = svg.getElementsByTagName("g");
		for (int i = 0; i < groups.getLength(); i++) {
			Element g = (Element) groups.item(i);
			if (g.getAttribute("id").equals(id)) {
				return new String[] { firstChild(g, "polyline").getAttribute("stroke"), g.getAttribute("data-severity") };
			}
		}
		return null;
	}

	/**
	 * Every edge's arrow sits on the end of its line and points along its last leg, into the target's box (a route that
	 * ended twice on the same point drew every arrow pointing right).
	 */
	@Test
	void everyArrowPointsAlongItsLastLegIntoItsTarget() throws Exception {
		Path model = TestSession.copyExample(dir);
		Document svg = parse(new SvgFigures().svg(model, null, List.of("DIE overview")).get("DIE overview"));
		NodeList lines = svg.getElementsByTagName("polyline");
		int vertical = 0;
		for (int i = 0; i < lines.getLength(); i++) {
			Element line = (Element) lines.item(i);
			String[] points = line.getAttribute("points").split(" ");
			double[] a = xy(points[points.length - 2]);
			double[] b = xy(points[points.length - 1]);
			assertTrue(Math.hypot(b[0] - a[0], b[1] - a[1]) > 1, "the last leg of " + line.getParentNode().getAttributes().getNamedItem("id"));
			Element arrow = (Element) line.getNextSibling();
			String transform = arrow.getAttribute("transform");
			double angle = Double.parseDouble(transform.replaceAll(".*rotate\\((.*)\\).*", "$1"));
			assertEquals(Math.toDegrees(Math.atan2(b[1] - a[1], b[0] - a[0])), angle, 0.01, transform);
			vertical += Math.abs(Math.abs(angle) - 90) < 0.01 ? 1 : 0;
		}
		// top to bottom: nearly every edge enters its target from above or below
		assertTrue(vertical > lines.getLength() * 0.8, vertical + " of " + lines.getLength() + " arrows point up or down");
	}

	private static double[] xy(String point) {
		String[] xy = point.split(",");
		return new double[] { Double.parseDouble(xy[0]), Double.parseDouble(xy[1]) };
	}

	@Test
	void theDieOverviewShowsEveryElementByNameInsideItsViewBoxWithoutOverlapsAndEveryGapInItsColour() throws Exception {
		Path model = TestSession.copyExample(dir);
		Document svg = parse(keep("DIE overview", new SvgFigures().svg(model, null, List.of("DIE overview")).get("DIE overview")));
		DiagramDocument document = DiagramDocument.open(model);
		document.analyse();
		DiagramContent content = new DiagramContent(document, DiagramKind.DIE_OVERVIEW, document.diagram(DiagramKind.DIE_OVERVIEW));
		Map<String, String> titles = new HashMap<>();
		Map<String, double[]> boxes = boxes(svg, titles);
		double[] view = viewBox(svg);
		List<String> ids = new ArrayList<>();
		content.shapes(true).forEach((shape, element) -> ids.add(shape.getElement()));
		// 99 model elements and the second wave's two data sources
		assertEquals(101, ids.size(), "the example's elements on the overview");
		for (String id : ids) {
			assertEquals(((NamedElement) document.element(id)).getName(), titles.get(id), id);
			assertTrue(inside(boxes.get(id), view), id + " outside the viewBox");
		}
		for (int i = 0; i < ids.size(); i++) {
			for (int j = i + 1; j < ids.size(); j++) {
				assertFalse(overlap(boxes.get(ids.get(i)), boxes.get(ids.get(j))), titles.get(ids.get(i)) + " overlaps " + titles.get(ids.get(j)));
			}
		}
		// the example's one open action, overdue, on the relationship empathy gap: a red badge beside that gap's label only
		NodeList all = svg.getElementsByTagName("g");
		List<String> badges = new ArrayList<>();
		for (int i = 0; i < all.getLength(); i++) {
			Element g = (Element) all.item(i);
			if (g.getAttribute("class").equals("actions-badge")) {
				badges.add(((Element) g.getParentNode()).getAttribute("id") + " " + firstChild(g, "circle").getAttribute("fill") + " "
						+ firstChild(g, "title").getTextContent());
			}
		}
		org.crmgap.model.Gap empathy = document.model().getGaps().stream().filter(g -> g.getName().equals("Customer gap: relationship banking empathy"))
				.findFirst().orElseThrow();
		assertEquals(List.of(document.id(empathy) + " #c62828 1 open action, 1 overdue"), badges);
		List<DiagramContent.Edge> gaps = content.edges(true).stream().filter(e -> e.gap() != null).toList();
		assertTrue(gaps.size() >= 10, "gaps drawn: " + gaps.size());
		for (DiagramContent.Edge gap : gaps) {
			Severity severity = document.statuses().get(gap.id()).severity();
			assertEquals(List.of(GapStyle.colour(severity), severity.getLiteral()), List.of(edge(svg, gap.id())), gap.gap().getName());
		}
	}

	@Test
	void theFigureShowsEveryBoxAndEachGapArrowInItsSeverityColour() throws Exception {
		// the first wave's values (2025, those of fixtures/README.md that GapFigureTest has; the latest is 2026)
		Path file = TestSession.copyExample(dir);
		ModelAnalysisResult first = ModelAnalysis.analyse(DiagramDocument.open(file).model(), file, AnalysisOptions.DEFAULT.withWave("2025"));
		Document svg = parse(keep("Gap model", new SvgFigures().svg(file, first, List.of("Gap model")).get("Gap model")));
		Map<String, String> titles = new HashMap<>();
		Map<String, double[]> boxes = boxes(svg, titles);
		double[] view = viewBox(svg);
		for (FigureTemplate.Box box : FigureTemplate.BOXES) {
			assertEquals(box.title().replace('\n', ' '), titles.get(box.id()), box.id());
			assertTrue(inside(boxes.get(box.id()), view), box.id());
		}
		for (GapKind kind : GapKind.VALUES) {
			Severity severity = Severity.get(GapFigureTest.SEVERITIES.get(kind));
			assertEquals(List.of(GapStyle.colour(severity), severity.getLiteral()), List.of(edge(svg, "gap-" + kind.getLiteral())), kind.getLiteral());
			assertEquals(GapFigureTest.ARROWS.get(kind), texts(svg, "gap-" + kind.getLiteral() + "_tag"), kind.getLiteral());
		}
		assertEquals("Gap model", firstChild(svg.getDocumentElement(), "title").getTextContent());
		// the example's one open action, overdue since 2026-06-30, on a customer gap: a red badge on that tag only
		NodeList badges = svg.getElementsByTagName("g");
		List<String> seen = new ArrayList<>();
		for (int i = 0; i < badges.getLength(); i++) {
			Element g = (Element) badges.item(i);
			if (g.getAttribute("class").equals("actions-badge")) {
				seen.add(((Element) g.getParentNode()).getAttribute("id") + " " + firstChild(g, "circle").getAttribute("fill") + " "
						+ firstChild(g, "text").getTextContent() + " " + firstChild(g, "title").getTextContent());
			}
		}
		assertEquals(List.of("gap-customer_tag #c62828 1 1 open action, 1 overdue"), seen);
	}

	@Test
	void hostileNamesAreEscaped() throws Exception {
		Path model = TestSession.copyExample(dir);
		GapModel bank = ModelFiles.load(model);
		String hostile = "<script>alert(\"x\")</script> & 'q' ]]>";
		CustomerSegment segment = bank.getSegments().get(0);
		segment.setName(hostile);
		bank.eResource().save(null);
		String text = new SvgFigures().svg(model, null, List.of()).get("DIE overview");
		assertFalse(text.contains("<script"), "unescaped name in the SVG");
		Map<String, String> titles = new HashMap<>();
		boxes(parse(text), titles);
		assertEquals(hostile, titles.get(bank.eResource().getURIFragment(segment)));
		assertNotNull(DiagramFigures.fileName(hostile));
		assertEquals("script-alert-x-script-q.svg", DiagramFigures.fileName(hostile));
		assertEquals("DIE-overview.svg", DiagramFigures.fileName("DIE overview"));
	}

	@Test
	void withTheLayoutInTheNotationFileTheSameModelGivesTheSameBytes() throws Exception {
		Path model = TestSession.copyExample(dir);
		DiagramDocument document = DiagramDocument.open(model);
		for (DiagramKind kind : DiagramKind.values()) {
			if (!kind.isTemplate()) {
				document.diagram(kind);
			}
		}
		document.saveNotation();
		Map<String, String> first = new SvgFigures().svg(model, null, List.of());
		assertEquals(List.of("Gap model", "DIE overview", "Organisation", "Relationship profiles", "Communications"), List.copyOf(first.keySet()));
		assertEquals(first, new SvgFigures().svg(model, null, List.of()));
	}

	@Test
	void theParserRefusesADoctype() {
		assertThrows(SAXParseException.class, () -> parse("<!DOCTYPE svg [<!ENTITY x \"y\">]><svg>&x;</svg>"));
	}
}
