// Usage: ORDERDESK_SEED_FULFILLMENT=<data dir> dotnet test OrderDesk.Tests --filter FullyQualifiedName~FulfillmentScreenshotSeed -- xUnit.Explicit=only;
//        start the app on that data dir; node waves-shots.mjs <data dir> [baseUrl] [outDir]
// Screenshots of the waves, wave detail, order trail and shipping-error screens, in both languages.
import { chromium } from 'playwright-core';
import { mkdirSync, readFileSync } from 'node:fs';

const seed = JSON.parse(readFileSync(`${process.argv[2]}/fulfillment-seed.json`, 'utf8'));
const base = process.argv[3] ?? 'http://127.0.0.1:5095';
const out = process.argv[4] ?? '../../docs/screenshots';
const password = process.env.DEMO_PASSWORD ?? 'Demo!2026';
mkdirSync(out, { recursive: true });

const shots = [
  ['waves', `/waves?warehouse=${seed.readyWarehouseId}`, '[data-testid=ready-table]'],
  ['wave-detail', `/waves/${seed.demoWaveId}`, '[data-testid=pick-list]'],
  ['order-trail', `/orders/${seed.trailOrderId}`, '[data-testid=trail-events]'],
  ['shipping-errors', '/fulfillment/errors', '[data-testid=errors-table]'],
];

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
for (const [lang, culture] of [['en', 'en'], ['zh', 'zh-Hans']]) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: lang === 'zh' ? 'zh-CN' : 'en-US' });
  const page = await context.newPage();
  await page.goto(`${base}/culture/${culture}?returnUrl=/account/login`);
  await page.getByTestId('email').fill('supervisor@demo.orderdesk');
  await page.getByTestId('password').fill(password);
  await page.getByTestId('sign-in').click();
  await page.waitForURL(url => !url.pathname.startsWith('/account'));
  for (const [name, path, ready, scrollTo] of shots) {
    await page.goto(`${base}${path}`);
    await page.waitForFunction(() => window.__odInteractive === true, null, { timeout: 30000 });
    await page.waitForSelector(ready);
    if (scrollTo) await page.locator(scrollTo).scrollIntoViewIfNeeded();
    await page.waitForTimeout(800);
    await page.screenshot({ path: `${out}/${name}-${lang}.png`, fullPage: !scrollTo });
  }
  await context.close();
}
await browser.close();
console.log(`screenshots written to ${out}`);
