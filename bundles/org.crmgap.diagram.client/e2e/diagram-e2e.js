// End-to-end run of the diagram client in headless Chromium (Debian's /usr/bin/chromium driven by playwright-core).
// Usage: node e2e/diagram-e2e.js <page-url> <output-dir>
// The Java test (ChromiumDiagramTest) starts the diagram server, runs this, then checks the model on the server.
// Prints one "E2E <step> <json>" line per step; exits 1 with the reason when a step fails. Errors the page logs
// to its console and uncaught page errors are reported as a "page-problems" step before "done" (the Java test
// fails on them).
const { launch } = require('./chromium');
const { measure } = require('./readability');
const fs = require('fs');
const path = require('path');

// With a third argument (a name) the run only renders, fits and takes the screenshot <name>.png.
const [url, out, renderOnly] = process.argv.slice(2);
if (!url || !out) {
    console.error('usage: node diagram-e2e.js <page-url> <output-dir> [name]');
    process.exit(2);
}
fs.mkdirSync(out, { recursive: true });

const NODE = 'g[data-svg-metadata-type^="node:"]';
const report = (step, data) => console.log('E2E ' + step + ' ' + JSON.stringify(data ?? {}));

(async () => {
    const browser = await launch();
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const problems = [];
    page.on('pageerror', e => problems.push('pageerror: ' + e.message));
    page.on('console', m => { if (m.type() === 'error') problems.push('console: ' + m.text()); });
    const shot = name => page.screenshot({ path: path.join(out, name + '.png') });
    const count = sel => page.evaluate(s => document.querySelectorAll(s).length, sel);
    // nodes drawn (in the DOM, not only in the client's model) with their centre inside the viewport
    const inView = () => page.evaluate(s => [...document.querySelectorAll(s)].filter(g => {
        const r = g.getBoundingClientRect();
        const x = r.left + r.width / 2, y = r.top + r.height / 2;
        return r.width > 0 && r.height > 0 && x >= 0 && y >= 0 && x <= window.innerWidth && y <= window.innerHeight;
    }).length, NODE);
    // nodes drawn under the page's own controls (the toolbar and legend, the palette button), which hide them
    const underControls = () => page.evaluate(s => {
        const controls = [...document.querySelectorAll('.crmgap-overlay, .crmgap-palette-toggle')].map(c => c.getBoundingClientRect());
        return [...document.querySelectorAll(s)].filter(g => {
            const r = g.getBoundingClientRect();
            return controls.some(c => r.left < c.right && c.left < r.right && r.top < c.bottom && c.top < r.bottom);
        }).map(g => g.textContent.trim()).slice(0, 10);
    }, NODE);
    // resolves when no node has moved for 600 ms (positions from the client's model)
    const settled = () => page.waitForFunction(() => {
        const now = JSON.stringify(window.crmgap.root().children.filter(c => c.type.startsWith('node:'))
            .map(n => [n.id, Math.round(n.position.x), Math.round(n.position.y)]));
        const s = window.crmgapSettle || (window.crmgapSettle = { last: '', since: Date.now() });
        if (now !== s.last) {
            s.last = now;
            s.since = Date.now();
        }
        return Date.now() - s.since >= 600;
    }, null, { timeout: 15000, polling: 100 });
    const finish = async () => {
        if (problems.length) report('page-problems', problems);
        report('done', {});
        await browser.close();
    };
    try {
        const t0 = Date.now();
        await page.goto(url);
        await page.waitForFunction(() => window.crmgap && window.crmgap.status === 'loaded', null, { timeout: 30000 });
        await page.waitForSelector(NODE, { timeout: 30000 });
        await page.waitForTimeout(500);
        const model = () => page.evaluate(() => ({ nodes: window.crmgap.count('node:'), gaps: window.crmgap.count('edge:gap-') }));
        const before = await model();
        report('rendered', { ms: Date.now() - t0, ...before });
        // as the page opens, before any Fit: is it readable?
        report('opening', await measure(page));
        await shot((renderOnly || 'diagram') + '-opening');
        await page.evaluate(() => window.crmgap.fit());
        await page.waitForFunction(n => {
            const nodes = [...document.querySelectorAll('g[data-svg-metadata-type^="node:"]')];
            return nodes.length >= n;
        }, before.nodes, { timeout: 10000 });
        await page.waitForTimeout(500);
        report('fitted', { inView: await inView(), underControls: await underControls(), ...(await measure(page)) });
        await shot(renderOnly || '1-overview');
        // overlaps as the user sees them at full size (text at a few pixels is laid out with other metrics): the
        // whole diagram at zoom 1 in a page as big as the drawing, so every node is drawn
        const whole = await page.evaluate(() => {
            const nodes = window.crmgap.root().children.filter(c => c.type.startsWith('node:'));
            const x = Math.min(...nodes.map(n => n.position.x)), y = Math.min(...nodes.map(n => n.position.y));
            return { x, y, w: Math.max(...nodes.map(n => n.position.x + n.size.width)) - x, h: Math.max(...nodes.map(n => n.position.y + n.size.height)) - y };
        });
        await page.setViewportSize({ width: Math.ceil(whole.w + 120), height: Math.ceil(whole.h + 120) });
        await page.waitForTimeout(300);
        await page.evaluate(w => window.crmgap.scrollTo(w.x - 40, w.y - 40, 1), whole);
        await page.waitForFunction(n => document.querySelectorAll('g[data-svg-metadata-type^="node:"]').length >= n, before.nodes, { timeout: 10000 });
        await page.waitForTimeout(500);
        report('full-size', await measure(page));
        // each gap label's actions badge as drawn at full size: clear of its text, the text in its severity's colour
        report('badges', await page.evaluate(() => [...document.querySelectorAll('g[data-svg-metadata-type="label:gap"] .actions-badge')]
            .map(b => {
                const text = b.parentElement.querySelector(':scope > text');
                const r = e => e.getBoundingClientRect();
                const a = r(b.querySelector('circle')), t = r(text);
                return {
                    label: text.textContent, count: b.querySelector('text').textContent, overdue: b.classList.contains('overdue'),
                    clear: a.right <= t.left + 0.5 || a.left >= t.right - 0.5 || a.bottom <= t.top + 0.5 || a.top >= t.bottom - 0.5,
                    fill: getComputedStyle(text).fill, weight: getComputedStyle(text).fontWeight
                };
            })));
        fs.writeFileSync(path.join(out, (renderOnly || 'diagram') + '-full-size.svg.html'),
            await page.evaluate(() => document.querySelector('#crmgap-diagram').outerHTML));
        await page.setViewportSize({ width: 1400, height: 900 });
        await page.waitForTimeout(300);
        if (renderOnly) {
            await finish();
            return;
        }

        // create: palette tool, then a click on empty canvas (left of the diagram after panning)
        // the leftmost expectation, and empty canvas left of the diagram, both in view at zoom 0.5
        const first = await page.evaluate(() => window.crmgap.root().children.filter(c => c.type === 'node:expectation')
            .sort((a, b) => a.position.x - b.position.x)[0].position);
        await page.evaluate(y => window.crmgap.scrollTo(-600, y, 0.5), first.y - 300);
        await page.waitForTimeout(300);
        // the palette starts closed: one button opens it
        const paletteHeight = () => page.evaluate(() => document.querySelector('.tool-palette').getBoundingClientRect().height);
        if (await paletteHeight() > 2) throw new Error('the palette is open at the start: ' + await paletteHeight() + ' px high');
        await page.click('.crmgap-palette-toggle');
        await page.click('.tool-palette .tool-button:has-text("Customer segment")');
        await page.mouse.click(100, 300);
        await page.waitForFunction(n => window.crmgap.count('node:') > n, before.nodes, { timeout: 10000 });
        await page.keyboard.press('Escape');
        await page.waitForTimeout(300);
        // the model has the node at once; drawing it may take longer on a slow (cold) machine
        const created = await page.waitForFunction(() => {
            const all = [...document.querySelectorAll('g[data-svg-metadata-type="node:segment"]')];
            const g = all.find(e => e.textContent.includes('New customer segment'));
            return g ? g.id : null;
        }, null, { timeout: 10000 }).then(h => h.jsonValue(), () => null);
        if (!created) throw new Error('the new segment is not drawn');
        report('created', { id: created, ...(await model()) });
        await shot('2-created-from-palette');

        // edge: Gap 5 tool from an expectation to the new segment, once the drawing has settled (the new shape's
        // measured bounds make a round trip to the server; positions read before it ends can be stale)
        await settled();
        const centre = id => page.evaluate(i => {
            const r = document.getElementById(i).getBoundingClientRect();
            return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
        }, id);
        // the expectation nearest to the new segment, both brought into view left of the open palette
        const expectation = await page.evaluate(domId => {
            const nodes = window.crmgap.root().children.filter(c => c.type.startsWith('node:'));
            const segment = nodes.find(n => domId === 'crmgap-diagram_' + n.id); // sprotty's DOM id: widget id, '_', element id
            const centre = n => ({ x: n.position.x + n.size.width / 2, y: n.position.y + n.size.height / 2 });
            const s = centre(segment);
            const distance = n => Math.hypot(centre(n).x - s.x, centre(n).y - s.y);
            const nearest = nodes.filter(n => n.type === 'node:expectation').sort((a, b) => distance(a) - distance(b))[0];
            if (!nearest) return null;
            const both = [segment, nearest];
            const x0 = Math.min(...both.map(n => n.position.x)), y0 = Math.min(...both.map(n => n.position.y));
            const x1 = Math.max(...both.map(n => n.position.x + n.size.width)), y1 = Math.max(...both.map(n => n.position.y + n.size.height));
            const zoom = Math.min(1, 700 / (x1 - x0), 600 / (y1 - y0));
            window.crmgap.scrollTo(x0 - 100 / zoom, y0 - 150 / zoom, zoom);
            return 'crmgap-diagram_' + nearest.id;
        }, created);
        if (!expectation) throw new Error('no expectation to draw a gap from');
        await page.waitForFunction(id => document.getElementById(id) !== null, expectation, { timeout: 10000 });
        await page.waitForTimeout(300);

        await page.click('.tool-palette .tool-button:has-text("Gap 5 Customer")');
        const from = await centre(expectation);
        const to = await centre(created);
        // onto the source first, as a user does: the tool asks the server (dynamic type hints) and ignores a click before the answer
        await page.mouse.move(from.x, from.y, { steps: 4 });
        await page.waitForFunction(() => document.querySelector('#crmgap-diagram svg.sprotty-graph')
            .classList.contains('edge-creation-select-source-mode'), null, { timeout: 5000 })
            .catch(() => { throw new Error('the server did not accept the expectation as a Gap 5 source'); });
        await page.mouse.click(from.x, from.y);
        // the tool took the expectation as the source when it draws the dangling edge
        await page.waitForFunction(() => document.querySelector('[id$="_feedback_edge"]') !== null, null, { timeout: 10000 })
            .catch(() => { throw new Error('the Gap 5 tool did not take the expectation as the source'); });
        await page.mouse.move(to.x, to.y, { steps: 5 });
        await page.waitForFunction(() => document.querySelector('#crmgap-diagram svg.sprotty-graph')
            .classList.contains('edge-creation-select-target-mode'), null, { timeout: 5000 })
            .catch(() => { throw new Error('the server did not accept the new segment as a Gap 5 target'); });
        await page.mouse.click(to.x, to.y);
        await page.waitForFunction(n => window.crmgap.count('edge:gap-') > n, before.gaps, { timeout: 10000 });
        await page.keyboard.press('Escape');
        report('edge', await model());
        await shot('3-gap-drawn');

        // rename: double-click the name label, type, Enter
        const label = await page.evaluate(id => {
            const l = document.getElementById(id).querySelector('g[data-svg-metadata-type="label:name"], .sprotty-label');
            const r = l.getBoundingClientRect();
            return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
        }, created);
        await page.mouse.dblclick(label.x, label.y);
        const editor = await page.waitForSelector('.label-edit input, .label-edit textarea', { timeout: 5000 });
        await editor.fill('Drawn in Chromium');
        await page.keyboard.press('Enter');
        await page.waitForFunction(id => document.getElementById(id)?.textContent.includes('Drawn in Chromium'), created, { timeout: 10000 });
        report('renamed', {});
        await shot('4-renamed');

        // undo with the keyboard: the rename goes
        await page.mouse.click(700, 5); // focus the diagram without selecting anything
        await page.keyboard.press('Control+z');
        await page.waitForFunction(id => document.getElementById(id)?.textContent.includes('New customer segment'), created, { timeout: 10000 });
        report('undone', {});
        await shot('5-undone');

        // export SVG
        const svg = await page.evaluate(() => window.crmgap.exportSvg());
        fs.writeFileSync(path.join(out, 'diagram.svg'), svg);
        report('svg', { bytes: svg.length });
        const png = await page.evaluate(() => window.crmgap.exportPng());
        fs.writeFileSync(path.join(out, 'diagram.png'), Buffer.from(png, 'base64'));
        report('png', { bytes: png.length });
        await finish();
    } catch (e) {
        await shot('failure').catch(() => undefined);
        console.log('E2E failed ' + JSON.stringify({ message: String(e && e.message || e), problems }));
        await browser.close();
        process.exit(1);
    }
})();
