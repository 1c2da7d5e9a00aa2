package org.crmgap.diagram.internal.figure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.crmgap.diagram.internal.figure.FigureTemplate.Arrow;
import org.crmgap.diagram.internal.figure.FigureTemplate.Box;
import org.crmgap.diagram.internal.figure.FigureTemplate.Point;
import org.crmgap.diagram.internal.glsp.GapGModelFactory;
import org.crmgap.diagram.internal.glsp.GapModelState;
import org.crmgap.model.CustomerSegment;
import org.crmgap.model.GapKind;
import org.eclipse.glsp.graph.GGraph;
import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.graph.GNode;
import org.eclipse.glsp.graph.builder.impl.GEdgeBuilder;
import org.eclipse.glsp.graph.builder.impl.GGraphBuilder;
import org.eclipse.glsp.graph.builder.impl.GNodeBuilder;
import org.eclipse.glsp.graph.builder.impl.GPortBuilder;
import org.eclipse.glsp.server.features.core.model.GModelFactory;

import com.google.inject.Inject;

/**
 * Builds the gap-model figure from its template: bands, the divider, the boxes with their counts, one arrow per gap
 * kind with its tag, coloured by the latest analysis. The client draws what the arguments say.
 */
public class FigureGModelFactory implements GModelFactory {

	@Inject
	protected GapModelState modelState;

	@Inject
	protected FigureSelection selection;

	@Override
	public void createGModel() {
		modelState.document().read(() -> modelState.updateRoot(build()));
	}

	private GGraph build() {
		var document = modelState.document();
		CustomerSegment segment = document.element(selection.segment()) instanceof CustomerSegment selected ? selected : null;
		Map<String, FigureCounts.Count> counts = FigureCounts.of(document.model(), segment);
		Map<GapKind, FigureGaps.Measure> measures = FigureGaps.of(document.model(), document.findings(), document.trends(), document::id,
				segment, LocalDate.now());
		List<GModelElement> children = new ArrayList<>();
		for (FigureTemplate.Band band : FigureTemplate.BANDS) {
			children.add(new GNodeBuilder(FigureTypes.BAND).id(band.id()).position(0, band.y()).size(FigureTemplate.WIDTH, band.height())
					.addArgument("label", band.label()).addCssClass(band.id()).build());
		}
		children.add(new GNodeBuilder(FigureTypes.DIVIDER).id("divider").position(0, FigureTemplate.DIVIDER_Y - 20)
				.size(FigureTemplate.WIDTH, 40).build());
		Map<String, GNode> boxes = new HashMap<>();
		for (Box box : FigureTemplate.BOXES) {
			FigureCounts.Count count = counts.get(box.id());
			GNode node = new GNodeBuilder(box.parent() == null ? FigureTypes.BOX : FigureTypes.PART).id(box.id())
					.position(box.x(), box.y()).size(box.width(), box.height()).addArgument("title", box.title())
					.addArgument("count", count.total()).addArgument("detail", count.text()).build();
			boxes.put(box.id(), node);
			(box.parent() == null ? children : boxes.get(box.parent()).getChildren()).add(node);
		}
		List<GModelElement> tags = new ArrayList<>();
		for (Arrow arrow : FigureTemplate.ARROWS) {
			children.add(arrow(arrow, boxes, measures.get(arrow.kind())));
			if (arrow.kind() != null) {
				tags.add(tag(arrow, measures.get(arrow.kind())));
			}
		}
		children.addAll(tags); // last, so they are drawn over the arrows they label
		// the selector's choices: "id=name" per line, the selected one apart
		String segments = document.model().getSegments().stream().map(s -> document.id(s) + "=" + s.getName())
				.collect(Collectors.joining("\n"));
		return new GGraphBuilder().id("figure").addCssClass("crmgap-diagram").addCssClass("crmgap-figure")
				.addArgument("segments", segments).addArgument("segment", segment == null ? "" : document.id(segment)).addAll(children)
				.build();
	}

	/** An arrow between ports on the two boxes, so it runs straight through the template's points. */
	private static GModelElement arrow(Arrow arrow, Map<String, GNode> boxes, FigureGaps.Measure measure) {
		List<Point> points = arrow.points();
		String source = port(boxes.get(arrow.source()), arrow.id() + "_from", points.get(0));
		String target = port(boxes.get(arrow.target()), arrow.id() + "_to", points.get(points.size() - 1));
		GEdgeBuilder edge = new GEdgeBuilder(arrow.kind() == null ? FigureTypes.FLOW : FigureTypes.GAP).id(arrow.id()).sourceId(source)
				.targetId(target);
		points.subList(1, points.size() - 1).forEach(p -> edge.addRoutingPoint(p.x(), p.y()));
		if (measure != null) {
			String severity = measure.severity().getLiteral();
			edge.addCssClass("gap").addCssClass("severity-" + severity).addArgument("severity", severity)
					.addArgument("kind", measure.kind().getLiteral()).addArgument("tooltip", measure.tooltip());
			if (measure.gaps() == 0) {
				edge.addCssClass("figure-missing");
			}
		}
		return edge.build();
	}

	private static String port(GNode box, String id, Point at) {
		Point origin = FigureTemplate.origin(FigureTemplate.box(box.getId()));
		box.getChildren().add(new GPortBuilder(FigureTypes.PORT).id(id).position(at.x() - origin.x(), at.y() - origin.y()).size(0, 0)
				.build());
		return id;
	}

	/** A tag's line as its width shows it (12px text, about 6.6px a character), … marking a cut; the tooltip has it all. */
	static String fit(String line, double width) {
		return GapGModelFactory.cut(line, (int) ((width - 16) / 6.6));
	}

	private static GModelElement tag(Arrow arrow, FigureGaps.Measure measure) {
		String severity = measure.severity().getLiteral();
		GNodeBuilder tag = new GNodeBuilder(FigureTypes.TAG).id(arrow.id() + "_tag").position(arrow.tag().x(), arrow.tag().y())
				.size(FigureTemplate.tagWidth(arrow), FigureTemplate.tagHeight(measure.lines().size())).addCssClass("severity-" + severity)
				.addArgument("severity", severity).addArgument("kind", measure.kind().getLiteral())
				.addArgument("lines", String.join("\n", measure.lines().stream().map(l -> fit(l, FigureTemplate.tagWidth(arrow))).toList()))
				.addArgument("tooltip", measure.tooltip());
		if (measure.gaps() == 0) {
			tag.addCssClass("figure-missing");
		}
		GNode built = tag.build();
		measure.actions().addTo(built);
		return built;
	}
}
