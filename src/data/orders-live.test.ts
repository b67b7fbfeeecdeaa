import { createRoot } from 'solid-js';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../api/errors';

const server = vi.hoisted(() => ({ up: false, calls: [] as number[] }));

vi.mock('./session', () => ({ session: () => ({ user: { id: 'u1' } }) }));
vi.mock('./connectivity', () => ({ online: () => true }));
vi.mock('./request-sync', async () => {
  const actual = await import('./sync-state');
  return {
    requestSync: vi.fn(async () => {
      server.calls.push(Date.now());
      if (server.up) actual.setSyncState({ running: false, error: null, lastSyncedAt: new Date().toISOString() });
      else actual.setSyncState((state) => ({ ...state, running: false, error: new ApiError('timeout', 'timeout') }));
    }),
  };
});

const { pollDelay, useLiveUpdates } = await import('./orders-live');

beforeEach(() => {
  vi.useFakeTimers();
  server.calls = [];
  server.up = false;
});
afterEach(() => vi.useRealTimers());

describe('live updates', () => {
  it('backs off 5 → 10 → 20 → 40 → 60 s while syncs fail', () => {
    expect([0, 1, 2, 3, 4, 5, 9].map((failures) => pollDelay(failures))).toEqual([
      5_000, 10_000, 20_000, 40_000, 60_000, 60_000, 60_000,
    ]);
  });

  it('polls less often after failures and resets after a success', async () => {
    const start = Date.now();
    const dispose = createRoot((dispose) => {
      useLiveUpdates();
      return dispose;
    });
    await vi.advanceTimersByTimeAsync(200_000);
    const gaps = server.calls.map((at) => at - start);
    // Failures at 0, 10, 30, 70, 130, 190 s.
    expect(gaps).toEqual([0, 10_000, 30_000, 70_000, 130_000, 190_000]);

    server.up = true;
    server.calls = [];
    await vi.advanceTimersByTimeAsync(60_000 + 16_000);
    const after = server.calls.map((at, i, all) => (i === 0 ? 0 : at - all[i - 1]!));
    // The next try (60 s after the last failure, at 250 s) succeeds: every 5 s again.
    expect(server.calls[0]! - start).toBe(250_000);
    expect(after.slice(1)).toEqual([5_000, 5_000, 5_000, 5_000, 5_000]);
    dispose();
  });
});
