// Headless Chromium for the scripts here: Debian's /usr/bin/chromium (or $CHROMIUM) through playwright-core,
// which never downloads a browser.
const { chromium } = require('playwright-core');

exports.launch = () => chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
        '--disable-component-update', '--disable-sync', '--no-first-run']
});
