package org.crmgap.diagram.internal.layout;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.elk.alg.layered.options.CycleBreakingStrategy;
import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.alg.layered.options.LayeringStrategy;
import org.eclipse.elk.alg.layered.options.NodePlacementStrategy;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.math.KVector;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.options.HierarchyHandling;
import org.eclipse.elk.core.options.SizeConstraint;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * ELK layered layout, top to bottom, with partitions so the external side stays above the internal side and the
 * data below both, as in the DIE model's picture.
 */
public final class ElkLayout {

	/** A node to place: its id, size, partition (0 = top) and the box it is drawn in (null: the diagram). */
	public record Box(String id, double width, double height, int partition, String parent) {
	}

	/** An edge the layout should shorten and route around the nodes; its id names its route. */
	public record Link(String id, String source, String target) {
	}

	/**
	 * Where the layout put things: each box's {x, y, width, height} (x and y relative to its parent's box), and each
	 * link's bend points {x1, y1, x2, y2, …} in the diagram's coordinates (a straight link has none).
	 */
	public record Result(Map<String, double[]> positions, Map<String, double[]> routes) {
	}

	/** Room around the drawing. */
	private static final double MARGIN = 20;

	/** Up to this many nodes the whole diagram is one layering. */
	static final int ONE_LAYERING = 150;

	private static boolean registered;

	private ElkLayout() {
	}

	// In OSGi ELK does not find its algorithms by itself (no service loader across bundles): register the one we use.
	private static synchronized void register() {
		if (!registered) {
			LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
			registered = true;
		}
	}

	static void collect(ElkNode parent, Map<String, double[]> positions, double margin) {
		for (ElkNode node : parent.getChildren()) {
			positions.put(node.getIdentifier(),
					new double[] { node.getX() + margin, node.getY() + margin, node.getWidth(), node.getHeight() });
			collect(node, positions, 0);
		}
	}

