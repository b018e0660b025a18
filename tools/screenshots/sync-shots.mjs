// Usage: python3 seed-sync.py <data dir>/orderdesk.db; node sync-shots.mjs [baseUrl] [outDir]
// Screenshots of the sync screens (quarantine, message, sync state, reconciliation) as ops, in both languages.
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
  await page.getByTestId('email').fill('ops@demo.orderdesk');
  await page.getByTestId('password').fill(password);
  await page.getByTestId('sign-in').click();
  await page.waitForURL(url => !url.pathname.startsWith('/account'));
  await page.goto(`${base}/ingestion/quarantine`);
  await settle(page);
  await page.screenshot({ path: `${out}/quarantine-${lang}.png` });
  await page.getByTestId('quarantine-link').first().click();
  await page.waitForURL(url => /\/ingestion\/quarantine\/\d+/.test(url.pathname));
  await settle(page);
  await page.screenshot({ path: `${out}/quarantine-message-${lang}.png`, fullPage: true });
  await page.goto(`${base}/ingestion/sync`);
  await settle(page);
  await page.screenshot({ path: `${out}/sync-state-${lang}.png` });
  await page.goto(`${base}/ingestion/reconcile`);
  await settle(page);
  await page.screenshot({ path: `${out}/reconcile-${lang}.png` });
  await context.close();
}
await browser.close();
console.log(`screenshots written to ${out}`);
