import { GLSPActionDispatcher, GModelRoot, GShapeElement, SetViewportAction } from '@eclipse-glsp/client';

/** The page's margin around a fitted drawing, in screen pixels. */
const PAD = 20;

interface Box {
    x: number;
    y: number;
    width: number;
    height: number;
}

/** Where one of the page's own controls lies over the canvas, in canvas pixels. */
function controlIn(canvas: Box, selector: string): Box | undefined {
    const r = document.querySelector(selector)?.getBoundingClientRect();
    return r && r.width > 0 && r.height > 0 ? { x: r.left - canvas.x, y: r.top - canvas.y, width: r.width, height: r.height } : undefined;
}

/**
 * The parts of the canvas a fitted drawing may take, so that no node ends up under the page's controls: below the palette
 * button, and above the toolbar and legend (bottom left) or right of them, whichever lets the drawing be bigger.
 */
function fitAreas(canvas: Box): Box[] {
    // below the palette button (top right)
    const palette = controlIn(canvas, '.crmgap-palette-toggle');
    const top = Math.max(PAD, palette ? palette.y + palette.height + PAD / 2 : 0);
    const all = { x: PAD, y: top, width: canvas.width - 2 * PAD, height: canvas.height - top - PAD };
    const bar = controlIn(canvas, '.crmgap-overlay');
    const areas = bar ? [{ ...all, height: bar.y - top - PAD }, { ...all, x: bar.x + bar.width + PAD, width: canvas.width - bar.x - bar.width - 2 * PAD }]
        : [all];
    return areas.filter(a => a.width > 0 && a.height > 0);
}

/** Fit, the page's opening view and plain scrolling, from the nodes' own bounds. */
export function viewportFunctions(root: () => Readonly<GModelRoot>, dispatcher: GLSPActionDispatcher) {
    const scrollTo = (x: number, y: number, zoom = 1) =>
        dispatcher.dispatch(SetViewportAction.create(root().id, { scroll: { x, y }, zoom }, { animate: false }));
    const nodes = () => root().children.filter((c): c is GShapeElement => c instanceof GShapeElement && c.type.startsWith('node:'));
    // bounds of the top-level nodes, in diagram units
    const extent = () => {
        const all = nodes();
        if (all.length === 0) {
            return undefined;
        }
        return {
            minX: Math.min(...all.map(n => n.position.x)), minY: Math.min(...all.map(n => n.position.y)),
            maxX: Math.max(...all.map(n => n.position.x + n.size.width)), maxY: Math.max(...all.map(n => n.position.y + n.size.height))
        };
    };
    // (sprotty's FitToScreen gave NaN scrolls on this model)
    const fit = () => {
        const e = extent();
        const canvas = root().canvasBounds;
        if (!e || !canvas || !(canvas.width > 0)) {
            return Promise.resolve();
        }
        const zoomIn = (a: Box) => Math.min(1, a.width / (e.maxX - e.minX), a.height / (e.maxY - e.minY));
        // a page too small for any area: the whole canvas, margins and controls ignored
        const areas = fitAreas(canvas);
        const area = areas.reduce((best, a) => (zoomIn(a) > zoomIn(best) ? a : best), areas[0] ?? { x: 0, y: 0, width: canvas.width, height: canvas.height });
        const zoom = zoomIn(area);
        return zoom > 0 ? scrollTo(e.minX - area.x / zoom, e.minY - area.y / zoom, zoom) : Promise.resolve();
    };
    // at zoom 1 the smallest label is 11 px on screen. A diagram bigger than the page opens on its top, from the
    // left where the most whole nodes fit in the page (the top-left corner of a ragged drawing can be empty)
    const home = () => {
        const e = extent();
        const canvas = root().canvasBounds;
        if (!e) {
            return Promise.resolve();
        }
        const w = canvas && canvas.width > 0 ? canvas.width : 1000, h = canvas && canvas.height > 0 ? canvas.height : 700;
        const all = nodes();
        const candidates = all.filter(n => n.position.y < e.minY + h).sort((a, b) => a.position.y - b.position.y).slice(0, 200);
        let best = { x: e.minX - PAD, y: e.minY - PAD, count: -1 };
        for (const c of candidates) {
            const x = c.position.x - PAD, y = e.minY - PAD;
            const count = all.filter(n => n.position.x >= x && n.position.y >= y && n.position.x + n.size.width <= x + w
                && n.position.y + n.size.height <= y + h).length;
            if (count > best.count || (count === best.count && x < best.x)) {
                best = { x, y, count };
            }
        }
        return scrollTo(best.x, best.y, 1);
    };
    return { scrollTo, fit, home };
}
