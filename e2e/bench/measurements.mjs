/**
 * The benchmark's measurements. Each one is
 *
 *   { id, title, enabled?(options) → boolean, run(ctx) → Promise<{ rows, data? }> }
 *
 * where ctx = { options, log(message), preview() → Promise<base URL>, browser() → Promise<Browser> }
 * (the preview server and the browser start on first use and are stopped by the runner), and each
 * row is
 *
 *   { name, value, unit, target?, detail? }
 *
 * with unit one of 'bytes' | 'ms' | 'score' | 'count' | 'ratio' | '' (free text), target
 * { op: '<=' | '>=', value } in the row's unit, and detail: true for indented breakdown rows.
 * `data` is extra material kept only in the JSON record.
 *
 * To add a measurement, write one more such object and append it to `measurements` below.
 */
import { readFile, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { brotliSize, createReceiptLink, DIST, distFileSizes, distPath, KB } from './lib.mjs';
import { lighthouse } from './lighthouse.mjs';
import { ordersScale } from './orders.mjs';

export const FIRST_SCREEN_JS_BUDGET = 30 * KB;
/** Where the app sends a signed-out visitor of `/`; landing elsewhere means the figure is not the first screen's. */
export const FIRST_SCREEN_PATH = '/signin';

/**
 * The JavaScript scripts a newcomer's browser loads visiting `path` (a fresh context: no cache,
 * no service worker, no stored session). `settle(page)` waits until the screen is complete.
 * Returns { landedOn, files, raw, brotli }, files sorted by brotli size, largest first.
 */
async function coldVisitJs(ctx, path, settle) {
  const base = await ctx.preview();
  const browser = await ctx.browser();
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const responses = [];
    // page.on('response') sees the page's own requests only; the service worker's precaching
    // fetches are reported on the context, so they are left out as intended.
    page.on('response', (response) => responses.push(response));
    const problems = [];
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('requestfailed', (request) => problems.push(`failed: ${request.url()} (${request.failure()?.errorText})`));
    await page.goto(`${base}${path}`, { waitUntil: 'networkidle' });
    try {
      await settle(page);
    } catch (error) {
      const errors = responses.filter((r) => r.status() >= 400).map((r) => `HTTP ${r.status()}: ${r.url()}`);
      const why = [...problems, ...errors].join('; ') || 'no page error or failed request seen';
      throw new Error(`${path} did not settle (on ${page.url()}): ${error.message}; ${why}`);
    }
    const landed = new URL(page.url());
    const landedOn = `${landed.pathname}${landed.search}`;

    const origin = new URL(base).origin;
    const scripts = new Map();
    for (const response of responses) {
      const url = new URL(response.url());
      if (!/\.m?js$/.test(url.pathname) || response.status() >= 400) continue;
      if (scripts.has(url.href)) continue;
      scripts.set(url.href, { url, response });
    }

    const files = [];
    for (const { url, response } of scripts.values()) {
      const sizes =
        url.origin === origin && (await fileExists(distPath(url.pathname)))
          ? await distFileSizes(url.pathname)
          : await bodySizes(response); // Not a built file (another origin, a middleware): use what was served.
      files.push({ path: url.origin === origin ? url.pathname : url.href, ...sizes });
    }
    files.sort((a, b) => b.brotli - a.brotli);
    const raw = files.reduce((sum, file) => sum + file.raw, 0);
    const brotli = files.reduce((sum, file) => sum + file.brotli, 0);
    return { landedOn, files, raw, brotli };
  } finally {
    await context.close();
  }
}

/** The rows of a cold visit: total brotli (against `budget`), raw, file count, then each file. */
function coldVisitRows(label, visit, budget) {
  return [
    { name: 'landed on', value: visit.landedOn, unit: '' },
    { name: `${label}, brotli`, value: visit.brotli, unit: 'bytes', target: { op: '<=', value: budget } },
    { name: `${label}, raw`, value: visit.raw, unit: 'bytes' },
    { name: `${label} files`, value: visit.files.length, unit: 'count' },
    ...visit.files.map((file) => ({ name: file.path, value: file.brotli, unit: 'bytes', detail: true })),
  ];
}

