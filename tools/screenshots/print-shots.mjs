// Usage: node print-shots.mjs <orderId> [baseUrl] [outDir]
// The packing slip (A6 and A4, English; A6 Chinese) as printed, the SKU list, and a label sheet.
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';

const orderId = process.argv[2];
const base = process.argv[3] ?? 'http://127.0.0.1:5096';
const out = process.argv[4] ?? '../../docs/screenshots';
const password = process.env.DEMO_PASSWORD ?? 'Demo!2026';
const mmToPx = mm => Math.round(mm * 96 / 25.4);
mkdirSync(out, { recursive: true });

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });

async function signIn(culture) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, deviceScaleFactor: 2 });
  const page = await context.newPage();
  await page.goto(`${base}/culture/${culture}?returnUrl=/account/login`);
  await page.getByTestId('email').fill('warehouse@demo.orderdesk');
  await page.getByTestId('password').fill(password);
  await page.getByTestId('sign-in').click();
  await page.waitForURL(url => !url.pathname.startsWith('/account'));
  return { context, page };
}

// Print media at the paper's own size: what the printer gets, without the toolbar.
async function printShot(page, url, widthMm, heightMm, selector, file) {
  await page.setViewportSize({ width: mmToPx(widthMm), height: mmToPx(heightMm) });
  await page.emulateMedia({ media: 'print' });
  await page.goto(url);
  await page.waitForLoadState('networkidle');
  await page.locator(selector).first().screenshot({ path: `${out}/${file}` });
  // The PDF Chromium would send to the printer: a slip that spills onto a second sheet shows here.
  const pdf = (await page.pdf({ preferCSSPageSize: true })).toString('latin1');
  console.log(`${file}: ${(pdf.match(/\/Type\s*\/Page[^s]/g) ?? []).length} page(s)`);
  await page.emulateMedia({ media: 'screen' });
}

{
  const { context, page } = await signIn('en');
  await printShot(page, `${base}/orders/${orderId}/slip?size=A6`, 105, 148, '[data-testid=packing-slip]', 'packing-slip-a6-en.png');
  await printShot(page, `${base}/orders/${orderId}/slip?size=A4`, 210, 297, '[data-testid=packing-slip]', 'packing-slip-a4-en.png');

  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(`${base}/skus`);
  await page.waitForFunction(() => window.__odInteractive === true, null, { timeout: 30000 });
  await page.waitForSelector('[data-testid=skus-grid] tbody tr');
  const boxes = page.locator('[data-testid=skus-grid] tbody tr input[type=checkbox]');
  for (const i of [0, 1, 2, 4, 7]) await boxes.nth(i).check();
  await page.waitForTimeout(500);
  await page.screenshot({ path: `${out}/sku-list-en.png` });
  const href = await page.getByTestId('skus-print-labels').getAttribute('href');

  await page.setViewportSize({ width: 1000, height: 900 });
  await page.goto(`${base}${href}&size=Sheet&price=true`);
  await page.waitForLoadState('networkidle');
  await page.screenshot({ path: `${out}/sku-labels-en.png`, clip: { x: 0, y: 0, width: 1000, height: 560 } });
  await context.close();
}
{
  const { context, page } = await signIn('zh-Hans');
  await printShot(page, `${base}/orders/${orderId}/slip?size=A6`, 105, 148, '[data-testid=packing-slip]', 'packing-slip-a6-zh.png');
  await context.close();
}
await browser.close();
console.log(`screenshots written to ${out}`);
