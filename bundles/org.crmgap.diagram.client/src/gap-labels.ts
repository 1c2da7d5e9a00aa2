import { GEdge, GLabel, GModelRoot, GNode } from '@eclipse-glsp/client';

interface Box { x: number; y: number; w: number; h: number }
interface Point { x: number; y: number }

const meets = (a: Box, b: Box) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

/** Side of a grid cell in diagram units: a label's candidate box is tested against the boxes of its cells only. */
const CELL = 256;

/** Boxes filed by the grid cells they cover (testing every node for every gap took seconds on 2,000 nodes). */
class BoxGrid<T extends Box> {
    private readonly cells = new Map<string, T[]>();

    add(box: T): void {
        this.keys(box).forEach(k => {
            const cell = this.cells.get(k);
            if (cell) {
                cell.push(box);
            } else {
                this.cells.set(k, [box]);
            }
        });
    }

    some(box: Box, hit: (other: T) => boolean): boolean {
        return this.keys(box).some(k => (this.cells.get(k) ?? []).some(o => meets(o, box) && hit(o)));
    }

    private keys(b: Box): string[] {
        const keys: string[] = [];
        for (let i = Math.floor(b.x / CELL); i <= Math.floor((b.x + b.w) / CELL); i++) {
            for (let j = Math.floor(b.y / CELL); j <= Math.floor((b.y + b.h) / CELL); j++) {
                keys.push(i + ',' + j);
            }
        }
        return keys;
    }
}

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
export function along(route: Point[], t: number): Point {
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

interface Placed extends Box { edge: string }

/**
 * What gap labels keep off, for one model (the server sends a new model after every change): the nodes, and the gap
 * labels placed so far, each label's latest place counting.
 */
class Obstacles {
    readonly nodes = new BoxGrid<Box>();
    readonly labels = new BoxGrid<Placed>();
    readonly latest = new Map<string, Placed>();

    constructor(root: GModelRoot) {
        [...root.index.all()].filter((e): e is GNode => e instanceof GNode).forEach(n => this.nodes.add(nodeBox(n)));
    }

    free(box: Box, edge: string): boolean {
        return !this.nodes.some(box, () => true) && !this.labels.some(box, o => o.edge !== edge && this.latest.get(o.edge) === o);
    }

    place(box: Box, edge: string): void {
        const placed = { ...box, edge };
        this.latest.set(edge, placed);
        this.labels.add(placed);
    }
}

const obstacles = new WeakMap<GModelRoot, Obstacles>();

/** A gap label's width in diagram units, estimated from its text (placed before the browser has measured it). */
export const gapLabelWidth = (text: string) => text.length * 6.8 + 6;

/**
 * Moves a gap's label along its route to the first place, from the middle outwards, where it covers no node and no
 * other gap label (the routes are drawn by the client, so the server cannot place it).
 */
export function placeGapLabel(edge: GEdge, route: Point[]): void {
    const label = edge.children.find((c): c is GLabel => c instanceof GLabel) as (GLabel & { edgePlacement?: { position: number } }) | undefined;
    if (!label || !label.edgePlacement || route.length < 2) {
        return;
    }
    let known = obstacles.get(edge.root);
    if (!known) {
        known = new Obstacles(edge.root);
        obstacles.set(edge.root, known);
    }
    const width = gapLabelWidth(label.text), height = 16;
    for (const t of [0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8, 0.15, 0.85, 0.1, 0.9]) {
        const p = along(route, t);
        const box = { x: p.x - width / 2, y: p.y - height / 2, w: width, h: height };
        if (known.free(box, edge.id)) {
            label.edgePlacement = { ...label.edgePlacement, position: t };
            known.place(box, edge.id);
            return;
        }
    }
}
