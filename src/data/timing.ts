/**
 * User Timing marks the benchmark reads (`npm run bench`: sync and search figures). Entries are
 * kept bounded so a tab left open for days does not collect them forever.
 */
const KEEP = 200;

/** Records `name` from `start` (a performance.now() time) to now, with `detail` for the bench. */
export function measureSince(name: string, start: number, detail?: Record<string, number>): void {
  if (typeof performance === 'undefined' || typeof performance.measure !== 'function') return;
  if (performance.getEntriesByName(name, 'measure').length >= KEEP) performance.clearMeasures(name);
  performance.measure(name, { start, end: performance.now(), detail });
}
