#!/usr/bin/env node
/**
 * Permiso's performance benchmark (`npm run bench`). It prints figures and how they compare with
 * their targets; it never fails because a target is missed. It exits non-zero only when something
 * could not be measured.
 *
 *   node e2e/bench/run.mjs [--no-build] [--no-lighthouse] [--runs N] [--only id,id]
 *
 * The figures are also written to e2e/bench/out/latest.json (git-ignored), with the full
 * Lighthouse reports next to it. Measurements live in measurements.mjs.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { buildApp, DIST, gitState, KB, launchBrowser, OUT_DIR, ROOT, setDist, startPreview } from './lib.mjs';
import { killLighthouseChromes } from './lighthouse.mjs';
import { measurements } from './measurements.mjs';

const USAGE = `Usage: node e2e/bench/run.mjs [options]
  --no-build        measure the existing build instead of building first
  --dist DIR        build into and measure DIR instead of dist/ (also: BENCH_DIST=DIR)
  --no-lighthouse   skip the Lighthouse runs
  --runs N          Lighthouse runs (default 3); the median is reported
  --only ids        run only these measurements (comma-separated: ${measurements.map((m) => m.id).join(', ')})
  --help            show this`;

function parseOptions(argv) {
  const { values } = parseArgs({
    args: argv,
    options: {
      'no-build': { type: 'boolean', default: false },
      'no-lighthouse': { type: 'boolean', default: false },
      runs: { type: 'string', default: '3' },
      only: { type: 'string' },
      dist: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs wants a whole number ≥ 1, not ${values.runs}`);
  const only = values.only ? values.only.split(',').map((id) => id.trim()) : null;
  const unknown = only?.filter((id) => !measurements.some((m) => m.id === id)) ?? [];
  if (unknown.length) throw new Error(`unknown measurement: ${unknown.join(', ')}`);
  if (values.dist) setDist(values.dist);
  return { build: !values['no-build'], lighthouse: !values['no-lighthouse'], runs, only, help: values.help };
}

/** The preview server and browser, started on first use and always stopped by close(). */
function createResources() {
  let preview;
  let browser;
  return {
    preview() {
      if (!preview) preview = startPreview();
      return preview.then((server) => server.url);
    },
    browser() {
      if (!browser) browser = launchBrowser();
      return browser;
    },
    async close() {
      killLighthouseChromes();
      const steps = [browser?.then((b) => b.close()), preview?.then((server) => server.stop())];
      // A resource whose start failed has nothing to stop.
      await Promise.allSettled(steps.filter(Boolean));
    },
  };
}

// ---- formatting ------------------------------------------------------------------------------

function formatValue(value, unit, { exact = false } = {}) {
  if (typeof value === 'string') return value;
  switch (unit) {
    case 'bytes':
      // Headline sizes also show the byte count: a budget can be missed by less than 0.1 KB.
      return `${(value / KB).toFixed(1)} KB${exact ? ` (${value} B)` : ''}`;
    case 'ms':
      return `${Math.round(value)} ms`;
    case 'score':
    case 'count':
      return String(Math.round(value));
    case 'ratio':
      return value.toFixed(3);
    default:
      return `${value}${unit ? ` ${unit}` : ''}`;
  }
}

function formatTarget(target, unit) {
  return target ? `${target.op === '<=' ? '≤' : '≥'} ${formatValue(target.value, unit)}` : '';
}

function meets(row) {
  if (!row.target || typeof row.value !== 'number') return null;
  return row.target.op === '<=' ? row.value <= row.target.value : row.value >= row.target.value;
}

