// Headless Chromium for the scripts here: Debian's /usr/bin/chromium (or $CHROMIUM) through playwright-core,
// which never downloads a browser.
const { chromium } = require('playwright-core');

exports.launch = () => chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
        '--disable-component-update', '--disable-sync', '--no-first-run']
});

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
