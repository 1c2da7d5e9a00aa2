// Element names that are HTML, in the lists that show names: the command palette (Ctrl+Space) and the element
// search (Ctrl+F). Usage: node e2e/hostile-names-e2e.js <page-url> <output-dir> <typed text>
// DiagramAidsChromiumTest gives a model whose segment is named like an <img onerror=…> and checks what this prints:
// per list the suggestions' text, how many <img> elements they hold, and whether the page ran the name's script.
const { launch } = require('./chromium');
const path = require('path');
const fs = require('fs');

const [url, out, typed] = process.argv.slice(2);
if (!url || !out || !typed) {
    console.error('usage: node hostile-names-e2e.js <page-url> <output-dir> <typed text>');
    process.exit(2);
}
fs.mkdirSync(out, { recursive: true });
const report = (step, data) => console.log('E2E ' + step + ' ' + JSON.stringify(data ?? {}));

(async () => {
    const browser = await launch();
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    try {
        await page.goto(url);
        await page.waitForFunction(() => window.crmgap && window.crmgap.status === 'loaded', null, { timeout: 30000 });
        await page.waitForTimeout(500);
        // the suggestion lists of both palettes are divs without div children holding the label
        const seen = () => page.evaluate(() => {
            const items = [...document.querySelectorAll('.command-palette-suggestions div, .autocomplete-suggestions div, [class*="suggestion"] div')]
                .filter(e => !e.querySelector('div') && e.textContent.trim().length > 0);
            return { texts: items.map(e => e.textContent.replace(/\s+/g, ' ').trim()),
                images: items.reduce((n, e) => n + e.querySelectorAll('img').length, 0), ran: window.crmgapPwned === 1 };
        });
        for (const [step, keys] of [['command-palette', 'Control+Space'], ['search', 'Control+KeyF']]) {
            await page.mouse.click(700, 5);
            await page.waitForTimeout(200);
            await page.keyboard.press(keys);
            await page.waitForTimeout(500);
            await page.keyboard.type(typed, { delay: 20 });
            await page.waitForFunction(t => [...document.querySelectorAll('div')].some(e => !e.querySelector('div')
                && e.textContent.includes(t) && e.closest('[class*="suggestion"]')), typed, { timeout: 10000 }).catch(() => undefined);
            await page.waitForTimeout(500);
            await page.screenshot({ path: path.join(out, 'hostile-' + step + '.png') });
            report(step, await seen());
            await page.keyboard.press('Escape');
            await page.waitForTimeout(300);
        }
        report('done', {});
        await browser.close();
    } catch (e) {
        console.log('E2E failed ' + JSON.stringify({ message: String(e && e.message || e) }));
        await browser.close();
        process.exit(1);
    }
})();
