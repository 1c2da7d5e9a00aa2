// The context menu used as a user does, on a focused diagram: right-click a node with the mouse, "Show related ▸ <kind>";
// select another node, Shift+F10, arrow keys and Enter on "Hide"; Escape closes a menu; "Open in tree" calls the
// host's crmgapHostReveal; a right-click on the empty canvas greys what needs a selection.
// Usage: node e2e/menu-e2e.js <page-url> <output-dir> <node to expand> <relation label> <node to hide> <node to open>
// ContextMenuChromiumTest checks the steps it prints ("E2E <step> <json>") and the notation on the server. Screenshots menu-*.png.
const { report, openPage, done, failed, pointOnNode } = require('./chromium');

const [url, out, expandName, relation, hideName, openName] = process.argv.slice(2);
if (!url || !out || !expandName || !relation || !hideName || !openName) {
    console.error('usage: node menu-e2e.js <page-url> <output-dir> <node to expand> <relation label> <node to hide> <node to open>');
    process.exit(2);
}

(async () => {
    const { browser, page, problems, shot } = await openPage(out, 'menu-');
    // the workbench's Browser function, as the RCP page would define it
    await page.addInitScript(() => { window.revealed = []; window.crmgapHostReveal = ids => window.revealed.push(JSON.parse(ids)); });
    const names = () => page.evaluate(() => window.crmgap.root().children.filter(c => c.type.startsWith('node:'))
        .map(n => n.children.find(l => l.type === 'label:name')?.text ?? '').sort());
    const nodeCount = () => page.evaluate(() => window.crmgap.count('node:'));
    // the open menu as the user sees it: each entry's label, greyed or not, and the open submenu's
    const menu = () => page.evaluate(() => {
        const list = sel => [...document.querySelectorAll(sel)].map(e => ({
            label: e.querySelector(':scope > .crmgap-menu-label').textContent, disabled: e.getAttribute('aria-disabled') === 'true' }));
        return { open: document.querySelectorAll('.crmgap-menu').length > 0, items: list('.crmgap-menu:not(.crmgap-submenu) > [role=menuitem]'),
            sub: list('.crmgap-submenu:not([hidden]) > [role=menuitem]'), focused: document.activeElement?.querySelector(':scope > .crmgap-menu-label')?.textContent };
    });
    const rightClick = async name => {
        const p = await pointOnNode(page, name);
        await page.mouse.click(p.x, p.y, { button: 'right' });
        await page.waitForSelector('.crmgap-menu', { timeout: 10000 });
    };
    const entry = label => page.locator('.crmgap-menu-item', { has: page.locator(':scope > .crmgap-menu-label', { hasText: label }) }).first();
    try {
        await page.goto(url);
        await page.waitForFunction(() => window.crmgap && window.crmgap.status === 'loaded', null, { timeout: 30000 });
        await page.waitForTimeout(500);
        report('opened', { names: await names() });

        // right-click a node: it is selected and the server's menu opens; "Show related ▸" then the relation kind
        await rightClick(expandName);
        report('node-menu', await menu());
        await shot('node');
        const before = await nodeCount();
        await entry('Show related').hover();
        await page.waitForSelector('.crmgap-submenu:not([hidden])', { timeout: 5000 });
        report('related-menu', await menu());
        await shot('related-submenu');
        await entry(relation).click();
        await page.waitForFunction(n => window.crmgap.count('node:') > n, before, { timeout: 10000 });
        await page.waitForTimeout(500);
        report('related', { names: await names(), menuOpen: (await menu()).open });

        // keyboard: select a node, Shift+F10 opens the menu on it, Down to "Hide", Enter
        const p = await pointOnNode(page, hideName);
        await page.mouse.click(p.x, p.y);
        await page.waitForFunction(n => window.crmgap.root().children.some(c => c.selected
            && c.children.some(l => l.type === 'label:name' && l.text === n)), hideName, { timeout: 5000 });
        await page.keyboard.press('Shift+F10');
        await page.waitForSelector('.crmgap-menu', { timeout: 10000 });
        const first = (await menu()).focused;
        await page.keyboard.press('ArrowDown');
        report('keyboard-menu', { first, focused: (await menu()).focused });
        await shot('keyboard');
        const shown = await nodeCount();
        await page.keyboard.press('Enter');
        await page.waitForFunction(n => window.crmgap.count('node:') < n, shown, { timeout: 10000 });
        await page.waitForTimeout(500);
        report('hidden', { names: await names(), menuOpen: (await menu()).open });

        // Escape closes the menu and changes nothing
        await rightClick(openName);
        await page.keyboard.press('Escape');
        await page.waitForTimeout(300);
        report('escape', { menuOpen: (await menu()).open, nodes: await nodeCount() });

        // "Open in tree" passes the selected element's id to the workbench
        await rightClick(openName);
        await entry('Open in tree').click();
        const openId = await page.evaluate(n => window.crmgap.root().children.find(c => c.type.startsWith('node:')
            && c.children.some(l => l.type === 'label:name' && l.text === n)).id, openName);
        report('open-in-tree', { revealed: await page.evaluate(() => window.revealed), expected: [openId], menuOpen: (await menu()).open });

        // the empty canvas: no selection, so only what needs none is enabled
        await page.mouse.click(700, 12, { button: 'right' });
        await page.waitForSelector('.crmgap-menu', { timeout: 10000 });
        report('canvas-menu', await menu());
        await shot('canvas');
        await page.keyboard.press('Escape');

        await done(browser, problems);
    } catch (e) {
        await failed(browser, problems, shot, e);
    }
})();
