// Readability of the diagram as drawn, measured from the page's DOM (what the user sees, not the client's model).
// measure(page) returns:
//   nodes            nodes drawn in the DOM
//   nodeOverlaps     pairs of node outlines that overlap (a node and the container it is drawn in do not count)
//   labels           labels drawn (text of nodes and edges)
//   labelOverlaps    pairs of labels whose text boxes overlap
//   cutLabels        name labels shortened with "…" or running out of their node's outline
//   minFontPx        smallest label font on screen (CSS font size times the zoom), of the labels inside the viewport
//   aspect           the drawing's width/height (node outlines) divided by the viewport's width/height
//   edgesThroughNodes edges whose line crosses a node that is neither its end nor holds one (measured, not judged yet)
// Overlaps are counted in the diagram's own units (screen boxes divided by the zoom) with a tolerance of 1 unit, so
// touching boxes do not count.
exports.measure = page => page.evaluate(() => {
    const NODE = 'g[data-svg-metadata-type^="node:"]';
    const svgRoot = document.querySelector('#crmgap-diagram svg');
    const graph = svgRoot.querySelector('g');
    const zoom = graph.getScreenCTM().a;
    const box = e => {
        const r = e.getBoundingClientRect();
        return { x: r.left / zoom, y: r.top / zoom, r: r.right / zoom, b: r.bottom / zoom, w: r.width, h: r.height, sx: r.left, sy: r.top, sr: r.right, sb: r.bottom };
    };
    const overlap = (a, b) => Math.min(a.r, b.r) - Math.max(a.x, b.x) > 1 && Math.min(a.b, b.b) - Math.max(a.y, b.y) > 1;
    // the visible diagram only: GLSP also renders elements into a hidden SVG to measure them
    const nodes = [...svgRoot.querySelectorAll(NODE)];
    const outlines = nodes.map(g => ({ g, box: box(g.querySelector(':scope > path.outline') || g) }));
    const pairs = (items, skip) => {
        const found = [];
        // sweep over x so big diagrams stay fast
        const sorted = [...items].sort((a, b) => a.box.x - b.box.x);
        for (let i = 0; i < sorted.length; i++) {
            for (let j = i + 1; j < sorted.length && sorted[j].box.x < sorted[i].box.r; j++) {
                if (overlap(sorted[i].box, sorted[j].box) && !skip(sorted[i], sorted[j])) {
                    found.push([sorted[i].name, sorted[j].name]);
                }
            }
        }
        return found;
    };
    const named = (g, what) => (g.getAttribute('data-svg-metadata-type') || '') + ' ' + (what.textContent || '').trim().slice(0, 40);
    outlines.forEach(o => { o.name = named(o.g, o.g.querySelector('text') || o.g); });
    const nested = (a, b) => a.g.contains(b.g) || b.g.contains(a.g);
    const nodeOverlaps = pairs(outlines, nested);
    const detail = o => o.name + ' ' + o.g.getAttribute('transform') + ' ' + (o.g.querySelector(':scope > path.outline')?.getAttribute('d') || '').slice(0, 60);
    const overlapDetails = [];
    for (let i = 0; i < outlines.length && overlapDetails.length < 2; i++) {
        for (let j = i + 1; j < outlines.length; j++) {
            if (overlap(outlines[i].box, outlines[j].box) && !nested(outlines[i], outlines[j])) {
                overlapDetails.push([detail(outlines[i]), detail(outlines[j])]);
                break;
            }
        }
    }
    const texts = [...svgRoot.querySelectorAll('text.sprotty-label')].filter(t => t.textContent.trim() && getComputedStyle(t).display !== 'none'
        && getComputedStyle(t).visibility !== 'hidden')
        .map(t => ({ t, box: box(t), name: (t.closest('[data-svg-metadata-type]')?.getAttribute('data-svg-metadata-type') || '') + ' ' + t.textContent.trim() }));
    const labelOverlaps = pairs(texts, () => false);
    const cutLabels = texts.filter(l => {
        const owner = l.t.closest(NODE);
        const outline = owner && owner.querySelector(':scope > path.outline');
        if (!outline || l.t.parentElement.closest(NODE) !== owner) {
            return false;
        }
        const o = box(outline);
        return l.t.textContent.includes('\u2026') || l.box.r > o.r + 1 || l.box.x < o.x - 1;
    }).map(l => l.name);
    // a segment and a box (shrunk by 2 units, so a line along a border does not count): Liang-Barsky clipping
    const crosses = (p, q, b) => {
        let t0 = 0, t1 = 1;
        const dx = q.x - p.x, dy = q.y - p.y;
        for (const [d, f] of [[-dx, p.x - b.x - 2], [dx, b.r - 2 - p.x], [-dy, p.y - b.y - 2], [dy, b.b - 2 - p.y]]) {
            if (d === 0) {
                if (f < 0) return false;
            } else if (d < 0) {
                t0 = Math.max(t0, f / d);
            } else {
                t1 = Math.min(t1, f / d);
            }
        }
        return t0 < t1;
    };
    const through = [];
    for (const g of svgRoot.querySelectorAll('g.sprotty-edge')) {
        const path = g.querySelector(':scope > path');
        const edge = window.crmgap.root().index.getById(g.id.replace(/^crmgap-diagram_/, ''));
        if (!path || !edge || !edge.sourceId) continue;
        const m = path.getScreenCTM();
        const points = [...(path.getAttribute('d') || '').matchAll(/(-?[\d.]+)[ ,](-?[\d.]+)/g)]
            .map(([, x, y]) => ({ x: (m.a * x + m.c * y + m.e) / zoom, y: (m.b * x + m.d * y + m.f) / zoom }));
        const ends = [edge.sourceId, edge.targetId].map(id => document.getElementById('crmgap-diagram_' + id)).filter(e => e);
        const hit = outlines.find(o => !ends.some(e => o.g.contains(e)) && points.some((p, i) => i > 0 && crosses(points[i - 1], p, o.box)));
        if (hit) through.push(named(g, g) + ' through ' + hit.name);
    }
    const vw = svgRoot.clientWidth, vh = svgRoot.clientHeight;
    const svgBox = svgRoot.getBoundingClientRect();
    const inView = texts.filter(l => l.box.sx >= svgBox.left && l.box.sr <= svgBox.right && l.box.sy >= svgBox.top && l.box.sb <= svgBox.bottom);
    const fonts = inView.map(l => Number.parseFloat(getComputedStyle(l.t).fontSize) * l.t.getScreenCTM().a);
    const minX = Math.min(...outlines.map(o => o.box.x)), maxX = Math.max(...outlines.map(o => o.box.r));
    const minY = Math.min(...outlines.map(o => o.box.y)), maxY = Math.max(...outlines.map(o => o.box.b));
    const aspect = ((maxX - minX) / (maxY - minY)) / (vw / vh);
    return {
        zoom: Math.round(zoom * 1000) / 1000, nodes: nodes.length, nodeOverlaps: nodeOverlaps.length, labels: texts.length,
        labelOverlaps: labelOverlaps.length, cutLabels: cutLabels.length, labelsInView: inView.length,
        minFontPx: fonts.length ? Math.round(Math.min(...fonts) * 100) / 100 : 0, aspect: Math.round(aspect * 1000) / 1000,
        drawing: [Math.round(maxX - minX), Math.round(maxY - minY)], edgesThroughNodes: through.length,
        examples: { edgesThroughNodes: through.slice(0, 3), overlapDetails, nodeOverlaps: nodeOverlaps.slice(0, 5), labelOverlaps: labelOverlaps.slice(0, 5), cutLabels: cutLabels.slice(0, 5) }
    };
});
