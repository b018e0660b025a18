// Usage: node shots.mjs [baseUrl] [outDir]   (app running in demo mode; no browser download: uses /usr/bin/chromium)
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';

const base = process.argv[2] ?? 'http://127.0.0.1:5080';
const out = process.argv[3] ?? '../../docs/screenshots';
const password = process.env.DEMO_PASSWORD ?? 'Demo!2026';
mkdirSync(out, { recursive: true });

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const settle = (page) => page.waitForFunction(() => window.__odInteractive === true, null, { timeout: 30000 })
  .then(() => page.waitForTimeout(1500));

for (const [lang, culture] of [['en', 'en'], ['zh', 'zh-Hans']]) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: lang === 'zh' ? 'zh-CN' : 'en-US' });
  const page = await context.newPage();
  await page.goto(`${base}/culture/${culture}?returnUrl=/account/login`);
  await page.screenshot({ path: `${out}/login-${lang}.png` });
  await page.getByTestId('email').fill('ops@demo.orderdesk');
  await page.getByTestId('password').fill(password);
  await page.getByTestId('sign-in').click();
  await page.waitForURL(url => !url.pathname.startsWith('/account'));
  await settle(page);
  await page.screenshot({ path: `${out}/home-${lang}.png` });
  await page.goto(`${base}/orders`);
  await settle(page);
  await page.screenshot({ path: `${out}/orders-${lang}.png` });
  await page.goto(`${base}/orders?status=Paid&platform=Jd`);
  await settle(page);
  await page.screenshot({ path: `${out}/orders-filtered-${lang}.png` });
  await page.locator('a[href^="/orders/"]').first().click();
  await page.waitForURL(url => /\/orders\/\d+/.test(url.pathname));
  await settle(page);
  await page.screenshot({ path: `${out}/order-detail-${lang}.png`, fullPage: true });
  await context.close();
}
{
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${base}/account/login`);
  await page.getByTestId('email').fill('admin@demo.orderdesk');
  await page.getByTestId('password').fill(password);
  await page.getByTestId('sign-in').click();
  await page.waitForURL(url => !url.pathname.startsWith('/account'));
  for (const path of ['/admin/shops', '/admin/audit']) {
    await page.goto(`${base}${path}`);
    await settle(page);
    await page.screenshot({ path: `${out}/admin-${path.split('/').pop()}-en.png` });
  }
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`${base}/orders`);
  await settle(page);
  await page.screenshot({ path: `${out}/orders-phone-en.png` });
  await context.close();
}
await browser.close();
console.log(`screenshots written to ${out}`);
