package org.crmgap.diagram.internal.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import org.crmgap.diagram.internal.layout.ElkLayout.Box;
import org.crmgap.diagram.internal.layout.ElkLayout.Link;
import org.eclipse.elk.alg.layered.options.CrossingMinimizationStrategy;
import org.eclipse.elk.alg.layered.options.CycleBreakingStrategy;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.alg.layered.options.LayeringStrategy;
import org.eclipse.elk.alg.layered.options.NodePlacementStrategy;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * The first of the layout's two passes: which layer each node goes in, every node of a partition above every node of
 * the next. ELK's own partitioning does that with constraint edges it creates in the order of a hash set of nodes,
 * that is by identity hash codes, so the same diagram came out differently in each run. Here the constraint goes
 * through one barrier node per pair of partitions, created in the boxes' order; edges against the partitions are
 * turned round (as ELK's partitioning does) and cycles broken depth first, which turns only edges that close a cycle
 * (never a barrier's). The second pass takes the layers from the positions found here (ELK's interactive layering).
 */
final class Layering {

	private static final String BARRIER = "\u0000barrier:";

	/** Far more than any box can grow: layers this far apart never overlap. */
	private static final double LAYER_STEP = 100_000;

	private Layering() {
	}

	/** Positions by box id from a layering that honours the partitions; only their layers are meant to be used. */
	static Map<String, double[]> positions(List<Box> boxes, List<Link> links, boolean separateParts) {
		ElkNode root = ElkLayout.graph(boxes, separateParts);
		Map<String, ElkNode> nodes = ElkLayout.nodes(root);
		int bound = ElkLayout.layerBound(boxes.size());
		ElkLayout.forEachGraph(root, graph -> {
			// wide layers wrapped: at most about sqrt(n) nodes side by side, so a layer of 40 expectations does not make
			// the drawing a row several screens wide (graph wrapping cuts long chains of layers, not wide layers)
			graph.setProperty(LayeredOptions.LAYERING_STRATEGY, LayeringStrategy.COFFMAN_GRAHAM);
			graph.setProperty(LayeredOptions.LAYERING_COFFMAN_GRAHAM_LAYER_BOUND, bound);
			graph.setProperty(LayeredOptions.CYCLE_BREAKING_STRATEGY, CycleBreakingStrategy.DEPTH_FIRST);
			// only the layers count here: the cheapest settings for the rest
			graph.setProperty(LayeredOptions.CROSSING_MINIMIZATION_STRATEGY, CrossingMinimizationStrategy.NONE);
			graph.setProperty(LayeredOptions.NODE_PLACEMENT_STRATEGY, NodePlacementStrategy.SIMPLE);
			graph.setProperty(LayeredOptions.EDGE_ROUTING, EdgeRouting.POLYLINE);
		});
		Map<String, Box> byId = new HashMap<>();
		boxes.forEach(b -> byId.put(b.id(), b));
		Parts parts = new Parts(byId);
		for (Link link : links) {
			String[] ends = parts.sameLevel(link.source(), link.target());
			if (ends != null && !ends[0].equals(ends[1])) {
				parts.union(ends[0], ends[1]);
				boolean against = byId.get(ends[0]).partition() > byId.get(ends[1]).partition();
				ElkGraphUtil.updateContainment(ElkGraphUtil.createSimpleEdge(nodes.get(against ? link.target() : link.source()),
						nodes.get(against ? link.source() : link.target())));
			}
		}
		barriers(boxes, parts, separateParts, nodes, root);
		new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());
		Map<String, double[]> positions = new HashMap<>();
		ElkLayout.collect(root, positions, 0);
		return layers(boxes, positions);
	}

	/**
	 * Each box at {x, layer × {@value #LAYER_STEP}} (per box it is drawn in): the second pass reads layers from overlapping
	 * positions, and its containers can come out taller than here (other routing, no barriers), which would have merged
	 * a layer with the next and lost the partitions' order.
	 */
	private static Map<String, double[]> layers(List<Box> boxes, Map<String, double[]> positions) {
		Map<String, List<Box>> byParent = new LinkedHashMap<>();
		boxes.forEach(b -> byParent.computeIfAbsent(String.valueOf(b.parent()), p -> new ArrayList<>()).add(b));
		Map<String, double[]> layered = new HashMap<>();
		for (List<Box> siblings : byParent.values()) {
			List<Box> top = new ArrayList<>(siblings);
			top.sort(java.util.Comparator.comparingDouble(b -> positions.get(b.id())[1]));
			int layer = -1;
			double bottom = Double.NEGATIVE_INFINITY;
			for (Box box : top) {
				double[] p = positions.get(box.id());
				if (p[1] >= bottom) { // below everything of the layer so far: the next layer
					layer++;
				}
				bottom = Math.max(bottom, p[1] + p[3]);
				layered.put(box.id(), new double[] { p[0], layer * LAYER_STEP, p[2], p[3] });
			}
		}
		return layered;
	}

	/** Per box (and, when parts are laid out apart, per connected part): partition a's nodes → barrier → partition a+1's. */
	private static void barriers(List<Box> boxes, Parts parts, boolean separateParts, Map<String, ElkNode> nodes, ElkNode root) {
		Map<String, TreeMap<Integer, List<ElkNode>>> groups = new LinkedHashMap<>();
		for (Box box : boxes) {
			String group = box.parent() + "|" + (separateParts ? parts.find(box.id()) : "");
			groups.computeIfAbsent(group, g -> new TreeMap<>()).computeIfAbsent(box.partition(), p -> new ArrayList<>())
					.add(nodes.get(box.id()));
		}
		int count = 0;
		for (TreeMap<Integer, List<ElkNode>> partitions : groups.values()) {
			List<ElkNode> above = null;
			for (List<ElkNode> members : partitions.values()) {
				if (above != null) {
					ElkNode barrier = ElkGraphUtil.createNode(Objects.requireNonNullElse(members.get(0).getParent(), root));
					barrier.setIdentifier(BARRIER + count++);
					barrier.setDimensions(1, 1);
					above.forEach(n -> ElkGraphUtil.updateContainment(ElkGraphUtil.createSimpleEdge(n, barrier)));
					members.forEach(n -> ElkGraphUtil.updateContainment(ElkGraphUtil.createSimpleEdge(barrier, n)));
				}
				above = members;
			}
		}
	}

	/** Connected parts of the boxes that share a parent (union-find), an edge counted between its ends' ancestors. */
	private static final class Parts {

		private final Map<String, Box> byId;
		private final Map<String, String> up = new HashMap<>();

		Parts(Map<String, Box> byId) {
			this.byId = byId;
		}

		/** The source's and the target's ancestors (or themselves) that lie in the same box; null when there are none. */
		String[] sameLevel(String source, String target) {
			for (String a = source; a != null && byId.containsKey(a); a = byId.get(a).parent()) {
				for (String b = target; b != null && byId.containsKey(b); b = byId.get(b).parent()) {
					if (Objects.equals(byId.get(a).parent(), byId.get(b).parent())) {
						return new String[] { a, b };
					}
				}
			}
			return null;
		}

		String find(String id) {
			String root = id;
			while (up.containsKey(root)) {
				root = up.get(root);
			}
			return root;
		}

		void union(String a, String b) {
			String ra = find(a);
			String rb = find(b);
			if (!ra.equals(rb)) {
				up.put(ra, rb);
			}
		}
	}
}
