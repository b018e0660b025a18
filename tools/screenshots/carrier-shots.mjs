// Usage: node carrier-shots.mjs [baseUrl] [orderId] [outDir]   (app in demo mode; uses /usr/bin/chromium)
// The carrier rules page with a "test against order" result, in English and Chinese.
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';

const base = process.argv[2] ?? 'http://127.0.0.1:5080';
const order = process.argv[3] ?? '1';
const out = process.argv[4] ?? '../../docs/screenshots';
const password = process.env.DEMO_PASSWORD ?? 'Demo!2026';
mkdirSync(out, { recursive: true });

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const settle = (page) => page.waitForFunction(() => window.__odInteractive === true, null, { timeout: 30000 })
  .then(() => page.waitForTimeout(1500));

for (const [lang, culture] of [['en', 'en'], ['zh', 'zh-Hans']]) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: lang === 'zh' ? 'zh-CN' : 'en-US' });
  const page = await context.newPage();
  await page.goto(`${base}/culture/${culture}?returnUrl=/account/login`);
  await page.getByTestId('email').fill('admin@demo.orderdesk');
  await page.getByTestId('password').fill(password);
  await page.getByTestId('sign-in').click();
  await page.waitForURL(url => !url.pathname.startsWith('/account'));
  await page.goto(`${base}/fulfillment/carrier-rules`);
  await settle(page);
  await page.getByTestId('test-reference').fill(order);
  await page.getByTestId('test-run').click();
  await page.getByTestId('carrier-advice').waitFor();
  // Running the test scrolls the result into view; a full-page shot must start at the top or the app bar lands mid-page.
  await page.evaluate(() => { document.activeElement?.blur(); window.scrollTo(0, 0); });
  await page.waitForTimeout(500);
  await page.screenshot({ path: `${out}/carrier-rules-${lang}.png`, fullPage: true });
  await page.getByTestId('new-rule').click();
  await page.getByTestId('rule-dialog').waitFor();
  await page.getByTestId('rule-min-weight').fill('5000');
  await page.getByTestId('rule-max-weight').fill('1000');
  await page.getByTestId('rule-save').click();
  await page.waitForTimeout(800);
  await page.screenshot({ path: `${out}/carrier-rule-dialog-${lang}.png` });
  await context.close();
}
await browser.close();
console.log(`screenshots written to ${out}`);
