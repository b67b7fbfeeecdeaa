/**
 * Lighthouse's performance category against the preview server's `/`, with its default (mobile)
 * settings: a Moto G Power-sized screen and simulated slow 4G with a 4× slower CPU. Each run gets
 * a fresh Chrome with a fresh profile, so nothing (cache, service worker, IndexedDB) carries over.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CHROMIUM, median, OUT_DIR, QUIET_CHROME_FLAGS } from './lib.mjs';

export const LCP_TARGET_MS = 1200;
export const PERFORMANCE_TARGET = 98;

/** Chromes started by chrome-launcher, so an interrupted run can still end them. */
const running = new Set();

export function killLighthouseChromes() {
  for (const chrome of running) {
    try {
      chrome.kill();
    } catch {
      // Already gone.
    }
  }
  running.clear();
}

export const lighthouse = {
  id: 'lighthouse',
  title: 'Lighthouse (mobile)',
  enabled: (options) => options.lighthouse,
  async run(ctx) {
    const base = await ctx.preview();
    // Imported here: Lighthouse is large and --no-lighthouse should not pay for loading it.
    const { default: runLighthouse } = await import('lighthouse');
    const chromeLauncher = await import('chrome-launcher');
    await mkdir(OUT_DIR, { recursive: true });

    const runs = [];
    for (let index = 1; index <= ctx.options.runs; index++) {
      const chrome = await chromeLauncher.launch({
        chromePath: CHROMIUM,
        chromeFlags: ['--headless=new', ...QUIET_CHROME_FLAGS],
        logLevel: 'silent',
        // chrome-launcher would otherwise exit the process on Ctrl-C, before the runner stops the preview.
        handleSIGINT: false,
      });
      running.add(chrome);
      try {
        const result = await runLighthouse(`${base}/`, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['performance'],
        });
        const lhr = result?.lhr;
        if (!lhr) throw new Error(`Lighthouse run ${index} returned no report`);
        if (lhr.runtimeError) throw new Error(`Lighthouse run ${index}: ${lhr.runtimeError.message}`);
        // The full report, for digging into a figure (e2e/bench/out/ is git-ignored).
        await writeFile(join(OUT_DIR, `lighthouse-run-${index}.json`), JSON.stringify(lhr, null, 2));
        const figures = figuresOf(lhr);
        runs.push(figures);
        ctx.log(`run ${index}/${ctx.options.runs}: ${summarize(figures)}`);
        for (const warning of lhr.runWarnings ?? []) ctx.log(`  warning: ${warning}`);
      } finally {
        running.delete(chrome);
        chrome.kill();
      }
    }

    const mid = (key) => median(runs.map((figures) => figures[key]));
    return {
      rows: [
        {
          name: `performance score (median of ${runs.length})`,
          value: mid('performance'),
          unit: 'score',
          target: { op: '>=', value: PERFORMANCE_TARGET },
        },
        { name: 'LCP (median)', value: mid('lcp'), unit: 'ms', target: { op: '<=', value: LCP_TARGET_MS } },
        { name: 'TBT (median)', value: mid('tbt'), unit: 'ms' },
        { name: 'CLS (median)', value: mid('cls'), unit: 'ratio' },
        { name: 'FCP (median)', value: mid('fcp'), unit: 'ms' },
        ...runs.map((figures, index) => ({
          name: `run ${index + 1}`,
          value: summarize(figures),
          unit: '',
          detail: true,
        })),
      ],
      data: { runs, lighthouseVersion: runs[0]?.lighthouseVersion },
    };
  },
};

function figuresOf(lhr) {
  const numeric = (id) => lhr.audits[id]?.numericValue;
  const lcpElement = lhr.audits['largest-contentful-paint-element']?.details?.items?.[0]?.items?.[0]?.node;
  return {
    performance: Math.round((lhr.categories.performance.score ?? 0) * 100),
    lcp: Math.round(numeric('largest-contentful-paint')),
    tbt: Math.round(numeric('total-blocking-time')),
    cls: numeric('cumulative-layout-shift'),
    fcp: Math.round(numeric('first-contentful-paint')),
    speedIndex: Math.round(numeric('speed-index')),
    lcpElement: lcpElement ? { selector: lcpElement.selector, snippet: lcpElement.snippet } : null,
    finalUrl: lhr.finalDisplayedUrl,
    // Lighthouse's CPU benchmark of this machine at the time: a low one flags a run slowed by other work.
    benchmarkIndex: Math.round(lhr.environment?.benchmarkIndex ?? 0),
    lighthouseVersion: lhr.lighthouseVersion,
  };
}

function summarize({ performance, lcp, tbt, cls, fcp, benchmarkIndex }) {
  const figures = `performance ${performance}, LCP ${lcp} ms, TBT ${tbt} ms, CLS ${cls.toFixed(3)}, FCP ${fcp} ms`;
  return `${figures} (CPU index ${benchmarkIndex})`;
}
