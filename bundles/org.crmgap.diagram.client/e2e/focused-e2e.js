// A second, focused diagram opened by its id, used as a user does: click a node, Shift+R shows what is related to it,
// click another, Shift+H hides it, dropping it back as the workbench's Outline does (its id as text) shows it where it
// was dropped, Ctrl+Z hides it again, the toolbar's "Show all" brings every element back; then a page with an unknown
// diagram id shows its error. Between, the page switches to the kind's first diagram and back in place, as the
// workbench's diagram choice does (window.crmgap.showDiagram), and refuses an unknown one.
// Usage: node e2e/focused-e2e.js <page-url> <output-dir> <name to expand> <name to hide> <unknown-id page-url> <id of the hidden element>
//   <id of the kind's first diagram>
// FocusedDiagramChromiumTest checks the steps it prints ("E2E <step> <json>") and the notation on the server.
// Screenshots focused-*.png.
const { report, openPage, done, failed, pointOnNode } = require('./chromium');
const path = require('path');

const [url, out, expandName, hideName, unknownUrl, hiddenId, firstId] = process.argv.slice(2);
if (!url || !out || !expandName || !hideName || !unknownUrl || !hiddenId || !firstId) {
    console.error('usage: node focused-e2e.js <page-url> <output-dir> <name to expand> <name to hide> <unknown-id page-url> <id of the hidden element>'
        + ' <id of the first diagram>');
    process.exit(2);
}

