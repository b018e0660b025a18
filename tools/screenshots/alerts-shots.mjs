// Usage: python3 seed-alerts.py <db>; wait a minute for the "alerts" job; node alerts-shots.mjs [baseUrl] [outDir]
// Screenshots of the alert rules (with the editor refusing a field), the incidents list and one incident, as ops, in both
// languages. The English pass acknowledges the first incident, so its timeline shows the comment.
import { interactive, languages, launch, settings, signedIn } from './signed-in.mjs';

const { base, out } = settings();
const browser = await launch();
for (const language of languages) {
  const lang = language[0];
  const page = await signedIn(browser, base, language);

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
  await page.context().close();
}
await browser.close();
console.log(`screenshots written to ${out}`);
