package org.crmgap.diagram.internal.figure;

import java.util.List;

import org.crmgap.model.GapKind;

/**
 * Where everything of the gap-model figure goes: the SERVQUAL conceptual model (Parasuraman, Zeithaml and Berry
 * 1985) with the DIE stages as bands and DIE's internal gaps inside the delivery box. Fixed coordinates, so the
 * figure always reads like the one in the literature; only texts, counts and colours come from the model.
 */
public final class FigureTemplate {

	/** Size of the whole figure. */
	public static final double WIDTH = 1200;
	public static final double HEIGHT = 880;
	/** Where the customer side ends and the company side begins. */
	public static final double DIVIDER_Y = 300;

	/** A stage band across the figure. */
	public record Band(String id, String label, double y, double height) {
	}

	/** A box; {@code parent} is the box a part sits in (its x, y are then relative to it). */
	public record Box(String id, String title, double x, double y, double width, double height, String parent) {
	}

	/** A point of an arrow in the coordinates of the figure. */
	public record Point(double x, double y) {
	}

	/**
	 * An arrow from one box to another through fixed points (the first on the source box's border, the last on the
	 * target's), with its tag (label box) at {@code tag}; {@code kind} is null for a plain arrow.
	 */
	public record Arrow(String id, GapKind kind, String source, String target, List<Point> points, Point tag) {
	}

	public static final double TAG_WIDTH = 190;
	public static final double PART_TAG_WIDTH = 170;
	/** The tallest tag: four lines (with a change since the wave before); one of up to three lines is 54 high. */
	public static final double TAG_HEIGHT = 66;

	public static final List<Band> BANDS = List.of(new Band("band-evaluate", "Evaluate", 0, DIVIDER_Y),
			new Band("band-implement", "Implement", DIVIDER_Y, 300), new Band("band-design", "Design", 600, HEIGHT - 600));

	public static final List<Box> BOXES = List.of(
			new Box("expected", "Expected service", 360, 30, 300, 76, null),
			new Box("perceived", "Perceived service", 360, 194, 300, 76, null),
			new Box("delivery", "Service delivery", 230, 330, 560, 215, null),
			new Box("units", "Organisation units", 20, 56, 150, 64, "delivery"),
			new Box("components", "CRM components", 205, 56, 150, 64, "delivery"),
			new Box("flows", "Interaction flows", 390, 56, 150, 64, "delivery"),
			new Box("communications", "External communications", 930, 350, 250, 90, null),
			new Box("standards", "Service standards", 360, 625, 300, 76, null),
			new Box("management", "Management perceptions\nof expectations", 360, 780, 300, 76, null));

	public static final List<Arrow> ARROWS = List.of(
			gap(GapKind.CUSTOMER, "perceived", "expected", 240, 123, p(440, 194), p(440, 106)),
			gap(GapKind.VALUE, "perceived", "expected", 590, 123, p(580, 194), p(580, 106)),
			gap(GapKind.KNOWLEDGE, "expected", "management", 95, 713, p(360, 68), p(190, 68), p(190, 818), p(360, 818)),
			gap(GapKind.POLICY, "management", "standards", 525, 713, p(510, 780), p(510, 701)),
			gap(GapKind.DELIVERY, "standards", "delivery", 525, 558, p(510, 625), p(510, 545)),
			gap(GapKind.COMMUNICATION, "delivery", "communications", 800, 455, p(790, 400), p(930, 400)),
			gap(GapKind.COMPONENT_READINESS, "units", "components", 332, 470, p(400, 418), p(435, 418)),
			gap(GapKind.COHERENCE, "components", "flows", 517, 470, p(585, 418), p(620, 418)),
			new Arrow("flow-promises", null, "communications", "expected", List.of(p(1055, 350), p(1055, 68), p(660, 68)), null),
			new Arrow("flow-perceived", null, "delivery", "perceived", List.of(p(720, 330), p(720, 232), p(660, 232)), null));

	private FigureTemplate() {
	}

	private static Point p(double x, double y) {
		return new Point(x, y);
	}

	private static Arrow gap(GapKind kind, String source, String target, double tagX, double tagY, Point... points) {
		return new Arrow("gap-" + kind.getLiteral(), kind, source, target, List.of(points), p(tagX, tagY));
	}

	public static Box box(String id) {
		return BOXES.stream().filter(b -> b.id().equals(id)).findFirst().orElseThrow();
	}

	/** The box's top left corner in the coordinates of the figure. */
	public static Point origin(Box box) {
		if (box.parent() == null) {
			return p(box.x(), box.y());
		}
		Point parent = origin(box(box.parent()));
		return p(parent.x() + box.x(), parent.y() + box.y());
	}

	/** A tag's height for its number of lines. */
	public static double tagHeight(int lines) {
		return lines > 3 ? TAG_HEIGHT : 54;
	}

	/** Whether a tag sits inside another box (the DIE internal gaps in the delivery box): it is narrower. */
	public static double tagWidth(Arrow arrow) {
		return box(arrow.source()).parent() != null ? PART_TAG_WIDTH : TAG_WIDTH;
	}
}
