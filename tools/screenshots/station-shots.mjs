// Usage: python3 station-data.py <data dir>/orderdesk.db 1 > /tmp/station-data.json
//        node station-shots.mjs [baseUrl] [outDir] [dataJson]
// Takes one order with a gift through pick (a wrong colour/size scanned), check, pack and weigh per language.
import { chromium } from 'playwright-core';
import { mkdirSync, readFileSync } from 'node:fs';

const base = process.argv[2] ?? 'http://127.0.0.1:5094';
const out = process.argv[3] ?? '../../docs/screenshots';
const data = JSON.parse(readFileSync(process.argv[4] ?? '/tmp/station-data.json', 'utf8'));
const password = process.env.DEMO_PASSWORD ?? 'Demo!2026';
mkdirSync(out, { recursive: true });

// Orders with a gift line first (the check shot shows it highlighted), then the others with a sibling variant.
const hasGift = o => o.lines.some(l => l.gift);
const withGift = data.orders.filter(o => o.sibling).sort((a, b) => hasGift(b) - hasGift(a) || b.lines.length - a.lines.length);
const desktop = { width: 1366, height: 768 };

async function ready(page) {
  await page.waitForFunction(() => window.__odInteractive === true, null, { timeout: 30000 });
  await page.waitForSelector('[data-testid=scan-input]:not([disabled])');
}

async function scan(page, code) {
  const verdict = page.getByTestId('verdict');
  const seq = Number(await verdict.getAttribute('data-seq'));
  await page.getByTestId('scan-input').focus();
  await page.keyboard.type(code + '\n');
  await page.waitForFunction(s => Number(document.querySelector('[data-testid=verdict]').dataset.seq) > s, seq);
  return verdict.getAttribute('data-verdict');
}

async function stage(page, name) {
  await page.goto(`${base}/stations/${name}?warehouse=${data.warehouse}&station=${data.station}`);
  await ready(page);
}

async function shot(page, name) {
  await page.waitForTimeout(400);
  await page.screenshot({ path: `${out}/${name}.png`, fullPage: true });
}

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
for (const [i, [lang, culture]] of [['en', 'en'], ['zh', 'zh-Hans']].entries()) {
  const order = withGift[i];
  const goods = order.lines.filter(l => !l.gift);
  const gifts = order.lines.filter(l => l.gift);
  const context = await browser.newContext({ viewport: desktop, locale: lang === 'zh' ? 'zh-CN' : 'en-US' });
  const page = await context.newPage();
  // The circuit's socket passes through here, so the last shot can cut it (connection lost).
  const link = { down: false, open: null };
  await page.routeWebSocket(/\/_blazor/, ws => {
    if (link.down) { ws.close({ code: 1011, reason: 'offline' }); return; }
    link.open = { ws, server: ws.connectToServer() };
  });
  await page.goto(`${base}/culture/${culture}?returnUrl=/account/login`);
  await page.getByTestId('email').fill('warehouse@demo.orderdesk');
  await page.getByTestId('password').fill(password);
  await page.getByTestId('sign-in').click();
  await page.waitForURL(url => !url.pathname.startsWith('/account'));

  await stage(page, 'pick');
  await scan(page, order.slip);
  for (const line of goods.slice(0, -1)) for (let n = 0; n < line.qty; n++) await scan(page, line.barcode);
  await scan(page, order.sibling);
  await shot(page, `station-pick-${lang}`);
  await page.setViewportSize({ width: 820, height: 1180 });
  await shot(page, `station-pick-tablet-${lang}`);
  await page.setViewportSize(desktop);
  for (const line of [goods.at(-1), ...gifts]) for (let n = 0; n < line.qty; n++) await scan(page, line.barcode);

  await stage(page, 'check');
  await scan(page, order.slip);
  for (const line of goods) for (let n = 0; n < line.qty; n++) await scan(page, line.barcode);
  await shot(page, `station-check-${lang}`);
  for (const line of gifts) for (let n = 0; n < line.qty; n++) await scan(page, line.barcode);

  await stage(page, 'pack');
  await scan(page, order.slip);
  await shot(page, `station-pack-${lang}`);
  await page.setViewportSize({ width: 820, height: 1180 });
  await shot(page, `station-pack-tablet-${lang}`);
  await page.setViewportSize(desktop);
  await scan(page, order.slip);

  await stage(page, 'weigh');
  await scan(page, order.slip);
  await scan(page, lang === 'en' ? 'ZT7731234567' : 'ZT7731234568');
  await shot(page, `station-weigh-${lang}`);
  await page.setViewportSize({ width: 820, height: 1180 });
  await shot(page, `station-weigh-tablet-${lang}`);
  await page.setViewportSize(desktop);
  const shipped = await scan(page, String(order.grams + 12));
  console.log(lang, order.number, 'weigh:', shipped);

  await stage(page, 'pick');
  link.down = true;
  await context.setOffline(true); // no long-polling fallback either
  await link.open.server.close({ code: 1011, reason: 'cable pulled' });
  await link.open.ws.close({ code: 1011, reason: 'cable pulled' });
  await page.waitForSelector('[data-testid=reconnect-banner]', { state: 'visible' });
  await page.waitForSelector('[data-testid=connection-lost]', { state: 'visible' });
  await shot(page, `station-lost-${lang}`);
  await context.close();
}
await browser.close();
console.log(`screenshots written to ${out}`);