function printTable(results) {
  const lines = [];
  for (const result of results) {
    lines.push({ section: result.title });
    if (result.error) {
      lines.push({ cells: ['NOT MEASURED', result.error.split('\n')[0], '', ''], text: true });
    }
    for (const row of result.rows ?? []) {
      const met = meets(row);
      lines.push({
        cells: [
          `${row.detail ? '  ' : ''}${row.name}`,
          formatValue(row.value, row.unit, { exact: !row.detail }),
          formatTarget(row.target, row.unit),
          met === null ? '' : met ? 'within' : 'MISSED',
        ],
        // Free-text values (such as a Lighthouse run's figures) do not set the Value column's width.
        text: typeof row.value === 'string',
      });
    }
  }
  const header = ['Measurement', 'Value', 'Target', 'Status'];
  const widths = header.map((title, column) =>
    Math.max(
      title.length,
      ...lines.filter((line) => line.cells && (!line.text || column === 0)).map((line) => line.cells[column].length),
    ),
  );
  const format = (cells) =>
    cells
      .map((cell, column) => cell.padEnd(widths[column]))
      .join('  ')
      .trimEnd();
  const rule = '─'.repeat(widths.reduce((sum, width) => sum + width + 2, 0));
  console.log(`\n  ${format(header)}\n${rule}`);
  for (const line of lines) console.log(line.section ?? `  ${format(line.cells)}`);
  console.log(rule);
}

// ---- main ------------------------------------------------------------------------------------

async function main() {
  let options;
  try {
    options = parseOptions(process.argv.slice(2));
  } catch (error) {
    console.error(`${error.message}\n\n${USAGE}`);
    return 2;
  }
  if (options.help) {
    console.log(USAGE);
    return 0;
  }

  const record = {
    date: new Date().toISOString(),
    ...gitState(),
    node: process.version,
    options: {
      build: options.build,
      lighthouse: options.lighthouse,
      runs: options.runs,
      only: options.only,
      dist: DIST,
    },
    measurements: [],
  };

  if (options.build) {
    process.stdout.write('Building… ');
    try {
      console.log(`done in ${(buildApp() / 1000).toFixed(1)} s`);
    } catch (error) {
      console.log('failed');
      console.error(error.message);
      return 1;
    }
  }

  const resources = createResources();
  let interrupted = false;
  const stopOnSignal = async (signal) => {
    interrupted = true;
    console.error(`\n${signal}: stopping the preview server and browsers…`);
    await resources.close();
    process.exit(130);
  };
  process.once('SIGINT', stopOnSignal);
  process.once('SIGTERM', stopOnSignal);

  try {
    for (const measurement of measurements) {
      if (options.only && !options.only.includes(measurement.id)) continue;
      if (measurement.enabled && !measurement.enabled(options)) {
        console.log(`\n${measurement.title}: skipped`);
        continue;
      }
      console.log(`\n${measurement.title}…`);
      const started = Date.now();
      const ctx = {
        options,
        log: (message) => console.log(`  ${message}`),
        preview: resources.preview,
        browser: resources.browser,
      };
      try {
        const { rows, data } = await measurement.run(ctx);
        console.log(`  done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
        record.measurements.push({
          id: measurement.id,
          title: measurement.title,
          rows: rows.map((row) => ({ ...row, met: meets(row) })),
          data,
        });
      } catch (error) {
        if (interrupted) break; // The error is the interruption's doing: stopOnSignal is exiting.
        console.error(`  could not measure: ${error.stack ?? error}`);
        const message = String(error.message ?? error);
        record.measurements.push({ id: measurement.id, title: measurement.title, error: message });
      }
    }
  } finally {
    await resources.close();
  }

  printTable(record.measurements);
  record.ok = record.measurements.every((m) => !m.error);
  await mkdir(OUT_DIR, { recursive: true });
  const outFile = join(OUT_DIR, 'latest.json');
  await writeFile(outFile, `${JSON.stringify(record, null, 2)}\n`);
  console.log(`Figures written to ${relative(ROOT, outFile)}`);
  if (!record.ok) console.error('Some figures could not be measured (see above).');
  return record.ok ? 0 : 1;
}

process.exitCode = await main();
