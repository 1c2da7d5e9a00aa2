/** @jsx svg */
import { Args, ArgsAware, GEdge, GLabel, GLabelView, GModelElement, GNode, IViewArgs, PolylineEdgeView, RenderingContext, ShapeView, svg } from '@eclipse-glsp/client';
import { outsideView } from './lazy-routing';
import { injectable } from 'inversify';
import { VNode } from 'snabbdom';
import { along, placeGapLabel } from './gap-labels';

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

/** A small glyph drawn at the top left: tells the concepts apart at a glance (and in print, without colour); none for some. */
function glyph(shape: string): VNode | undefined {
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
            return undefined;
    }
}

/**
 * Below this zoom a 12 px name is under 2.5 px on screen, text nobody can read: nodes are drawn as their outlines and
 * edges without labels and heads, so a fitted drawing of thousands of elements stays quick (labels were most of its DOM).
 */
export const DETAIL_ZOOM = 0.2;

/** Whether the element is drawn with its labels at the diagram's zoom. */
export function detailed(element: Readonly<GModelElement>): boolean {
    const zoom = (element.root as unknown as { zoom?: number }).zoom;
    return zoom === undefined || zoom >= DETAIL_ZOOM;
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
                {/* nothing where there is nothing to draw (an empty group each was a fifth of a big diagram's elements) */}
                {severity ? <rect class-severity-bar={true} class={{ ['severity-' + severity]: true }} x='0' y={h - 5} width={w} height='5' /> : undefined}
                {detailed(node) ? glyph(shape) : undefined}
                {detailed(node) ? context.renderChildren(node) : node.children.filter(c => c instanceof GNode).map(c => context.renderElement(c))}
            </g>
        );
    }
}

/** Edges with an arrow head at the target; gaps drawn thick and dashed in their severity colour (CSS). */
@injectable()
export class ArrowEdgeView extends PolylineEdgeView {
    override render(edge: Readonly<GEdge>, context: RenderingContext, args?: IViewArgs): VNode | undefined {
        // an edge far outside the view is not routed at all (see LazyRoutingGraphView)
        return outsideView(edge, context) ? undefined : super.render(edge, context, args);
    }

    protected override renderAdditionals(edge: GEdge, segments: { x: number; y: number }[], _context: RenderingContext): VNode[] {
        if (!detailed(edge)) {
            return [];
        }
        if (edge.cssClasses?.includes('gap')) {
            placeGapLabel(edge, segments);
        }
        const p1 = segments[segments.length - 2];
        const p2 = segments[segments.length - 1];
        if (!p1 || !p2) {
            return [];
        }
        const angle = (Math.atan2(p2.y - p1.y, p2.x - p1.x) * 180) / Math.PI;
        const head = <path class-arrow={true} d='M0,0 L-10,-5 L-10,5 Z' transform={`translate(${p2.x},${p2.y}) rotate(${angle})`} />;
        // a relation's name only on the edge under the mouse or selected: the concepts at both ends already say it, and
        // 250 names on the DIE overview covered each other
        const name = (edge as GEdge & ArgsAware).args?.label;
        if (typeof name !== 'string' || !(edge.selected || edge.hoverFeedback)) {
            return [head];
        }
        const middle = along(segments, 0.5);
        return [head, <text class-sprotty-label={true} class-relation-label={true} x={middle.x} y={middle.y + 4}>{name}</text>];
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
        const text = detailed(label) ? super.render(label, context) : undefined;
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

/** A label drawn only where it can be read (see {@link DETAIL_ZOOM}). */
@injectable()
export class DetailLabelView extends GLabelView {
    override render(label: Readonly<GLabel>, context: RenderingContext): VNode | undefined {
        return detailed(label) ? super.render(label, context) : undefined;
    }
}
