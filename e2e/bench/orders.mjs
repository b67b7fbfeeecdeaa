/**
 * Issue 5's scale figures, measured in the real app (production build, service worker, mock
 * backend) on a phone-sized screen with 10,000 orders and 10,000 payments stored:
 *
 * - time to the first rows of /orders, cold (a new tab: the app boots from the service worker
 *   and reads IndexedDB) and warm (coming back to Orders from another screen);
 * - the IndexedDB write of one 1,000-record sync page, in one transaction;
 * - search over the 10,000 stored orders;
 * - DOM size of the virtualised lists.
 *
 * The app records these with the User Timing API (`permiso:orders-first-rows`,
 * `permiso:sync-save`, `permiso:orders-search`); the benchmark only drives the screens and
 * reads them. Nothing is faked: the rows come from the mock's `/__mock/orders/bulk` through the
 * app's own delta sync.
 */
import { median } from './lib.mjs';

export const STORED = 10_000;
export const SEARCH_TARGET_MS = 50;
export const DOM_NODES_TARGET = 800;
const RUNS = 5;
const PHONE_VIEWPORT = { width: 390, height: 844 };
const SEARCHES = ['blk-105', 'zapatillas', 'mochila 99', 'pantalon vaquero', 'cafetera 12'];

const measures = (page, name) =>
  page.evaluate(
    (entryName) => performance.getEntriesByName(entryName).map((e) => ({ d: e.duration, detail: e.detail })),
    name,
  );
const markTimes = (page, name) =>
  page.evaluate((entryName) => performance.getEntriesByName(entryName, 'mark').map((e) => e.startTime), name);
const domNodes = (page) => page.evaluate(() => document.getElementsByTagName('*').length);

async function signIn(page, base, phone) {
  await page.goto(`${base}/signin`);
  await page.getByRole('textbox', { name: 'Phone number' }).fill(phone);
  await page.getByRole('button', { name: 'Send code' }).click();
  await page.getByRole('textbox', { name: 'Code' }).waitFor();
  const response = await fetch(`${base}/__mock/last-code?phone=${encodeURIComponent(phone)}`);
  const { code } = await response.json();
  await page.getByRole('textbox', { name: 'Code' }).fill(code);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('navigation', { name: 'Main' }).waitFor();
}

