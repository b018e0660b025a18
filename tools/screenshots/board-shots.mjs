// Usage: python3 seed-sync.py <db>; python3 seed-board.py <db>; node board-shots.mjs [baseUrl] [outDir]
// Screenshots of the monitoring board as ops, in both languages.
import { interactive, languages, launch, settings, signedIn } from './signed-in.mjs';

const { base, out } = settings();
const browser = await launch();
for (const language of languages) {
  const lang = language[0];
  const page = await signedIn(browser, base, language);
  await page.goto(`${base}/board`);
  await interactive(page);
  await page.waitForSelector('[data-testid=chart-inflow][data-rendered=true]');
  await page.waitForTimeout(1500);
  await page.screenshot({ path: `${out}/board-${lang}.png`, fullPage: true });
  await page.context().close();
}
await browser.close();
console.log(`screenshots written to ${out}`);
