// Usage: node gift-shots.mjs [baseUrl] [outDir]   (demo mode; takes the gift rules page, its editor and the order test)
import { launch, languages, signedIn } from './signed-in.mjs';
import { mkdirSync } from 'node:fs';

const base = process.argv[2] ?? 'http://127.0.0.1:5080';
const out = process.argv[3] ?? '../../docs/screenshots';
mkdirSync(out, { recursive: true });

const browser = await launch();
const settle = (page) => page.waitForFunction(() => window.__odInteractive === true, null, { timeout: 30000 })
  .then(() => page.waitForTimeout(1500));

for (const language of languages) {
  const [lang] = language;
  const page = await signedIn(browser, base, language, 'admin@demo.orderdesk');
  const context = page.context();
  await page.goto(`${base}/fulfillment/gift-rules`);
  await settle(page);
  await page.locator('[data-testid=order-ref] input, input[data-testid=order-ref]').first().fill(process.env.ORDER_REF ?? '1');
  await page.getByTestId('test-order').click();
  await page.getByTestId('preview-decisions').waitFor();
  await page.waitForTimeout(500);
  await page.screenshot({ path: `${out}/gift-rules-test-${lang}.png`, fullPage: true });
  await page.locator('[data-testid^="edit-"]').nth(2).click();
  await page.getByTestId('gift-rule-dialog').waitFor();
  await page.waitForTimeout(800);
  await page.screenshot({ path: `${out}/gift-rules-${lang}.png` });
  if (lang === 'en') {
    await page.getByTestId('cancel').click();
    await page.locator('[data-testid=preview-decisions]').locator('xpath=preceding::a[starts-with(@href, "/orders/")][1]').click();
    await page.waitForURL(url => /\/orders\/\d+/.test(url.pathname));
    await settle(page);
    await page.getByTestId('reevaluate-gifts').click();
    await page.waitForTimeout(1000);
    await page.screenshot({ path: `${out}/gift-rules-order-detail-${lang}.png` });
  }
  await context.close();
}
await browser.close();
console.log(`screenshots written to ${out}`);
