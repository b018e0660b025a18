// Usage: python3 seed-sync.py <db>; python3 seed-board.py <db>; node board-shots.mjs [baseUrl] [outDir]
// Screenshots of the monitoring board as ops, in both languages.
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';

const base = process.argv[2] ?? 'http://127.0.0.1:5091';
const out = process.argv[3] ?? '../../docs/screenshots';
const password = process.env.DEMO_PASSWORD ?? 'Demo!2026';
mkdirSync(out, { recursive: true });

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
for (const [lang, culture] of [['en', 'en'], ['zh', 'zh-Hans']]) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: lang === 'zh' ? 'zh-CN' : 'en-US' });
  const page = await context.newPage();
  await page.goto(`${base}/culture/${culture}?returnUrl=/account/login`);
  await page.getByTestId('email').fill('ops@demo.orderdesk');
  await page.getByTestId('password').fill(password);
  await page.getByTestId('sign-in').click();
  await page.waitForURL(url => !url.pathname.startsWith('/account'));
  await page.goto(`${base}/board`);
  await page.waitForFunction(() => window.__odInteractive === true, null, { timeout: 30000 });
  await page.waitForSelector('[data-testid=chart-inflow][data-rendered=true]');
  await page.waitForTimeout(1500);
  await page.screenshot({ path: `${out}/board-${lang}.png`, fullPage: true });
  await context.close();
}
await browser.close();
console.log(`screenshots written to ${out}`);
