// Usage: node carrier-shots.mjs [baseUrl] [orderId] [outDir]   (app in demo mode; uses /usr/bin/chromium)
// The carrier rules page with a "test against order" result, in English and Chinese.
import { launch, languages, signedIn } from './signed-in.mjs';
import { mkdirSync } from 'node:fs';

const base = process.argv[2] ?? 'http://127.0.0.1:5080';
const order = process.argv[3] ?? '1';
const out = process.argv[4] ?? '../../docs/screenshots';
mkdirSync(out, { recursive: true });

const browser = await launch();
const settle = (page) => page.waitForFunction(() => window.__odInteractive === true, null, { timeout: 30000 })
  .then(() => page.waitForTimeout(1500));

for (const language of languages) {
  const [lang] = language;
  const page = await signedIn(browser, base, language, 'admin@demo.orderdesk');
  const context = page.context();
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
