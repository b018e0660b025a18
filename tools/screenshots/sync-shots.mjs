// Usage: python3 seed-sync.py <data dir>/orderdesk.db; node sync-shots.mjs [baseUrl] [outDir]
// Screenshots of the sync screens (quarantine, message, sync state, reconciliation) as ops, in both languages.
import { interactive, languages, launch, settings, signedIn } from './signed-in.mjs';

const { base, out } = settings('http://127.0.0.1:5080');
const browser = await launch();
const settle = (page) => interactive(page).then(() => page.waitForTimeout(1500));

for (const language of languages) {
  const lang = language[0];
  const page = await signedIn(browser, base, language);
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
  await page.context().close();
}
await browser.close();
console.log(`screenshots written to ${out}`);
