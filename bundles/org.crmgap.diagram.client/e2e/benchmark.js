// Where the time goes from opening a diagram page to a fitted drawing, in headless Chromium, each phase apart:
// node e2e/benchmark.js <page-url> <nodes> [runs [big-id empty-id]]. Started by the diagram benchmark (./crmgap
// benchmark-diagram) with the server running. The first opening (server and page cold) is reported alone; then one more
// opening warms up and the medians of the next runs follow. With the ids of the big diagram and of an empty one of the
// same kind: a page opened on the empty one switches to the big one and back (the editor's diagram choice), timed
// apart the same way. BENCHMARK_USER_DATA=DIR: in a browser profile kept in DIR instead of an
// off-the-record context.
const { launch, launchPersistent } = require('./chromium');

const [url, expected, runsArg, bigId, emptyId] = process.argv.slice(2);
const runs = Number(runsArg || 5);
const PHASES = ['load', 'connect', 'server', 'render', 'fit'];
const DESCRIPTIONS = {
    load: 'page load (HTML, script, style)',
    connect: 'client start to the model request',
    server: 'model request to the model received (server: model, JSON, transfer)',
    render: 'model received to the first render (client)',
    fit: 'fit to screen, drawn',
    total: 'total',
    switchTo: 'switch in the page (model request to the opening view drawn)',
    switchFit: 'fit to screen, drawn'
};

/** A page on the empty diagram switching to the big one, fitting it and switching back, `times` times. */
async function switches(context, times) {
    const page = await context.newPage();
    const address = new URL(url);
    address.searchParams.set('diagram', emptyId);
    await page.goto(address.toString());
    await page.waitForFunction(() => window.crmgap && window.crmgap.status === 'loaded', null, { timeout: 60000 });
    const measured = [];
    for (let i = 0; i < times; i++) {
        measured.push(await page.evaluate(async ([big, empty, n]) => {
            const frame = () => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)));
            const start = performance.now();
            await window.crmgap.showDiagram(big);
            await frame();
            const shown = performance.now();
            await window.crmgap.fit();
            await frame();
            const fitted = performance.now();
            const drawn = document.querySelectorAll('g[data-svg-metadata-type^="node:"]').length;
            await window.crmgap.showDiagram(empty);
            if (drawn < n || window.crmgap.status !== 'loaded') {
                throw new Error(`switched: ${drawn} of ${n} nodes drawn, ${window.crmgap.status}`);
            }
            return { switchTo: Math.round(shown - start), switchFit: Math.round(fitted - shown) };
        }, [bigId, emptyId, Number(expected)]));
    }
    await page.close();
    return measured;
}

async function once(context) {
    const page = await context.newPage();
    const at = {};
    page.on('websocket', ws => {
        ws.on('framesent', f => { if (!at.request && String(f.payload).includes('"kind":"requestModel"')) at.request = Date.now(); });
        ws.on('framereceived', f => { if (!at.model && String(f.payload).includes('"kind":"setModel"')) at.model = Date.now(); });
    });
    const start = Date.now();
    await page.goto(url);
    at.loaded = Date.now();
    if (process.env.BENCHMARK_DEBUG) {
        console.log(JSON.stringify(await page.evaluate(() => {
            const nav = performance.getEntriesByType('navigation')[0];
            const res = performance.getEntriesByType('resource').map(r => ({ name: r.name.split('/').pop().split('?')[0],
                start: Math.round(r.startTime), end: Math.round(r.responseEnd), size: r.transferSize }));
            return { response: Math.round(nav.responseEnd), interactive: Math.round(nav.domInteractive), load: Math.round(nav.loadEventEnd), res };
        })));
    }
    await page.waitForFunction(n => window.crmgap && window.crmgap.count && window.crmgap.count('node:') >= n
        && document.querySelector('g[data-svg-metadata-type^="node:"]'), Number(expected), { timeout: 240000, polling: 'raf' });
    at.rendered = Date.now();
    await page.evaluate(async () => {
        await window.crmgap.fit();
        await new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)));
    });
    at.fitted = Date.now();
    const drawn = await page.evaluate(() => document.querySelectorAll('g[data-svg-metadata-type^="node:"]').length);
    await page.close();
    if (drawn < Number(expected)) {
        throw new Error(`only ${drawn} of ${expected} nodes drawn after the fit`);
    }
    const t = { load: at.loaded - start, connect: at.request - at.loaded, server: at.model - at.request, render: at.rendered - at.model,
        fit: at.fitted - at.rendered };
    t.total = at.fitted - start;
    return t;
}

const median = xs => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
const line = (name, value) => console.log(`  ${DESCRIPTIONS[name].padEnd(70)} ${value}`);

(async () => {
    let browser, context;
    if (process.env.BENCHMARK_USER_DATA) {
        // a browser profile on disk, as a user's Chromium: its cache also keeps the script's compiled code (an
        // off-the-record context, the default here, keeps none)
        context = await launchPersistent(process.env.BENCHMARK_USER_DATA, { viewport: { width: 1400, height: 900 } });
        browser = context;
    } else {
        browser = await launch();
        // one browser context for all openings, as the workbench's one browser engine: its cache keeps the client
        context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    }
    const cold = await once(context);
    console.log(`Chromium, first opening of ${expected} nodes (server and page cold), ms:`);
    [...PHASES, 'total'].forEach(p => line(p, String(cold[p]).padStart(6)));
    await once(context);
    const measured = [];
    for (let i = 0; i < runs; i++) {
        measured.push(await once(context));
    }
    console.log(`Chromium, opening again, median (min–max) of ${runs} runs after one warm-up, ms:`);
    const medians = (phases, all) => phases.forEach(p => {
        const xs = all.map(m => m[p]);
        line(p, `${String(median(xs)).padStart(6)} (${Math.min(...xs)}–${Math.max(...xs)})`);
    });
    medians([...PHASES, 'total'], measured);
    if (bigId && emptyId) {
        const switched = (await switches(context, runs + 1)).slice(1);
        console.log(`Chromium, a loaded page switching from an empty diagram of the kind to this one, median (min–max) of ${runs} runs`
            + ' after one warm-up, ms:');
        medians(['switchTo', 'switchFit'], switched);
    }
    await browser.close();
})().catch(e => { console.error('benchmark failed: ' + (e && e.message || e)); process.exit(1); });