(async () => {
    const { browser, page, problems, shot } = await openPage(out, 'focused-');
    // what the user sees: the names of the nodes drawn, and how many drawn node boxes overlap
    // (the whole diagram fitted into the page; only the visible SVG, GLSP also draws into a hidden one to measure)
    const seen = async () => {
        await page.evaluate(() => window.crmgap.fit());
        await page.waitForTimeout(400);
        return page.evaluate(() => {
            const nodes = [...document.querySelectorAll('#crmgap-diagram svg g[data-svg-metadata-type^="node:"]')];
            const names = nodes.map(g => g.querySelector(':scope > [id$="_name"]')?.textContent ?? '').sort();
            const boxes = nodes.map(g => (g.querySelector(':scope > path.outline') || g).getBoundingClientRect());
            let overlaps = 0;
            for (let i = 0; i < boxes.length; i++) {
                for (let j = i + 1; j < boxes.length; j++) {
                    const a = boxes[i], b = boxes[j];
                    if (a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1) overlaps++;
                }
            }
            return { names, overlaps };
        });
    };
    const nodeCount = () => page.evaluate(() => window.crmgap.count('node:'));
    // a drag from another window dropped at (x, y): the browser's drag events carrying this text, as WebKit and Chromium
    // deliver a drop from the workbench's Outline
    const drop = (x, y, text) => page.evaluate(({ x, y, text }) => {
        const data = new DataTransfer();
        data.setData('text/plain', text);
        const target = document.elementFromPoint(x, y);
        for (const type of ['dragenter', 'dragover', 'drop']) {
            target.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, clientX: x, clientY: y, dataTransfer: data }));
        }
    }, { x, y, text });
    // the drawn box of the node named `name` (undefined when it is not drawn)
    const boxOf = name => page.evaluate(n => {
        const g = [...document.querySelectorAll('#crmgap-diagram svg g[data-svg-metadata-type^="node:"]')]
            .find(e => e.querySelector(':scope > [id$="_name"]')?.textContent === n);
        const r = g && (g.querySelector(':scope > path.outline') || g).getBoundingClientRect();
        return r && { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    }, name);
    const selectedNames = () => page.evaluate(() => window.crmgap.root().children.filter(c => c.selected)
        .map(c => c.children.find(l => l.type === 'label:name')?.text).sort());
    // a click on the node whose name label says `name`, on its outline (not its name, which would start editing)
    const clickNode = async name => {
        const p = await pointOnNode(page, name);
        await page.mouse.click(p.x, p.y);
        await page.waitForFunction(n => window.crmgap.root().children.some(c => c.selected
            && c.children.some(l => l.type === 'label:name' && l.text === n)), name, { timeout: 5000 });
    };
    try {
        await page.goto(url);
        await page.waitForFunction(() => window.crmgap && window.crmgap.status === 'loaded', null, { timeout: 30000 });
        await page.waitForTimeout(500);
        report('opened', await seen());
        await shot('opened');

        // the shortcut help (Alt+H) lists the show/hide keys
        await page.mouse.click(700, 5);
        await page.keyboard.press('Alt+KeyH');
        const help = await page.waitForSelector('.keyboard-shortcuts-menu', { timeout: 5000 }).then(h => h.evaluate(e => e.innerText), () => '');
        report('shortcut-help', { lists: ['Hide the selected elements', 'Show the elements related to the selection', 'Show every element']
            .filter(t => help.includes(t)) });
        await page.keyboard.press('Escape');
        await page.waitForTimeout(300);
        // "?" opens it too (in the workbench Alt+H opens the Help menu), and it lists "?"
        await page.mouse.click(700, 5);
        await page.keyboard.press('?');
        const byQuestion = await page.waitForFunction(() => {
            const m = document.querySelector('.keyboard-shortcuts-menu');
            return m && m.offsetParent !== null ? m.innerText : null;
        }, null, { timeout: 5000 }).then(h => h.jsonValue(), () => '');
        report('help-key', { opened: byQuestion !== '', listsItself: byQuestion.includes('Show this list of shortcuts') });
        await page.keyboard.press('Escape');
        await page.waitForTimeout(300);

        await clickNode(expandName);
        let before = await nodeCount();
        await page.keyboard.press('Shift+KeyR');
        await page.waitForFunction(n => window.crmgap.count('node:') > n, before, { timeout: 10000 });
        await page.waitForTimeout(500);
        report('related', await seen());
        await shot('related');

        await clickNode(hideName);
        before = await nodeCount();
        await page.keyboard.press('Shift+KeyH');
        await page.waitForFunction(n => window.crmgap.count('node:') < n, before, { timeout: 10000 });
        await page.waitForTimeout(500);
        report('hidden', await seen());
        await shot('hidden');

        // dropped on an empty part of the canvas (the fitted drawing leaves the page's lower right free): shown there;
        // text that names no element changes nothing; an element already shown is selected
        const canvas = await page.evaluate(() => {
            const r = document.querySelector('#crmgap-diagram svg').getBoundingClientRect();
            return { right: r.right, bottom: r.bottom };
        });
        const point = { x: Math.round(canvas.right - 160), y: Math.round(canvas.bottom - 90) };
        before = await nodeCount();
        await drop(point.x, point.y, 'just some text\nfile:///tmp/survey.csv');
        await page.waitForTimeout(700);
        const afterForeign = await nodeCount();
        await drop(point.x, point.y, 'crmgap:element/' + encodeURIComponent(hiddenId) + '\n');
        await page.waitForFunction(n => window.crmgap.count('node:') > n, before, { timeout: 10000 });
        await page.waitForTimeout(500);
        const at = await boxOf(hideName);
        const shownId = await page.evaluate(n => window.crmgap.root().children.find(c => c.type.startsWith('node:')
            && c.children.some(l => l.type === 'label:name' && l.text === n)).id, expandName);
        await drop(point.x - 300, point.y, 'crmgap:element/' + encodeURIComponent(shownId));
        await page.waitForTimeout(500);
        report('dropped', { foreignAdded: afterForeign - before, nodes: await nodeCount(),
            distance: at ? Math.round(Math.hypot(at.x - point.x, at.y - point.y)) : -1, selected: await selectedNames() });
        await shot('dropped');
        await page.keyboard.press('Control+KeyZ');
        await page.waitForFunction(n => window.crmgap.count('node:') === n, before, { timeout: 10000 });
        report('drop-undone', { nodes: await nodeCount(), drawn: (await boxOf(hideName)) !== undefined });

        // another diagram of the kind in this page: no page load (a flag set in the page stays), the address follows
        const focusedId = new URL(url).searchParams.get('diagram');
        const place = () => page.evaluate(() => ({ samePage: window.crmgapSamePage === true, status: window.crmgap.status,
            error: window.crmgap.error ?? null, diagram: new URL(window.location.href).searchParams.get('diagram') }));
        await page.evaluate(() => { window.crmgapSamePage = true; });
        let started = Date.now();
        await page.evaluate(id => window.crmgap.showDiagram(id), firstId);
        report('switched', { ms: Date.now() - started, nodes: await nodeCount(), ...(await place()) });
        await shot('switched');
        await page.evaluate(() => window.crmgap.showDiagram('no-such-diagram'));
        report('switch-refused', { nodes: await nodeCount(), ...(await place()) });
        await shot('switch-refused');
        started = Date.now();
        await page.evaluate(id => window.crmgap.showDiagram(id), focusedId);
        report('switched-back', { ms: Date.now() - started, nodes: await nodeCount(), ...(await place()) });

        before = await nodeCount();
        await page.click('button[data-show="all"]');
        await page.waitForFunction(n => window.crmgap.count('node:') > n, before, { timeout: 20000 });
        await page.waitForTimeout(500);
        await page.evaluate(() => window.crmgap.fit());
        await page.waitForTimeout(500);
        report('all', { nodes: await nodeCount() });
        await shot('all');

        const other = await browser.newPage({ viewport: { width: 1000, height: 700 } });
        await other.goto(unknownUrl);
        // the server's reason, after GLSP's generic "Could not process message"
        const error = await other.waitForFunction(() => {
            const box = document.querySelector('.crmgap-error');
            return box && !box.textContent.startsWith('[GLSP-Server]') ? box.textContent : null;
        }, null, { timeout: 20000 }).then(h => h.jsonValue());
        report('unknown', { error, status: await other.evaluate(() => window.crmgap.status) });
        await other.screenshot({ path: path.join(out, 'focused-unknown.png') });

        await done(browser, problems);
    } catch (e) {
        await failed(browser, problems, shot, e);
    }
})();
