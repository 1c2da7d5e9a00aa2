// Edge-creation feedback as a user sees it while drawing: with the "Gap 3 Delivery" tool from a standard, the standard
// itself is marked "not allowed" and the flow beside it allowed; with "performed by" from the flow, the unit that
// performs it already is "not allowed". Usage: node e2e/edge-feedback-e2e.js <page-url> <output-dir> <standard> <flow> <unit>
// EdgeFeedbackChromiumTest checks the steps it prints ("E2E <step> <json>"). Screenshots edge-feedback-*.png.
const { report, openPage, done, failed } = require('./chromium');

const [url, out, standard, flow, unit] = process.argv.slice(2);
if (!url || !out || !standard || !flow || !unit) {
    console.error('usage: node edge-feedback-e2e.js <page-url> <output-dir> <standard> <flow> <unit>');
    process.exit(2);
}
const MODES = ['edge-modification-not-allowed-mode', 'edge-creation-select-target-mode', 'edge-check-pending-mode'];

(async () => {
    const { browser, page, problems, shot } = await openPage(out, 'edge-feedback-');
    const centre = name => page.evaluate(n => {
        const found = window.crmgap.root().children.find(c => c.type.startsWith('node:')
            && c.children.some(l => l.type === 'label:name' && l.text === n));
        const r = document.getElementById('crmgap-diagram_' + found.id).getBoundingClientRect();
        return { x: r.x + r.width * 0.08, y: r.y + r.height / 2 };
    }, name);
    // the graph's feedback mode once the server has answered, and how the hovered node's outline is drawn
    // (the graph's classes recorded as they change: the verdict is the first after the tool's "check pending")
    const hover = async name => {
        await page.evaluate(() => {
            const svg = document.querySelector('#crmgap-diagram svg.sprotty-graph');
            window.modes = [];
            window.modeObserver?.disconnect();
            window.modeObserver = new MutationObserver(() => window.modes.push(svg.getAttribute('class')));
            window.modeObserver.observe(svg, { attributes: true, attributeFilter: ['class'] });
        });
        const p = await centre(name);
        // straight onto the target: on the way the mouse could cross another node, whose verdict would be read instead
        await page.mouse.move(p.x, p.y);
        await page.waitForFunction(() => {
            const pending = window.modes.findIndex(m => m.includes('edge-check-pending-mode'));
            return pending >= 0 && window.modes.slice(pending + 1).some(m => !m.includes('edge-check-pending-mode'));
        }, null, { timeout: 15000 });
        await page.waitForTimeout(100);
        return page.evaluate(([n, modes]) => {
            const svg = document.querySelector('#crmgap-diagram svg.sprotty-graph');
            const found = window.crmgap.root().children.find(c => c.type.startsWith('node:')
                && c.children.some(l => l.type === 'label:name' && l.text === n));
            const outline = document.getElementById('crmgap-diagram_' + found.id).querySelector(':scope > .outline');
            const style = getComputedStyle(outline);
            return { modes: modes.filter(m => svg.classList.contains(m)), stroke: style.stroke, dash: style.strokeDasharray };
        }, [name, MODES]);
    };
    // as a user does: onto the source, and click once the server has said it can be one (the tool ignores a click before)
    const pick = async name => {
        const p = await centre(name);
        await page.mouse.move(p.x, p.y, { steps: 4 });
        await page.waitForFunction(() => document.querySelector('#crmgap-diagram svg.sprotty-graph')
            .classList.contains('edge-creation-select-source-mode'), null, { timeout: 15000 });
        await page.mouse.click(p.x, p.y);
    };
    const away = () => page.mouse.move(700, 600, { steps: 3 });
    try {
        await page.goto(url);
        await page.waitForFunction(() => window.crmgap && window.crmgap.status === 'loaded', null, { timeout: 30000 });
        await page.evaluate(() => window.crmgap.fit());
        await page.waitForTimeout(500);
        report('opened', { count: await page.evaluate(() => window.crmgap.count('edge:')) });
        await page.click('.crmgap-palette-toggle');

        await page.click('.tool-palette .tool-button:has-text("Gap 3 Delivery")');
        await pick(standard);
        await page.waitForFunction(() => document.querySelector('[id$="_feedback_edge"]') !== null, null, { timeout: 10000 });
        await away();
        report('gap-to-itself', await hover(standard));
        await shot('gap-to-itself');
        await away();
        report('gap-to-flow', await hover(flow));
        await shot('gap-to-flow');
        await page.keyboard.press('Escape');

        await page.click('.tool-palette .tool-button:has-text("performed by")');
        await pick(flow);
        await page.waitForFunction(() => document.querySelector('[id$="_feedback_edge"]') !== null, null, { timeout: 10000 });
        await away();
        report('performer-again', await hover(unit));
        await shot('performer-again');
        await page.keyboard.press('Escape');
        report('edges', { count: await page.evaluate(() => window.crmgap.count('edge:')) });

        await done(browser, problems);
    } catch (e) {
        await failed(browser, problems, shot, e);
    }
})();
