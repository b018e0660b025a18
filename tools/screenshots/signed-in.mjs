// What every screenshot script does first: Debian's Chromium, then one signed-in page per language.
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';

export const languages = [['en', 'en'], ['zh', 'zh-Hans']];

/** Command line: [baseUrl] [outDir]; makes the output folder. */
export function settings(defaultBase = 'http://127.0.0.1:5091') {
  const base = process.argv[2] ?? defaultBase;
  const out = process.argv[3] ?? '../../docs/screenshots';
  mkdirSync(out, { recursive: true });
  return { base, out };
}

export const launch = () =>
  chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });

/** A fresh 1440×900 context in the language, signed in as the demo account; returns its page. */
export async function signedIn(browser, base, [lang, culture], email = 'ops@demo.orderdesk') {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: lang === 'zh' ? 'zh-CN' : 'en-US' });
  const page = await context.newPage();
  await page.goto(`${base}/culture/${culture}?returnUrl=/account/login`);
  await page.getByTestId('email').fill(email);
  await page.getByTestId('password').fill(process.env.DEMO_PASSWORD ?? 'Demo!2026');
  await page.getByTestId('sign-in').click();
  await page.waitForURL(url => !url.pathname.startsWith('/account'));
  return page;
}

/** Until the Blazor circuit is live. */
export const interactive = page => page.waitForFunction(() => window.__odInteractive === true, null, { timeout: 30000 });
