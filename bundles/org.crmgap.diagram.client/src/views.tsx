/** @jsx svg */
import { Args, ArgsAware, GEdge, GLabel, GLabelView, GNode, IViewArgs, PolylineEdgeView, RenderingContext, ShapeView, svg } from '@eclipse-glsp/client';
import { injectable } from 'inversify';
import { VNode } from 'snabbdom';

/** The outline of each concept, from the node's `shape` argument (set by the server's style table). */
export function outline(shape: string, w: number, h: number): string {
    const r = 8;
    switch (shape) {
        case 'person': // rounded box with a head-and-shoulders notch on the left
            return `M${r},0 H${w - r} Q${w},0 ${w},${r} V${h - r} Q${w},${h} ${w - r},${h} H${r} Q0,${h} 0,${h - r} V${r} Q0,0 ${r},0 Z`;
        case 'ellipse':
            return `M0,${h / 2} A${w / 2},${h / 2} 0 1,0 ${w},${h / 2} A${w / 2},${h / 2} 0 1,0 0,${h / 2} Z`;
        case 'cloud':
            return `M${w * 0.15},${h * 0.85} C${-w * 0.05},${h * 0.85} ${-w * 0.02},${h * 0.35} ${w * 0.2},${h * 0.35} C${w * 0.22},${-h * 0.05} ${w * 0.6},${-h * 0.08} ${w * 0.65},${h * 0.25} C${w * 0.95},${h * 0.1} ${w * 1.05},${h * 0.6} ${w * 0.88},${h * 0.85} Z`;
        case 'document': // page with a folded corner
            return `M0,0 H${w - 14} L${w},14 V${h} H0 Z M${w - 14},0 V14 H${w}`;
        case 'building': // flat roof with a parapet
            return `M0,8 H${w * 0.3} V0 H${w * 0.7} V8 H${w} V${h} H0 Z`;
        case 'component': // UML component: box with two tabs
            return `M10,0 H${w} V${h} H10 V${h * 0.7} H0 V${h * 0.55} H10 V${h * 0.45} H0 V${h * 0.3} H10 Z`;
        case 'arrow': // chevron for a flow
            return `M0,0 H${w - 16} L${w},${h / 2} L${w - 16},${h} H0 L12,${h / 2} Z`;
        case 'speech':
            return `M${r},0 H${w - r} Q${w},0 ${w},${r} V${h - 14 - r} Q${w},${h - 14} ${w - r},${h - 14} H40 L24,${h} L26,${h - 14} H${r} Q0,${h - 14} 0,${h - 14 - r} V${r} Q0,0 ${r},0 Z`;
        case 'tag':
            return `M0,0 H${w - 14} L${w},${h / 2} L${w - 14},${h} H0 Z`;
        case 'cylinder':
            return `M0,8 A${w / 2},8 0 0,1 ${w},8 V${h - 8} A${w / 2},8 0 0,1 0,${h - 8} Z M0,8 A${w / 2},8 0 0,0 ${w},8`;
        default:
            return `M0,0 H${w} V${h} H0 Z`;
    }
}

/** A small glyph drawn at the top left: tells the concepts apart at a glance (and in print, without colour). */
function glyph(shape: string): VNode {
    switch (shape) {
        case 'person':
            return <g class-glyph={true}><circle cx='14' cy='13' r='5' /><path d='M5,28 Q14,16 23,28 Z' /></g>;
        case 'building':
            return <g class-glyph={true}><path d='M6,28 V12 H22 V28 M10,16 H12 M16,16 H18 M10,21 H12 M16,21 H18' /></g>;
        case 'document':
            return <g class-glyph={true}><path d='M7,10 H20 M7,15 H20 M7,20 H16' /></g>;
        case 'cylinder':
            return <g class-glyph={true}><ellipse cx='14' cy='16' rx='7' ry='3' /><path d='M7,16 V24 A7,3 0 0,0 21,24 V16' /></g>;
        default:
            return <g />;
    }
}

/** A text argument of the server's style table (`args` of the node's schema), if it is one. */
function text(args: Args, key: string): string | undefined {
    const value = args[key];
    return typeof value === 'string' ? value : undefined;
}

@injectable()
export class ConceptNodeView extends ShapeView {
    render(node: Readonly<GNode & ArgsAware>, context: RenderingContext, _args?: IViewArgs): VNode | undefined {
        if (!this.isVisible(node, context)) {
            return undefined;
        }
        // the model factory copies every property of the node's schema, the server's `args` among them
        const a: Args = node.args ?? {};
        const shape = text(a, 'shape') ?? 'rect';
        const severity = text(a, 'severity');
        const w = Math.max(node.size.width, 0);
        const h = Math.max(node.size.height, 0);
        return (
            <g class-concept-node={true} class-selected={node.selected} class-mouseover={node.hoverFeedback}>
                <path class-sprotty-node={true} class-outline={true} d={outline(shape, w, h)}
                    style={{ fill: text(a, 'fill') ?? '#fff', stroke: text(a, 'stroke') ?? '#333' }} />
                {severity ? <rect class-severity-bar={true} class={{ ['severity-' + severity]: true }} x='0' y={h - 5} width={w} height='5' /> : <g />}
                {glyph(shape)}
                {context.renderChildren(node)}
            </g>
        );
    }
}

