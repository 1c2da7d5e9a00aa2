// Headless Chromium for the scripts here: Debian's /usr/bin/chromium (or $CHROMIUM) through playwright-core,
// which never downloads a browser.
const { chromium } = require('playwright-core');

const OPTIONS = {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
        '--disable-component-update', '--disable-sync', '--no-first-run']
};

exports.launch = () => chromium.launch(OPTIONS);

/** A browser with a profile kept in `dir` (its context): a user's Chromium rather than an off-the-record context. */
exports.launchPersistent = (dir, options) => chromium.launchPersistentContext(dir, { ...OPTIONS, ...options });

/** One line a Java test reads: "E2E <step> <json>". */
exports.report = (step, data) => console.log('E2E ' + step + ' ' + JSON.stringify(data ?? {}));

/**
 * A new headless Chromium with a 1400×900 page that collects page errors and console errors into `problems`;
 * `shot(name)` writes `<prefix><name>.png` into `out`.
 */
exports.openPage = async (out, prefix) => {
    require('fs').mkdirSync(out, { recursive: true });
    const browser = await exports.launch();
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const problems = [];
    page.on('pageerror', e => problems.push('pageerror: ' + e.message));
    page.on('console', m => { if (m.type() === 'error') problems.push('console: ' + m.text()); });
    const shot = name => page.screenshot({ path: require('path').join(out, prefix + name + '.png') });
    return { browser, page, problems, shot };
};

/** The end of a script: its page's problems (a test fails on them), then "done". */
exports.done = async (browser, problems) => {
    if (problems.length) exports.report('page-problems', problems);
    exports.report('done', {});
    await browser.close();
};

/** A script's failure: a screenshot, the message and the page's problems as "failed", exit code 1. */
exports.failed = async (browser, problems, shot, e) => {
    await shot('failure').catch(() => undefined);
    console.log('E2E failed ' + JSON.stringify({ message: String(e && e.message || e), problems }));
    await browser.close();
    process.exit(1);
};

/**
 * A point on the outline of the node whose name label says `name` (not on its name, which would start editing), with
 * the diagram fitted first; an error when the mouse cannot reach the node.
 */
exports.pointOnNode = async (page, name) => {
    await page.evaluate(() => window.crmgap.fit());
    await page.waitForTimeout(400);
    const p = await page.evaluate(n => {
        const found = window.crmgap.root().children.find(c => c.type.startsWith('node:')
            && c.children.some(l => l.type === 'label:name' && l.text === n));
        const g = found && document.getElementById('crmgap-diagram_' + found.id);
        if (!g) return null;
        const r = g.getBoundingClientRect();
        for (const fy of [0.5, 0.35, 0.65, 0.25, 0.75]) {
            for (const fx of [0.06, 0.1, 0.9, 0.94, 0.15, 0.85]) {
                const x = r.x + fx * r.width, y = r.y + fy * r.height;
                const hit = document.elementFromPoint(x, y);
                if (hit && hit.tagName !== 'text' && hit.closest('g[id]') === g) return { x, y };
            }
        }
        return null;
    }, name);
    if (!p) throw new Error('no place to click ' + name);
    return p;
};
