// The gap-model figure in headless Chromium, read as a user sees it.
// Usage: node e2e/figure-e2e.js <page-url> <output-dir>
// GapFigureChromiumTest starts the server, runs this and checks what it prints: "E2E figure" (the boxes and tags with
// their texts as drawn, overlapping boxes or texts, texts running out of their box), "E2E segment" (the same after
// picking "Relationship banking" in the segment selector, with the selector's options), then "page-problems" (console
// and page errors) and "done". Writes gap-model.png and gap-model-segment.png.
const { launch } = require('./chromium');
const fs = require('fs');
const path = require('path');

const [url, out] = process.argv.slice(2);
if (!url || !out) {
    console.error('usage: node figure-e2e.js <page-url> <output-dir>');
    process.exit(2);
}
fs.mkdirSync(out, { recursive: true });
const report = (step, data) => console.log('E2E ' + step + ' ' + JSON.stringify(data ?? {}));

// what a user sees of the figure: boxes and tags with their texts, and what overlaps or overflows
const readFigure = () => {
    const rect = e => { const r = e.getBoundingClientRect(); return { x: r.left, y: r.top, w: r.width, h: r.height }; };
    const of = type => [...document.querySelectorAll(`g[data-svg-metadata-type="${type}"]`)];
    const texts = g => [...g.querySelectorAll(':scope > text')].map(t => t.textContent);
    const shapes = [...of('node:figure-box'), ...of('node:figure-part')].map(g => ({
        kind: 'box', texts: texts(g), frame: rect(g.querySelector(':scope > .frame')), g
    })).concat(of('node:figure-tag').map(g => ({
        kind: 'tag', texts: texts(g), frame: rect(g.querySelector(':scope > .frame')), g,
        severity: [...g.classList].find(c => c.startsWith('severity-')),
        tooltip: g.querySelector(':scope > title')?.textContent ?? '',
        badge: g.querySelector(':scope > .actions-badge')
    })));
    const overlap = (a, b) => a.x < b.x + b.w - 0.5 && b.x < a.x + a.w - 0.5 && a.y < b.y + b.h - 0.5 && b.y < a.y + a.h - 0.5;
    const inside = (a, b) => a.x >= b.x - 0.5 && a.y >= b.y - 0.5 && a.x + a.w <= b.x + b.w + 0.5 && a.y + a.h <= b.y + b.h + 0.5;
    const overlaps = [];
    const overflow = [];
    const allTexts = [];
    shapes.forEach((s, i) => {
        shapes.slice(i + 1).forEach(o => {
            // a part or tag inside the delivery box is meant to be there
            if (overlap(s.frame, o.frame) && !inside(s.frame, o.frame) && !inside(o.frame, s.frame)) {
                overlaps.push(s.texts[0] + ' / ' + o.texts[0]);
            }
        });
        s.g.querySelectorAll(':scope > text').forEach(t => {
            const r = rect(t);
            if (!inside(r, s.frame)) overflow.push(t.textContent);
            allTexts.push({ text: t.textContent, r, px: parseFloat(getComputedStyle(t).fontSize) * t.getScreenCTM().a });
            // the actions badge sits in the tag's corner, clear of its lines
            if (s.badge && overlap(rect(s.badge.querySelector('circle')), r)) overlaps.push('badge / "' + t.textContent + '"');
        });
        if (s.badge && !inside(rect(s.badge.querySelector('circle')), s.frame)) overflow.push('badge of ' + s.texts[0]);
    });
    allTexts.forEach((a, i) => allTexts.slice(i + 1).forEach(b => {
        if (overlap(a.r, b.r)) overlaps.push('text "' + a.text + '" / "' + b.text + '"');
    }));
    const smallest = Math.min(...allTexts.map(t => t.px));
    return {
        boxes: shapes.filter(s => s.kind === 'box').map(s => s.texts),
        tags: shapes.filter(s => s.kind === 'tag').map(s => ({
            lines: s.texts, severity: s.severity, tooltip: s.tooltip,
            badge: s.badge ? { text: s.badge.querySelector('text').textContent, overdue: s.badge.classList.contains('overdue'),
                title: s.badge.querySelector('title')?.textContent ?? '', fill: getComputedStyle(s.badge.querySelector('circle')).fill } : null
        })),
        arrows: of('edge:figure-gap').filter(g => g.querySelector('path')).length,
        palette: !!document.querySelector('.tool-palette:not(.collapsed)') && getComputedStyle(document.querySelector('.tool-palette')).display !== 'none',
        overlaps, overflow, smallestFontPx: smallest
    };
};

(async () => {
    const browser = await launch();
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const problems = [];
    page.on('pageerror', e => problems.push('pageerror: ' + e.message));
    page.on('console', m => { if (m.type() === 'error') problems.push('console: ' + m.text()); });
    try {
        await page.goto(url);
        await page.waitForFunction(() => window.crmgap && window.crmgap.status === 'loaded', null, { timeout: 30000 });
        await page.waitForSelector('g[data-svg-metadata-type="node:figure-tag"]', { timeout: 30000 });
        await page.waitForTimeout(500);
        await page.screenshot({ path: path.join(out, 'gap-model.png') });
        report('figure', await page.evaluate(readFigure));
        // one relationship profile from the selector: the figure is drawn again for it
        const tagTexts = () => page.evaluate(() => [...document.querySelectorAll('g[data-svg-metadata-type="node:figure-tag"] text')]
            .map(t => t.textContent).join('|'));
        const before = await tagTexts();
        const options = await page.$$eval('.crmgap-figure-segment option', os => os.map(o => o.textContent));
        await page.selectOption('.crmgap-figure-segment select', { label: 'Relationship banking' });
        await page.waitForFunction(b => [...document.querySelectorAll('g[data-svg-metadata-type="node:figure-tag"] text')]
            .map(t => t.textContent).join('|') !== b, before, { timeout: 10000 });
        await page.waitForTimeout(300);
        await page.screenshot({ path: path.join(out, 'gap-model-segment.png') });
        report('segment', { options, ...await page.evaluate(readFigure) });
    } catch (e) {
        console.error('E2E failed: ' + (e && e.stack || e));
        await page.screenshot({ path: path.join(out, 'gap-model-failure.png') }).catch(() => {});
        await browser.close();
        process.exit(1);
    }
    if (problems.length) report('page-problems', problems);
    report('done', {});
    await browser.close();
})();