interface Box { x: number; y: number; w: number; h: number }

const meets = (a: Box, b: Box) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

/** A node's box in diagram coordinates; of a container only its header (its name), the rest is its content. */
function nodeBox(node: GNode): Box {
    let x = node.position.x, y = node.position.y;
    for (let p = node.parent; p instanceof GNode; p = p.parent) {
        x += p.position.x;
        y += p.position.y;
    }
    const container = node.children.some(c => c instanceof GNode);
    return { x, y, w: node.size.width, h: container ? 52 : node.size.height };
}

/** The point at fraction t of the route's length. */
function along(route: { x: number; y: number }[], t: number): { x: number; y: number } {
    const lengths = route.slice(1).map((p, i) => Math.hypot(p.x - route[i].x, p.y - route[i].y));
    let rest = t * lengths.reduce((a, b) => a + b, 0);
    for (let i = 0; i < lengths.length; i++) {
        if (rest <= lengths[i] || i === lengths.length - 1) {
            const f = lengths[i] > 0 ? Math.min(1, rest / lengths[i]) : 0;
            return { x: route[i].x + f * (route[i + 1].x - route[i].x), y: route[i].y + f * (route[i + 1].y - route[i].y) };
        }
        rest -= lengths[i];
    }
    return route[0];
}

/** Gap labels placed so far, by edge: the next gap label keeps off them too. */
const placedGapLabels = new Map<string, Box>();

/**
 * Moves a gap's label along its route to the first place, from the middle outwards, where it covers no node and no
 * other gap label (the routes are drawn by the client, so the server cannot place it).
 */
function placeGapLabel(edge: GEdge, route: { x: number; y: number }[]): void {
    const label = edge.children.find((c): c is GLabel => c instanceof GLabel) as (GLabel & { edgePlacement?: { position: number } }) | undefined;
    if (!label || !label.edgePlacement || route.length < 2) {
        return;
    }
    const width = label.text.length * 6.8 + 6, height = 16;
    const obstacles = [...edge.root.index.all()].filter((e): e is GNode => e instanceof GNode).map(nodeBox)
        .concat([...placedGapLabels.entries()].filter(([id]) => id !== edge.id).map(([, b]) => b));
    for (const t of [0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8, 0.15, 0.85, 0.1, 0.9]) {
        const p = along(route, t);
        const box = { x: p.x - width / 2, y: p.y - height / 2, w: width, h: height };
        if (!obstacles.some(o => meets(o, box))) {
            label.edgePlacement = { ...label.edgePlacement, position: t };
            placedGapLabels.set(edge.id, box);
            return;
        }
    }
}

/** Edges with an arrow head at the target; gaps drawn thick and dashed in their severity colour (CSS). */
@injectable()
export class ArrowEdgeView extends PolylineEdgeView {
    protected override renderAdditionals(edge: GEdge, segments: { x: number; y: number }[], _context: RenderingContext): VNode[] {
        if (edge.cssClasses?.includes('gap')) {
            placeGapLabel(edge, segments);
        }
        const p1 = segments[segments.length - 2];
        const p2 = segments[segments.length - 1];
        if (!p1 || !p2) {
            return [];
        }
        const angle = (Math.atan2(p2.y - p1.y, p2.x - p1.x) * 180) / Math.PI;
        return [
            <path class-arrow={true} d='M0,0 L-10,-5 L-10,5 Z' transform={`translate(${p2.x},${p2.y}) rotate(${angle})`} />
        ];
    }
}

/**
 * A gap's label: its kind and value, and a numbered badge before it for the open planned actions on the gap, in the
 * error colour when one is overdue (the server's OpenActions arguments; the same badge as the figure's tags). The text is
 * centred on the label's position, so the badge goes half the label's width to the left.
 */
@injectable()
export class GapLabelView extends GLabelView {
    override render(label: Readonly<GLabel & ArgsAware>, context: RenderingContext): VNode | undefined {
        const text = super.render(label, context);
        const open = Number(label.args?.openActions ?? 0);
        if (!open || !text) {
            return text;
        }
        const overdue = Number(label.args?.overdueActions ?? 0) > 0;
        const actions = typeof label.args?.actions === 'string' ? label.args.actions : '';
        return (
            <g>
                {text}
                <g class-actions-badge={true} class-overdue={overdue} transform={`translate(${-Math.max(0, label.size.width) / 2 - 12}, -4)`}>
                    <title>{actions}</title>
                    <circle r='9' cx='0' cy='0' />
                    <text x='0' y='4'>{String(open)}</text>
                </g>
            </g>
        );
    }
}
