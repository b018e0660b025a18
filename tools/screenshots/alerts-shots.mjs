// Usage: python3 seed-alerts.py <db>; wait a minute for the "alerts" job; node alerts-shots.mjs [baseUrl] [outDir]
// Screenshots of the alert rules (with the editor refusing a field), the incidents list and one incident, as ops, in both
// languages. The English pass acknowledges the first incident, so its timeline shows the comment.
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';

const base = process.argv[2] ?? 'http://127.0.0.1:5091';
const out = process.argv[3] ?? '../../docs/screenshots';
const password = process.env.DEMO_PASSWORD ?? 'Demo!2026';
mkdirSync(out, { recursive: true });

const interactive = page => page.waitForFunction(() => window.__odInteractive === true, null, { timeout: 30000 });

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
for (const [lang, culture] of [['en', 'en'], ['zh', 'zh-Hans']]) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: lang === 'zh' ? 'zh-CN' : 'en-US' });
  const page = await context.newPage();
  await page.goto(`${base}/culture/${culture}?returnUrl=/account/login`);
  await page.getByTestId('email').fill('ops@demo.orderdesk');
  await page.getByTestId('password').fill(password);
  await page.getByTestId('sign-in').click();
  await page.waitForURL(url => !url.pathname.startsWith('/account'));

  await page.goto(`${base}/alerts/rules`);
  await interactive(page);
  await page.waitForSelector('[data-testid=rule-row-name]');
  await page.waitForTimeout(800);
  await page.screenshot({ path: `${out}/alert-rules-${lang}.png`, fullPage: true });

  // The editor refusing a negative threshold and a zero window, each reason under its field.
  await page.getByTestId('rule-edit-1').click(); // the seeded "Shop failures" rule
  const threshold = page.locator('[data-testid=rule-threshold] input, input[data-testid=rule-threshold]').first();
  await threshold.fill('-5');
  const windowField = page.locator('[data-testid=rule-window] input, input[data-testid=rule-window]').first();
  await windowField.fill('0');
  await windowField.press('Tab');
  await page.getByTestId('rule-save').click();
  await page.waitForSelector('.mud-input-error');
  await page.waitForTimeout(500);
  await page.screenshot({ path: `${out}/alert-rule-error-${lang}.png` });
  await page.getByTestId('rule-cancel').click();

  await page.goto(`${base}/alerts/incidents`);
  await interactive(page);
  await page.waitForSelector('[data-testid=incident-row]');
  const first = await page.locator('[data-testid=incident-row]').last().getAttribute('data-id');
  await page.waitForTimeout(500);
  await page.screenshot({ path: `${out}/incidents-${lang}.png`, fullPage: true });

  await page.goto(`${base}/alerts/incidents/${first}`);
  await interactive(page);
  if (await page.getByTestId('ack-button').count() > 0) {
    await page.locator('[data-testid=ack-comment] textarea, textarea[data-testid=ack-comment]').first()
      .fill('Taobao API answering 5xx since 14:00; ticket opened with the platform. Watching the backlog.');
    await page.getByTestId('ack-button').click();
    await page.waitForSelector('[data-testid=acknowledged-by]');
  }
  await page.waitForTimeout(800);
  await page.screenshot({ path: `${out}/incident-${lang}.png`, fullPage: true });
  await context.close();
}
await browser.close();
console.log(`screenshots written to ${out}`);