	/**
	 * Positions by node id: {x, y, width, height}, x and y relative to the box's parent; containers get the size that
	 * holds their content. The same boxes and links in the same order give the same positions in every run.
	 */
	public static Result layout(List<Box> boxes, List<Link> links) {
		register();
		// big models: connected parts laid out one by one and packed, 20x faster than one wide layering (2,000 nodes:
		// about 1 s instead of 90 s); up to a few hundred nodes one layering keeps the sides above each other across
		// the whole drawing; elements without edges are placed afterwards (bottomRow)
		boolean separateParts = boxes.size() > ONE_LAYERING;
		Map<String, double[]> layers = Layering.positions(boxes, links, separateParts);
		ElkNode root = graph(boxes, separateParts);
		Map<String, ElkNode> nodes = nodes(root);
		// the layers found by the first pass, read from its positions (nodes of a layer overlap along the layering axis)
		forEachGraph(root, graph -> {
			graph.setProperty(LayeredOptions.LAYERING_STRATEGY, LayeringStrategy.INTERACTIVE);
			graph.setProperty(LayeredOptions.CYCLE_BREAKING_STRATEGY, CycleBreakingStrategy.INTERACTIVE);
		});
		nodes.forEach((id, node) -> {
			double[] p = layers.get(id);
			node.setLocation(p[0], p[1]);
		});
		for (Link link : links) {
			ElkNode source = nodes.get(link.source());
			ElkNode target = nodes.get(link.target());
			if (source != null && target != null && source != target) {
				ElkEdge edge = ElkGraphUtil.createSimpleEdge(source, target);
				edge.setIdentifier(link.id());
				ElkGraphUtil.updateContainment(edge);
			}
		}
		new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());
		Map<String, double[]> positions = new HashMap<>();
		collect(root, positions, MARGIN);
		Map<String, double[]> routes = Routes.of(root, MARGIN);
		Widening.apply(boxes, positions, routes);
		bottomRow(boxes, links, positions);
		return new Result(positions, routes);
	}

	/** The boxes as an ELK graph with the options both passes share, top to bottom, containers holding their boxes. */
	static ElkNode graph(List<Box> boxes, boolean separateParts) {
		ElkNode root = ElkGraphUtil.createGraph();
		root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
		root.setProperty(CoreOptions.DIRECTION, Direction.DOWN);
		root.setProperty(LayeredOptions.SEPARATE_CONNECTED_COMPONENTS, separateParts);
		root.setProperty(LayeredOptions.SPACING_NODE_NODE, 30.0);
		root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 50.0);
		root.setProperty(LayeredOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
		// connected parts packed in rows towards a screen's shape
		root.setProperty(LayeredOptions.ASPECT_RATIO, 1.6);
		// more compact than the default (Brandes-Koepf), which spreads the layers wide to straighten long edges
		root.setProperty(LayeredOptions.NODE_PLACEMENT_STRATEGY, NodePlacementStrategy.NETWORK_SIMPLEX);
		Map<String, ElkNode> nodes = new HashMap<>();
		if (boxes.stream().anyMatch(b -> b.parent() != null)) {
			root.setProperty(CoreOptions.HIERARCHY_HANDLING, HierarchyHandling.INCLUDE_CHILDREN);
		}
		for (Box box : boxes) {
			ElkNode node = ElkGraphUtil.createNode(root);
			node.setIdentifier(box.id());
			node.setDimensions(box.width(), box.height());
			nodes.put(box.id(), node);
		}
		for (Box box : boxes) {
			ElkNode parent = box.parent() == null ? null : nodes.get(box.parent());
			if (parent != null) {
				nodes.get(box.id()).setParent(parent);
				// room for the container's own name and glyph above its content
				parent.setProperty(CoreOptions.PADDING, new ElkPadding(52, 14, 14, 14));
				parent.setProperty(CoreOptions.NODE_SIZE_CONSTRAINTS, SizeConstraint.minimumSizeWithPorts());
				// at least the container's own size (wide enough for its name), not its child's
				parent.setProperty(CoreOptions.NODE_SIZE_MINIMUM, new KVector(parent.getWidth(), parent.getHeight()));
			}
		}
		return root;
	}

	/** Every node of the graph by id, nested ones too. */
	static Map<String, ElkNode> nodes(ElkNode root) {
		Map<String, ElkNode> nodes = new HashMap<>();
		forEachGraph(root, graph -> graph.getChildren().forEach(n -> nodes.put(n.getIdentifier(), n)));
		return nodes;
	}

	/** The root and every container: a nested graph reads its layering options from its own node, not the root's. */
	static void forEachGraph(ElkNode graph, java.util.function.Consumer<ElkNode> action) {
		action.accept(graph);
		graph.getChildren().stream().filter(n -> !n.getChildren().isEmpty()).forEach(n -> forEachGraph(n, action));
	}

	/** Nodes side by side in a layer, so the drawing grows down as well as across (a node is wider than it is tall). */
	static int layerBound(int nodes) {
		return Math.max(4, (int) Math.ceil(Math.sqrt(nodes / 3.0)));
	}

	/** Top-level boxes of the last partition with no edges (data sources) in a row below everything else. */
	private static void bottomRow(List<Box> boxes, List<Link> links, Map<String, double[]> positions) {
		int last = boxes.stream().mapToInt(Box::partition).max().orElse(0);
		// a container is linked when anything inside it is: moved, it would leave the routes into its content behind
		Map<String, String> parents = new HashMap<>();
		boxes.forEach(b -> parents.put(b.id(), b.parent()));
		java.util.Set<String> linked = new java.util.HashSet<>();
		links.forEach(l -> {
			for (String end : List.of(l.source(), l.target())) {
				String up = end;
				while (up != null && linked.add(up)) {
					up = parents.get(up);
				}
			}
		});
		List<Box> loose = boxes.stream().filter(b -> last > 0 && b.partition() == last && b.parent() == null && !linked.contains(b.id()))
				.toList();
		if (loose.isEmpty()) {
			return;
		}
		double bottom = boxes.stream().filter(b -> b.parent() == null && !loose.contains(b))
				.mapToDouble(b -> positions.get(b.id())[1] + positions.get(b.id())[3]).max().orElse(0);
		double x = 20;
		for (Box box : loose) {
			double[] p = positions.get(box.id());
			p[0] = x;
			p[1] = bottom + 60;
			x += p[2] + 30;
		}
	}
}
