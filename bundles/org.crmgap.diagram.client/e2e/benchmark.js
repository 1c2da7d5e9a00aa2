// Time to first render of a whole diagram in headless Chromium: node e2e/benchmark.js <page-url> <nodes>
// Started by the diagram benchmark (./crmgap benchmark-diagram) with the server running.
const { launch } = require('./chromium');

const [url, expected] = process.argv.slice(2);
(async () => {
    const browser = await launch();
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const t0 = Date.now();
    await page.goto(url);
    await page.waitForFunction(n => window.crmgap && window.crmgap.count && window.crmgap.count('node:') >= n
        && document.querySelector('g[data-svg-metadata-type^="node:"]'), Number(expected), { timeout: 240000, polling: 50 });
    const first = Date.now() - t0;
    const t1 = Date.now();
    await page.evaluate(() => window.crmgap.fit());
    await page.waitForTimeout(50);
    await page.evaluate(() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r))));
    const fit = Date.now() - t1;
    const drawn = await page.evaluate(() => document.querySelectorAll('g[data-svg-metadata-type^="node:"]').length);
    console.log(`Chromium, page load to first render of ${expected} nodes: ${first} ms`);
    console.log(`Chromium, fit to screen (all ${drawn} nodes drawn): ${fit} ms`);
    await browser.close();
})().catch(e => { console.error('benchmark failed: ' + (e && e.message || e)); process.exit(1); });
