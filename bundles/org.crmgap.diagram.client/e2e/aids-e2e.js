// GLSP's editing aids in headless Chromium, used as a user does: mouse and keys, no internal calls to act.
// Usage: node e2e/aids-e2e.js <page-url> <output-dir> <segment name> <taken expectation name> <expectation to rename>
// DiagramAidsChromiumTest starts the server on the analysed example, runs this, then checks the steps it prints
// ("E2E <step> <json>") and the model on the server. Screenshots aids-*.png.
const { report, openPage, done, failed } = require('./chromium');

const [url, out, revealName, takenName, renamedName] = process.argv.slice(2);
if (!url || !out || !revealName || !takenName || !renamedName) {
    console.error('usage: node aids-e2e.js <page-url> <output-dir> <name to reveal> <taken name> <name of the element to rename>');
    process.exit(2);
}

(async () => {
    const { browser, page, problems, shot } = await openPage(out, 'aids-');
    // the model node (id, position, size, selected) whose name label says `name`
    const node = name => page.evaluate(n => {
        const found = window.crmgap.root().children.find(c => c.type.startsWith('node:')
            && c.children.some(l => l.type === 'label:name' && l.text === n));
        return found && { id: found.id, x: found.position.x, y: found.position.y, w: found.size.width, h: found.size.height,
            selected: found.selected === true };
    }, name);
    const rect = domId => page.evaluate(i => {
        const e = document.getElementById(i);
        if (!e) return null;
        const r = e.getBoundingClientRect();
        return { x: r.x, y: r.y, w: r.width, h: r.height, cx: r.x + r.width / 2, cy: r.y + r.height / 2 };
    }, domId);
    const dom = id => 'crmgap-diagram_' + id;
    // a point where the mouse takes the node itself: on its outline's inside, not on its name (edited, not dragged)
    // and not on an edge running over it
    const grabPoint = domId => page.evaluate(i => {
        const g = document.getElementById(i);
        const r = g.getBoundingClientRect();
        for (const fy of [0.5, 0.35, 0.65, 0.25, 0.75]) {
            for (const fx of [0.06, 0.1, 0.9, 0.94, 0.15, 0.85, 0.5]) {
                const x = r.x + fx * r.width, y = r.y + fy * r.height;
                const hit = document.elementFromPoint(x, y);
                if (hit && hit.tagName !== 'text' && hit.closest('g[id]') === g) {
                    return { x, y };
                }
            }
        }
        return null;
    }, domId);
    const drag = async (domId, dx, dy) => {
        // nothing transient under the mouse: a hover popup from the last step closes when the mouse leaves
        await page.mouse.move(700, 5);
        await page.waitForFunction(() => !document.querySelector('.sprotty-popup:not(.sprotty-popup-closed)')
            || getComputedStyle(document.querySelector('.sprotty-popup')).display === 'none', null, { timeout: 5000 }).catch(() => undefined);
        const p = await grabPoint(domId);
        if (!p) throw new Error('no free place to take ' + domId + ' with the mouse');
        await page.mouse.move(p.x, p.y);
        await page.mouse.down();
        await page.mouse.move(p.x + dx, p.y + dy, { steps: 8 });
        await page.waitForTimeout(300);
    };
    // focus the diagram without selecting: a click on empty canvas
    const focusCanvas = async () => {
        await page.mouse.click(700, 5);
        await page.waitForTimeout(200);
    };
    try {
        await page.goto(url);
        await page.waitForFunction(() => window.crmgap && window.crmgap.status === 'loaded', null, { timeout: 30000 });
        await page.waitForTimeout(500);
        report('rendered', {});

        // hover popup on a gap: its label in view at full size, the mouse on it
        const gapLabel = await page.evaluate(() => {
            const edge = window.crmgap.root().children.find(c => c.type.startsWith('edge:gap-') && c.children.length);
            return edge && edge.children[0].id;
        });
        await page.evaluate(() => window.crmgap.fit());
        await page.waitForTimeout(500);
        let r = await rect(dom(gapLabel));
        await page.mouse.move(r.cx, r.cy, { steps: 3 });
        const popup = await page.waitForSelector('.sprotty-popup .crmgap-popup', { timeout: 10000 })
            .then(h => h.evaluate(e => e.innerText), () => null);
        // drawn over the toolbar and legend, not under them (in a small editor they overlap): the toolbar moved onto
        // the popup's middle, what is seen there is the popup
        const onTop = await page.evaluate(() => {
            const pop = document.querySelector('.sprotty-popup');
            const box = pop.getBoundingClientRect();
            pop.style.pointerEvents = 'auto'; // it lets the mouse through, and so elementFromPoint
            const bar = document.querySelector('.crmgap-overlay');
            const x = box.left + box.width / 2, y = box.top + box.height / 2;
            const saved = bar.getAttribute('style');
            bar.style.left = (x - 20) + 'px';
            bar.style.top = (y - 20) + 'px';
            bar.style.bottom = 'auto';
            const seen = document.elementFromPoint(x, y);
            const covered = bar.contains(seen);
            if (saved === null) bar.removeAttribute('style'); else bar.setAttribute('style', saved);
            pop.style.pointerEvents = '';
            return !covered && !!seen.closest('.sprotty-popup');
        });
        report('gap-popup', { label: gapLabel, text: popup, onTop });
        await shot('popup');
        await page.mouse.move(5, 880);
        await page.waitForTimeout(300);

        // a relation's name is drawn only on the edge under the mouse: bring the middle of a "has expectation" edge to
        // the middle of the view at full size and point at it
        const relation = await page.evaluate(() => {
            const edge = window.crmgap.root().children.find(c => c.type === 'edge:has-expectation');
            const path = document.getElementById('crmgap-diagram_' + edge.id).querySelector('path');
            const p = path.getPointAtLength(path.getTotalLength() / 2);
            return { id: edge.id, x: p.x, y: p.y };
        });
        await page.evaluate(r => window.crmgap.scrollTo(r.x - 700, r.y - 450, 1), relation);
        await page.waitForTimeout(300);
        const names = id => page.evaluate(i => [...document.getElementById('crmgap-diagram_' + i).querySelectorAll('text.relation-label')]
            .map(t => t.textContent), id);
        const unhovered = await names(relation.id);
        // a point of the edge that no node, label or other edge covers: the middle, or the nearest such point along it
        const at = await page.evaluate(r => {
            const group = document.getElementById('crmgap-diagram_' + r.id);
            const path = group.querySelector('path');
            const m = path.getScreenCTM();
            const points = [0.5, 0.45, 0.55, 0.4, 0.6, 0.35, 0.65, 0.3, 0.7].map(f => {
                const p = path.getPointAtLength(path.getTotalLength() * f);
                return { x: m.a * p.x + m.c * p.y + m.e, y: m.b * p.x + m.d * p.y + m.f };
            });
            return points.find(p => group.contains(document.elementFromPoint(p.x, p.y))) || points[0];
        }, relation);
        await page.mouse.move(at.x, at.y, { steps: 3 });
        await page.waitForFunction(i => document.getElementById('crmgap-diagram_' + i).querySelector('text.relation-label'), relation.id,
            { timeout: 5000 }).catch(() => undefined);
        report('relation-name', { before: unhovered, hovered: await names(relation.id) });
        await shot('relation-name');
        await page.mouse.move(5, 880);
        await page.waitForTimeout(300);

        // command palette: Ctrl+Space, type part of a name, Enter: the element is selected and centred
        await focusCanvas();
        await page.keyboard.press('Control+Space');
        const input = await page.waitForSelector('.command-palette input', { timeout: 10000 });
        await input.type(revealName.substring(0, 14), { delay: 30 });
        const suggestion = await page.waitForFunction(n => [...document.querySelectorAll('div')].filter(e => !e.querySelector('div'))
            .map(e => e.textContent.replace(/\s+/g, ' ').trim()).find(t => t.startsWith('Reveal ') && t.includes(n)), revealName, { timeout: 10000 }).then(h => h.jsonValue(), () => null);
        await shot('command-palette');
        await page.keyboard.press('Enter');
        await page.waitForFunction(n => {
            const found = window.crmgap.root().children.find(c => c.children.some(l => l.type === 'label:name' && l.text === n));
            return found && found.selected;
        }, revealName, { timeout: 10000 }).catch(() => undefined);
        await page.waitForTimeout(600); // the centring is animated
        const revealed = await node(revealName);
        r = await rect(dom(revealed.id));
        report('revealed', { suggestion, selected: revealed.selected, dx: Math.round(r.cx - 700), dy: Math.round(r.cy - 450) });

        // keyboard: Alt+P opens the palette with a key per tool; NumpadAdd zooms in
        await focusCanvas();
        const zoom = () => page.evaluate(() => window.crmgap.root().zoom);
        const before = await zoom();
        await page.keyboard.press('NumpadAdd');
        await page.waitForTimeout(400);
        const after = await zoom();
        await page.keyboard.press('Alt+KeyP');
        await page.waitForTimeout(500);
        const palette = await page.evaluate(() => ({
            height: document.querySelector('.tool-palette').getBoundingClientRect().height,
            shortcuts: document.querySelectorAll('.tool-palette .key-shortcut').length,
            // GLSP's focus tracker would announce every click in a toast over the diagram
            focusToast: document.body.innerText.includes('Currently focused')
        }));
        await shot('palette-keys');
        report('keys', { zoomBefore: before, zoomAfter: after, ...palette });
        await page.keyboard.press('Escape');
        // closed again with its button, so it covers nothing the mouse works on below
        await page.click('.crmgap-palette-toggle');
        await page.waitForFunction(() => document.querySelector('.tool-palette').getBoundingClientRect().height < 2, null, { timeout: 5000 });
        await focusCanvas();

        // label edit: a sibling's name is refused with a message, Enter does not apply it
        await page.evaluate(() => window.crmgap.scrollTo(0, 0, 1));
        const target = await node(renamedName);
        await page.evaluate(t => window.crmgap.scrollTo(t.x - 200, t.y - 200, 1), target);
        await page.waitForTimeout(400);
        r = await rect(dom(target.id + '_name'));
        await page.mouse.dblclick(r.x + 10, r.cy);
        const editor = await page.waitForSelector('.label-edit input, .label-edit textarea', { timeout: 5000 });
        await editor.fill('');
        await editor.type(takenName, { delay: 10 });
        const refusal = await page.waitForFunction(() => {
            const box = document.querySelector('.label-edit.validation-error, .label-edit .validation-error, .validation-error');
            return box ? box.getAttribute('data-balloon') || box.textContent || 'error' : null;
        }, null, { timeout: 10000 }).then(h => h.jsonValue(), () => null);
        await shot('label-refused');
        await page.keyboard.press('Enter');
        await page.waitForTimeout(800);
        await page.keyboard.press('Escape');
        await page.waitForTimeout(300);
        report('label-refused', { message: refusal, shown: (await node(renamedName)) !== undefined });

        // drag: snapped to the grid, and a node dropped onto another goes back
        await focusCanvas();
        const moved = await node(renamedName);
        // a step to a free place (a drop onto a neighbour would rightly be refused; the layout decides where that is)
        const step = await page.evaluate(id => {
            const nodes = window.crmgap.root().children.filter(c => c.type.startsWith('node:'));
            const me = nodes.find(n => n.id === id);
            const free = (dx, dy) => nodes.every(n => n === me || me.position.x + dx - 10 > n.position.x + n.size.width
                || n.position.x > me.position.x + dx + me.size.width + 10 || me.position.y + dy - 10 > n.position.y + n.size.height
                || n.position.y > me.position.y + dy + me.size.height + 10);
            return [[23, 37], [-23, 37], [23, -37], [-23, -37], [0, 80], [0, -80], [80, 0], [-80, 0]].find(([dx, dy]) => free(dx, dy));
        }, moved.id);
        if (!step) throw new Error('no free place next to ' + renamedName);
        await drag(dom(moved.id), step[0], step[1]);
        await page.mouse.up();
        await page.waitForTimeout(800);
        const dropped = await node(renamedName);
        report('dragged', { from: [moved.x, moved.y], to: [dropped.x, dropped.y] });
        await shot('dragged');
        // helper lines: the revealed element dragged until its top is level with the dropped one (both then on the grid)
        const level = await node(revealName);
        await page.evaluate(t => window.crmgap.scrollTo(Math.min(t.a.x, t.b.x) - 100, Math.min(t.a.y, t.b.y) - 150,
            Math.min(1, 1000 / (Math.abs(t.a.x - t.b.x) + 400))), { a: dropped, b: level });
        await page.waitForFunction(id => document.getElementById(id) !== null, dom(level.id), { timeout: 10000 });
        await page.waitForTimeout(800);
        const z = await page.evaluate(() => window.crmgap.root().zoom);
        await drag(dom(level.id), 0, (dropped.y - level.y) * z);
        const helperLines = await page.evaluate(() => document.querySelectorAll('.helper-line').length);
        await shot('helper-lines');
        await page.mouse.up();
        await page.waitForTimeout(800);
        const levelled = await node(revealName);
        report('helper-lines', { lines: helperLines, from: [level.x, level.y], to: [levelled.x, levelled.y], levelWith: dropped.y });

        // a node dropped onto its nearest neighbour goes back where it was
        let neighbour = await page.evaluate(id => {
            const nodes = window.crmgap.root().children.filter(c => c.type.startsWith('node:'));
            const me = nodes.find(n => n.id === id);
            const d = n => Math.hypot(n.position.x - me.position.x, n.position.y - me.position.y);
            const n = nodes.filter(o => o !== me).sort((p, q) => d(p) - d(q))[0];
            return { id: n.id, x: n.position.x, y: n.position.y };
        }, levelled.id);
        // both in the page (a neighbour left of the view took the drag to the page's edge, where it was no overlap)
        await page.evaluate(t => window.crmgap.scrollTo(Math.min(t.a.x, t.b.x) - 200, Math.min(t.a.y, t.b.y) - 200, 1),
            { a: levelled, b: neighbour });
        neighbour = neighbour.id;
        await page.waitForFunction(id => document.getElementById(id) !== null, dom(neighbour), { timeout: 10000 });
        await page.waitForTimeout(500);
        const a = await rect(dom(levelled.id)), b = await rect(dom(neighbour));
        await drag(dom(levelled.id), b.cx - a.cx, b.cy - a.cy);
        await page.mouse.up();
        await page.waitForTimeout(800);
        const afterOverlap = await node(revealName);
        await shot('overlap-refused');
        report('overlap-refused', { before: [levelled.x, levelled.y], after: [afterOverlap.x, afterOverlap.y] });

        await done(browser, problems);
    } catch (e) {
        await failed(browser, problems, shot, e);
    }
})();