async function post(base, path, body) {
  const response = await fetch(`${base}/__mock/${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`/__mock/${path} answered ${response.status}: ${await response.text()}`);
  return response.json();
}

/** Waits until /orders shows `count` orders (the app synced them all). */
async function waitForCount(page, count, timeout) {
  const label = `${new Intl.NumberFormat('en').format(count)} orders`;
  await page.getByRole('status').filter({ hasText: label }).first().waitFor({ timeout });
}

/** Opens /orders in a new tab of the same browser profile and returns ms from navigation to first rows. */
async function coldFirstRows(context, base) {
  const page = await context.newPage();
  try {
    await page.goto(`${base}/orders`);
    await page.waitForFunction(() => performance.getEntriesByName('permiso:orders-first-rows').length > 0, null, {
      timeout: 30_000,
    });
    const [time] = await markTimes(page, 'permiso:orders-first-rows');
    return time;
  } finally {
    await page.close();
  }
}

/** From a click on Orders (coming from Payments) to the first rows, in an open app. */
async function warmFirstRows(page) {
  await page.getByRole('link', { name: 'Payments', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Payments' }).waitFor();
  await page.getByRole('link', { name: /€/ }).first().waitFor();
  const before = (await markTimes(page, 'permiso:orders-first-rows')).length;
  const started = await page.evaluate(() => {
    const link = [...document.querySelectorAll('nav a')].find((a) => a.getAttribute('href') === '/orders');
    const at = performance.now();
    link.click();
    return at;
  });
  await page.waitForFunction(
    (count) => performance.getEntriesByName('permiso:orders-first-rows').length > count,
    before,
  );
  const marks = await markTimes(page, 'permiso:orders-first-rows');
  return marks[marks.length - 1] - started;
}

async function searchTime(page, query) {
  const search = page.getByRole('searchbox', { name: 'Search orders' });
  const before = (await measures(page, 'permiso:orders-search')).length;
  await search.fill(query);
  await page.waitForFunction((count) => performance.getEntriesByName('permiso:orders-search').length > count, before);
  const all = await measures(page, 'permiso:orders-search');
  return all[all.length - 1];
}

export const ordersScale = {
  id: 'orders-scale',
  title: `Orders and payments with ${STORED.toLocaleString('en')} of each stored (phone screen)`,
  async run(ctx) {
    const base = await ctx.preview();
    const browser = await ctx.browser();
    const context = await browser.newContext({ viewport: PHONE_VIEWPORT, locale: 'en-GB', serviceWorkers: 'allow' });
    try {
      const page = await context.newPage();
      const phone = `+3469${String(Date.now() % 10_000_000).padStart(7, '0')}`;
      await signIn(page, base, phone);
      await page.goto(`${base}/orders`);
      await waitForCount(page, 8, 30_000); // The demo seed's orders.
      const seeded = await post(base, 'orders/bulk', { count: STORED, payments: true, phone });
      ctx.log(`stored by the mock: ${seeded.orders} orders, ${seeded.payments} payments; syncing…`);
      const syncStarted = Date.now();
      await waitForCount(page, STORED + 8, 180_000);
      const syncSeconds = (Date.now() - syncStarted) / 1000;
      ctx.log(`synced in ${syncSeconds.toFixed(1)} s`);

      const pages = (await measures(page, 'permiso:sync-save')).filter((m) => m.detail?.records === 1000);
      if (pages.length === 0) throw new Error('no 1,000-record sync page was recorded');
      const pageTimes = pages.map((m) => m.d);

      await page.evaluate(async () => {
        await navigator.serviceWorker.ready;
      });
      const domAtTop = await domNodes(page);
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2));
      await page.waitForTimeout(300);
      const domMiddle = await domNodes(page);
      const rowsMiddle = await page.locator('.virtual-row').count();
      await page.evaluate(() => window.scrollTo(0, 0));

      const searches = [];
      for (const query of SEARCHES) {
        const measure = await searchTime(page, query);
        searches.push(measure.d);
        ctx.log(`search "${query}": ${measure.d.toFixed(2)} ms, ${measure.detail.matches} of ${measure.detail.rows}`);
      }
      await page.getByRole('searchbox', { name: 'Search orders' }).fill('');

      const cold = [];
      for (let run = 0; run < RUNS; run++) cold.push(await coldFirstRows(context, base));
      const warm = [];
      for (let run = 0; run < RUNS; run++) warm.push(await warmFirstRows(page));
      ctx.log(
        `cold runs: ${cold.map((ms) => Math.round(ms)).join(', ')} ms; warm runs: ${warm.map((ms) => Math.round(ms)).join(', ')} ms`,
      );

      await page.getByRole('link', { name: 'Payments', exact: true }).click();
      await page
        .getByRole('status')
        .filter({ hasText: `${(STORED + 8).toLocaleString('en')} payments` })
        .waitFor();
      const domPayments = await domNodes(page);

      // The inbox shows the newest activity of all kinds, read through the time indexes.
      const inboxStarted = Date.now();
      await page.getByRole('link', { name: 'Inbox', exact: true }).click();
      await page.locator('main .row').first().waitFor();
      const inboxMs = Date.now() - inboxStarted;
      const domInbox = await domNodes(page);

      return {
        rows: [
          { name: `/orders first rows, cold (new tab; median of ${RUNS})`, value: median(cold), unit: 'ms' },
          { name: `/orders first rows, warm (from Payments; median of ${RUNS})`, value: median(warm), unit: 'ms' },
          {
            name: `IndexedDB sync, 1,000 records in one transaction (median of ${pageTimes.length} pages)`,
            value: median(pageTimes),
            unit: 'ms',
          },
          { name: 'slowest 1,000-record page', value: Math.max(...pageTimes), unit: 'ms', detail: true },
          {
            name: `whole sync of ${(STORED * 2).toLocaleString('en')} records (network and parsing included)`,
            value: syncSeconds * 1000,
            unit: 'ms',
            detail: true,
          },
          {
            name: `search over ${(STORED + 8).toLocaleString('en')} stored orders (median of ${SEARCHES.length})`,
            value: median(searches),
            unit: 'ms',
            target: { op: '<=', value: SEARCH_TARGET_MS },
          },
          { name: 'slowest search', value: Math.max(...searches), unit: 'ms', detail: true },
          {
            name: 'DOM nodes, /orders scrolled halfway',
            value: domMiddle,
            unit: 'count',
            target: { op: '<=', value: DOM_NODES_TARGET },
          },
          {
            name: `at the top: ${domAtTop} nodes; rows rendered halfway: ${rowsMiddle}`,
            value: '',
            unit: '',
            detail: true,
          },
          {
            name: 'DOM nodes, /payments',
            value: domPayments,
            unit: 'count',
            target: { op: '<=', value: DOM_NODES_TARGET },
          },
          { name: 'inbox first rows (from Payments)', value: inboxMs, unit: 'ms' },
          {
            name: 'DOM nodes, inbox',
            value: domInbox,
            unit: 'count',
            target: { op: '<=', value: DOM_NODES_TARGET },
          },
        ],
        data: { cold, warm, syncPages: pageTimes, searches, syncSeconds },
      };
    } finally {
      await context.close();
    }
  },
};
