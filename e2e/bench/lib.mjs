/**
 * Helpers shared by the benchmark's measurements: paths, sizes, the build, the preview server
 * and the browser. Nothing here decides pass or fail; it only gathers figures.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants as zlibConstants } from 'node:zlib';

export const BENCH_DIR = dirname(fileURLToPath(import.meta.url));
export const ROOT = resolve(BENCH_DIR, '../..');
/**
 * The build folder measured: dist/ unless BENCH_DIST or `--dist` names another (several people
 * sharing one machine each build into their own). A live binding: setDist() changes it for all.
 */
export let DIST = process.env.BENCH_DIST ? resolve(process.env.BENCH_DIST) : join(ROOT, 'dist');

export function setDist(folder) {
  DIST = resolve(folder);
}
export const OUT_DIR = join(BENCH_DIR, 'out');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags every browser we start gets: we run as root, and background traffic would blur the figures. */
export const QUIET_CHROME_FLAGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** 1 KB = 1024 bytes throughout the benchmark (budgets included). */
export const KB = 1024;

const VITE_BIN = join(ROOT, 'node_modules', '.bin', 'vite');

/** Brotli size at the highest quality, as a static host pre-compressing its files would serve them. */
export function brotliSize(buffer) {
  return brotliCompressSync(buffer, {
    params: {
      [zlibConstants.BROTLI_PARAM_QUALITY]: 11,
      [zlibConstants.BROTLI_PARAM_SIZE_HINT]: buffer.length,
    },
  }).length;
}

/** Raw and brotli sizes of a file under dist/, named by its URL path ('/assets/x.js'). */
export async function distFileSizes(urlPath) {
  const file = distPath(urlPath);
  const buffer = await readFile(file);
  return { raw: buffer.length, brotli: brotliSize(buffer) };
}

/** The dist/ file a URL path names, refusing paths that would leave dist/. */
export function distPath(urlPath) {
  const relative = decodeURIComponent(urlPath.split(/[?#]/)[0]).replace(/^\/+/, '');
  const file = resolve(DIST, relative);
  if (!file.startsWith(`${DIST}/`)) throw new Error(`${urlPath} is outside ${DIST}`);
  return file;
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Builds the app quietly; prints Vite's output only when the build fails. */
export function buildApp() {
  const started = Date.now();
  const result = spawnSync(VITE_BIN, ['build', '--outDir', DIST, '--emptyOutDir'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: process.env,
  });
  if (result.status !== 0) {
    process.stderr.write(result.stdout ?? '');
    process.stderr.write(result.stderr ?? '');
    throw new Error(`vite build failed (${result.error?.message ?? `exit ${result.status}`})`);
  }
  if (!existsSync(join(DIST, 'index.html'))) throw new Error(`vite build left no ${DIST}/index.html`);
  return Date.now() - started;
}

/** A TCP port nobody listens on right now (there is a small race until the preview binds it). */
export function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
}

/**
 * Starts `vite preview` (which also mounts the mock backend) on a free port and waits until it
 * answers. Returns { url, stop }. The server runs in its own process group so stop() ends it and
 * anything it spawned.
 */
export async function startPreview({ attempts = 3, timeoutMs = 30_000 } = {}) {
  let lastError;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    const port = await freePort();
    try {
      return await startPreviewOn(port, timeoutMs);
    } catch (error) {
      lastError = error; // Most likely the port was taken between freePort() and the bind: try another.
    }
  }
  throw lastError;
}

async function startPreviewOn(port, timeoutMs) {
  const child = spawn(VITE_BIN, ['preview', '--port', String(port), '--strictPort', '--outDir', DIST], {
    cwd: ROOT,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: process.env,
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  let exited = false;
  const exit = new Promise((resolveExit) =>
    child.on('exit', (code, signal) => {
      exited = true;
      resolveExit({ code, signal });
    }),
  );

  const stop = async () => {
    if (exited) return;
    killGroup(child.pid, 'SIGTERM');
    const timer = setTimeout(() => killGroup(child.pid, 'SIGKILL'), 3000);
    await exit;
    clearTimeout(timer);
  };

  const url = `http://localhost:${port}`;
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (exited) throw new Error(`vite preview exited before answering:\n${output}`);
    try {
      const response = await fetch(`${url}/`, { signal: AbortSignal.timeout(2000) });
      if (response.ok) return { url, stop, output: () => output };
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  await stop();
  throw new Error(`vite preview did not answer on ${url} within ${timeoutMs} ms:\n${output}`);
}

function killGroup(pid, signal) {
  try {
    process.kill(-pid, signal);
  } catch {
    // Already gone.
  }
}

/** Makes a receipt link on the preview server's mock backend (`POST /__mock/links`): { code, url }. */
export async function createReceiptLink(base, body) {
  const response = await fetch(`${base}/__mock/links`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`POST /__mock/links answered ${response.status}: ${await response.text()}`);
  return response.json();
}

/** Launches playwright-core's Chromium with the machine's browser. */
export async function launchBrowser() {
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: QUIET_CHROME_FLAGS });
}

/** The current commit and whether the tree has changes, for the JSON record (null outside git). */
export function gitState() {
  const run = (args) => spawnSync('git', args, { cwd: ROOT, encoding: 'utf8' });
  const head = run(['rev-parse', '--short', 'HEAD']);
  const status = run(['status', '--porcelain']);
  return {
    commit: head.status === 0 ? head.stdout.trim() : null,
    dirty: status.status === 0 ? status.stdout.trim().length > 0 : null,
  };
}
