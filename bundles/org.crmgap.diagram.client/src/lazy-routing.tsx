/** @jsx svg */
import { Bounds, Dimension, EdgeRouting, GEdge, GGraph, GGraphView, GLabel, RenderingContext, getAbsoluteBounds, svg } from '@eclipse-glsp/client';
import { injectable } from 'inversify';
import { VNode } from 'snabbdom';
import { gapLabelWidth } from './gap-labels';

/**
 * The graph without sprotty's routing of every edge before each render: each edge drawn routes itself (the same route,
 * as no route post-processor is bound since the edge-crossing search was left out). Routing all 2,800 edges of a
 * 2,000-node diagram took 0.1 to 0.4 s of every render, also when the view shows a few dozen of them.
 */
@injectable()
export class LazyRoutingGraphView extends GGraphView {
    override render(model: Readonly<GGraph>, context: RenderingContext): VNode {
        const transform = `scale(${model.zoom}) translate(${-model.scroll.x},${-model.scroll.y})`;
        const graph = (
            <svg class-sprotty-graph={true}>
                <g transform={transform}>{context.renderChildren(model, { edgeRouting: new EdgeRouting() })}</g>
            </svg>
        );
        if (graph.data) {
            graph.data.style = { ...graph.data.style, ...this.getGridStyle(model, context) };
        }
        return graph;
    }
}

/** Room around an edge's ends and bends for what is drawn beside its route (the arrow head, a short label), in diagram units. */
const MARGIN = 160;

/** The room an edge needs: its labels are centred on its route, so a long one reaches half its width beyond it. */
function margin(edge: Readonly<GEdge>): number {
    let m = MARGIN;
    for (const c of edge.children) {
        if (c instanceof GLabel) {
            const measured = Dimension.isValid(c.size) ? c.size.width : 0;
            m = Math.max(m, Math.max(measured, gapLabelWidth(c.text)) / 2);
        }
    }
    return m;
}

/**
 * Whether the edge surely lies outside the view: its route runs from its source to its target through its routing points,
 * so it lies inside the box around those (with a margin for its labels). Tells without routing the edge.
 */
export function outsideView(edge: Readonly<GEdge>, context: RenderingContext): boolean {
    if (context.targetKind === 'hidden') {
        return false;
    }
    const source = edge.source;
    const target = edge.target;
    const root = edge.root as unknown as { canvasBounds: Bounds; zoom?: number; scroll?: { x: number; y: number } };
    if (!source || !target || edge.parent !== edge.root || !Dimension.isValid(root.canvasBounds)) {
        return false;
    }
    const zoom = root.zoom ?? 1;
    const scroll = root.scroll ?? { x: 0, y: 0 };
    let box = Bounds.combine(getAbsoluteBounds(source), getAbsoluteBounds(target));
    for (const p of edge.routingPoints) {
        // routing points are in the root's coordinates, like the edge
        box = Bounds.combine(box, { x: (p.x - scroll.x) * zoom, y: (p.y - scroll.y) * zoom, width: 0, height: 0 });
    }
    const m = margin(edge) * zoom;
    const canvas = root.canvasBounds;
    return box.x - m > canvas.width || box.x + box.width + m < 0 || box.y - m > canvas.height || box.y + box.height + m < 0;
}
