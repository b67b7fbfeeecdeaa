import { render, screen } from '@solidjs/testing-library';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../api/errors';
import { setSyncState } from '../data/sync-state';

vi.mock('../data/session', () => ({ session: () => ({ user: { id: 'u1', phone: '+34600000000' } }) }));

const { StatusBar } = await import('./StatusBar');

const failure = new ApiError('timeout', 'timeout');
const liveText = () =>
  [...document.querySelectorAll('[role="status"], [role="alert"], [aria-live]')].map((el) => el.textContent).join('|');

describe('StatusBar', () => {
  it('keeps a sync failure shown, politely, until a run succeeds; background runs are not announced', () => {
    render(() => <StatusBar />);
    setSyncState({ running: true, error: null, lastSyncedAt: null });
    expect(screen.getByText('Updating…')).toBeTruthy();
    expect(liveText()).not.toMatch(/Updating/);

    setSyncState((state) => ({ ...state, running: false, error: failure }));
    const shown = screen.getByText(/Could not update: the server took too long/);
    expect(shown.closest('[role="status"]')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();

    // The next poll starts with error: null; the message stays, the same node (not re-announced).
    setSyncState((state) => ({ ...state, running: true, error: null }));
    expect(screen.getByText(/Could not update/)).toBe(shown);
    setSyncState((state) => ({ ...state, running: false, error: failure }));
    expect(screen.getByText(/Could not update/)).toBeTruthy();

    setSyncState((state) => ({ ...state, running: true, error: null }));
    setSyncState((state) => ({ ...state, lastSyncedAt: new Date().toISOString() }));
    setSyncState((state) => ({ ...state, running: false }));
    expect(screen.queryByText(/Could not update/)).toBeNull();
    expect(screen.getByText(/Last updated/)).toBeTruthy();
    expect(liveText()).not.toMatch(/Last updated/);
  });
});
