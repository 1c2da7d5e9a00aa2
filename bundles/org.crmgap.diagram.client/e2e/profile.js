// Where the time of opening a diagram goes: node e2e/profile.js <page-url> <nodes> [cpuprofile-file] (the diagram
// benchmark's --profile). Prints the page's events and websocket messages (kind, size, time), the fit's frames, the
// nodes not drawn after Fit; with a file name, writes a CPU profile of the page (Chrome DevTools format) and the
// screenshots opening.png and fitted.png beside it. Options by environment: PROFILE_WARM=1 (the page opened once before
// in the same browser context), PROFILE_FIT=1 (the CPU profile of the fit only), PROFILE_LOAD_TRACE=file and
// PROFILE_TRACE=file (Chrome traces of the opening and of the fit), PROFILE_DUMP=file (the model as the server sent it).
const { launch } = require('./chromium');

const [url, expected, profileFile] = process.argv.slice(2);
(async () => {
    const browser = await launch();
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    // PROFILE_WARM=1: the page opened once before, in the same browser context (its cache holds the compiled client)
    if (process.env.PROFILE_WARM === '1') {
        const first = await context.newPage();
        await first.goto(url);
        await first.waitForFunction(() => window.crmgap && window.crmgap.status === 'loaded', null, { timeout: 240000 });
        await first.close();
    }
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    // PROFILE_FIT=1: the CPU profile of the fit only
    const fitOnly = process.env.PROFILE_FIT === '1';
    if (profileFile) {
        await cdp.send('Profiler.enable');
        await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
        if (!fitOnly) await cdp.send('Profiler.start');
    }
    // PROFILE_LOAD_TRACE=file: a Chrome trace from the page's request to its first render
    if (process.env.PROFILE_LOAD_TRACE) await browser.startTracing(page, { path: process.env.PROFILE_LOAD_TRACE, categories: ['devtools.timeline', 'v8', 'blink', 'loading', 'netlog', 'disabled-by-default-devtools.timeline'] });
    const t0 = Date.now();
    const at = () => String(Date.now() - t0).padStart(6) + ' ms';
    await cdp.send('Network.enable');
    cdp.on('Network.webSocketCreated', () => console.log(`${at()} websocket created`));
    cdp.on('Network.webSocketWillSendHandshakeRequest', () => console.log(`${at()} websocket handshake sent`));
    cdp.on('Network.webSocketHandshakeResponseReceived', () => console.log(`${at()} websocket handshake answered`));
    page.on('load', () => console.log(`${at()} load event`));
    page.on('domcontentloaded', () => console.log(`${at()} DOM content loaded`));
    page.on('websocket', ws => {
        const kind = text => (/"kind":"(\w+)"/.exec(text) || [])[1] || (/"method":"(\w+)"/.exec(text) || [])[1] || '?';
        ws.on('framesent', f => console.log(`${at()} sent     ${kind(f.payload)} ${f.payload.length} bytes`));
        ws.on('framereceived', f => {
            console.log(`${at()} received ${kind(f.payload)} ${f.payload.length} bytes`);
            // PROFILE_DUMP=file: the model as sent (what makes it big)
            if (process.env.PROFILE_DUMP && kind(f.payload) === 'setModel') require('fs').writeFileSync(process.env.PROFILE_DUMP, f.payload);
        });
    });
    await page.goto(url);
    console.log(`${at()} page loaded`);
    await page.waitForFunction(n => window.crmgap && window.crmgap.count && window.crmgap.count('node:') >= n
        && document.querySelector('g[data-svg-metadata-type^="node:"]'), Number(expected), { timeout: 240000, polling: 50 });
    console.log(`${at()} first render`);
    if (process.env.PROFILE_LOAD_TRACE) await browser.stopTracing();
    await page.waitForFunction(() => window.crmgap.status === 'loaded', null, { timeout: 240000, polling: 'raf' });
    console.log(`${at()} status loaded (home view set)`);
    const shot = name => profileFile && page.screenshot({ path: require('path').join(require('path').dirname(profileFile), name + '.png') });
    await shot('opening');
    if (profileFile && fitOnly) await cdp.send('Profiler.start');
    // PROFILE_TRACE=file: a Chrome trace (layout, style, paint) of the fit
    if (process.env.PROFILE_TRACE) await browser.startTracing(page, { path: process.env.PROFILE_TRACE, categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink', 'cc', 'viz'] });
    const t1 = Date.now();
    const inPage = await page.evaluate(async () => {
        const t = [performance.now()];
        await window.crmgap.fit();
        t.push(performance.now());
        await new Promise(r => requestAnimationFrame(r));
        t.push(performance.now());
        await new Promise(r => requestAnimationFrame(r));
        t.push(performance.now());
        return t.slice(1).map(x => Math.round(x - t[0]));
    });
    console.log(`fit in the page: dispatched ${inPage[0]} ms, first frame ${inPage[1]} ms, second frame ${inPage[2]} ms`);
    console.log(`fit: ${Date.now() - t1} ms`);
    if (process.env.PROFILE_TRACE) await browser.stopTracing();
    await shot('fitted');
    const dom = await page.evaluate(() => ({ nodes: document.querySelectorAll('g[data-svg-metadata-type^="node:"]').length,
        elements: document.querySelectorAll('*').length }));
    console.log(`after fit: ${dom.nodes} nodes drawn, ${dom.elements} DOM elements`);
    console.log('canvas: ' + JSON.stringify(await page.evaluate(() => {
        const r = window.crmgap.root();
        const nodes = r.children.filter(c => c.type.startsWith('node:'));
        const svg = document.querySelector('#crmgap-diagram svg') || document.querySelector('svg');
        return { canvas: r.canvasBounds, zoom: r.zoom, scroll: r.scroll, maxX: Math.max(...nodes.map(n => n.position.x + n.size.width)),
            minX: Math.min(...nodes.map(n => n.position.x)), svg: svg && svg.getBoundingClientRect().width, win: window.innerWidth };
    })));
    console.log('not drawn: ' + JSON.stringify(await page.evaluate(() => {
        const drawn = new Set([...document.querySelectorAll('g[data-svg-metadata-type^="node:"]')].map(e => e.id));
        const all = [...window.crmgap.root().index.all()].filter(e => e.type.startsWith('node:'));
        return all.filter(e => !drawn.has('crmgap-diagram_' + e.id)).slice(0, 10).map(e => ({ id: e.id, type: e.type, parent: e.parent.type,
            pos: e.position, size: e.size }));
    })));
    if (profileFile) {
        const { profile } = await cdp.send('Profiler.stop');
        require('fs').writeFileSync(profileFile, JSON.stringify(profile));
    }
    await browser.close();
})().catch(e => { console.error('profile failed: ' + (e && e.message || e)); process.exit(1); });
