import { chromium } from 'playwright-core';
const [,, file, out, sel] = process.argv;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
await page.goto('file://' + file);
const els = await page.$$(sel);
let i = 0;
for (const el of els) await el.screenshot({ path: out.replace('.png', `-${i++}.png`) });
await browser.close();