/** The JavaScript a newcomer's browser loads for the first screen (`/`, which redirects to /signin). */
export const firstScreenJs = {
  id: 'first-screen-js',
  title: 'First screen JavaScript',
  async run(ctx) {
    const visit = await coldVisitJs(ctx, '/', async (page) => {
      // The redirect follows a read of IndexedDB, so it may come after the first quiet moment.
      await page.waitForURL((url) => url.pathname === FIRST_SCREEN_PATH, { timeout: 15_000 });
      await page.waitForLoadState('networkidle');
    });
    return {
      rows: coldVisitRows('first screen JS', visit, FIRST_SCREEN_JS_BUDGET),
      data: { landedOn: visit.landedOn, files: visit.files },
    };
  },
};

/**
 * The JavaScript of a receipt link opened cold: `/r/:code` is the first screen of a newcomer who
 * scans a receipt, so it has the first screen's budget. The link is made on the preview server's
 * mock backend; the visit ends once the consent request (`Follow this order`) is shown.
 */
export const receiptLandingJs = {
  id: 'receipt-landing-js',
  title: 'Receipt landing JavaScript',
  async run(ctx) {
    const base = await ctx.preview();
    const link = await createReceiptLink(base, { businessId: 'biz-libreria-prado' });
    const path = new URL(link.url, base).pathname;
    const visit = await coldVisitJs(ctx, path, async (page) => {
      await page.getByRole('button', { name: 'Follow this order' }).waitFor({ timeout: 15_000 });
      await page.waitForLoadState('networkidle');
    });
    return {
      rows: coldVisitRows('receipt landing JS', visit, FIRST_SCREEN_JS_BUDGET),
      data: { landedOn: visit.landedOn, files: visit.files },
    };
  },
};

/** Everything the service worker precaches on install: the manifest vite-plugin-pwa inlined into dist/sw.js. */
export const precache = {
  id: 'precache',
  title: 'Precache',
  async run() {
    const source = await readFile(join(DIST, 'sw.js'), 'utf8');
    const urls = precacheUrls(source);
    if (urls.length === 0) throw new Error('found no precache manifest entries in dist/sw.js');

    const byType = new Map();
    const files = [];
    for (const url of urls) {
      const buffer = await readFile(distPath(url));
      const file = { url, raw: buffer.length, brotli: brotliSize(buffer) };
      files.push(file);
      const type = extname(url.split(/[?#]/)[0]).slice(1) || '(none)';
      const sum = byType.get(type) ?? { count: 0, raw: 0, brotli: 0 };
      sum.count++;
      sum.raw += file.raw;
      sum.brotli += file.brotli;
      byType.set(type, sum);
    }
    const raw = files.reduce((total, file) => total + file.raw, 0);
    const brotli = files.reduce((total, file) => total + file.brotli, 0);
    const types = [...byType].sort((a, b) => b[1].brotli - a[1].brotli);

    return {
      rows: [
        { name: 'precache entries', value: files.length, unit: 'count' },
        { name: 'precache, raw', value: raw, unit: 'bytes' },
        { name: 'precache, brotli', value: brotli, unit: 'bytes' },
        ...types.map(([type, sum]) => ({
          name: `${type} ×${sum.count} (brotli; raw ${formatKb(sum.raw)})`,
          value: sum.brotli,
          unit: 'bytes',
          detail: true,
        })),
      ],
      data: { files: files.sort((a, b) => b.brotli - a.brotli), byType: Object.fromEntries(types) },
    };
  },
};

/**
 * The `url`s of the precache manifest in a built worker. The injected manifest is JSON
 * (`[{"revision":"…","url":"…"},…]`), but accept unquoted keys and either key order so a
 * minifier pass over it would not break the parse.
 */
export function precacheUrls(source) {
  const revision = String.raw`"?revision"?\s*:\s*(?:null|"[^"]*")`;
  const url = String.raw`"?url"?\s*:\s*"([^"]+)"`;
  const entry = new RegExp(String.raw`\{\s*(?:${revision}\s*,\s*${url}|${url}\s*,\s*${revision})\s*\}`, 'g');
  const urls = new Set();
  for (const match of source.matchAll(entry)) urls.add(match[1] ?? match[2]);
  return [...urls];
}

async function fileExists(file) {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}

async function bodySizes(response) {
  const body = await response.body();
  return { raw: body.length, brotli: brotliSize(body) };
}

function formatKb(bytes) {
  return `${(bytes / KB).toFixed(1)} KB`;
}

/** In the order they run and print. */
export const measurements = [firstScreenJs, receiptLandingJs, precache, ordersScale, lighthouse];
