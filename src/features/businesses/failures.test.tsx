/**
 * A change that fails (here: IndexedDB or the server refusing) is said in the component's polite
 * notice region, never left as an unhandled rejection with nothing on screen.
 */
import { MemoryRouter, Route } from '@solidjs/router';
import { fireEvent, render, screen } from '@solidjs/testing-library';
import type { JSX } from 'solid-js';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../api/errors';
import type { Business } from '../../api/schemas';
import { loadScreenMessages } from '../../i18n';

const state = vi.hoisted(() => ({ blocked: true }));

vi.mock('../../data/blocks', () => ({
  setBlocked: vi.fn(() => Promise.reject(new ApiError('http', 'business-unknown', 404))),
}));
vi.mock('../../data/quiet-hours', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../data/quiet-hours')>()),
  useQuietHours: () => ({ latest: { global: { start: '22:00', end: '08:00' }, businesses: {} } }),
  setQuietWindow: vi.fn(() => Promise.reject(new ApiError('offline', 'offline'))),
}));
vi.mock('../../data/queries', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../data/queries')>()),
  useConsents: () => ({ latest: [{ businessId: 'biz-x', blocked: true, topics: {}, updatedAt: '' }] }),
  useConsent: () => ({
    get latest() {
      return {
        businessId: 'biz-x',
        blocked: state.blocked,
        topics: { orders: false, payments: false, care: false, promotions: false },
        updatedAt: '',
      };
    },
  }),
  useBusinessMessages: () => ({
    latest: [
      { id: 'm1', businessId: 'biz-x', from: 'business', topic: 'care', text: 'Hello', sentAt: '2026-01-01T10:00:00Z' },
    ],
  }),
}));
vi.mock('../../data/consent-records', () => ({ useConsentRecords: () => ({ latest: [] }) }));
vi.mock('../../data/reports', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../data/reports')>()),
  useReports: () => ({ latest: [] }),
}));
vi.mock('../../data/lookup', () => ({
  useBusinessIndex: () => () => new Map([['biz-x', { id: 'biz-x', displayName: 'Shop X' }]]),
}));

const { BlockedList } = await import('../privacy/BlockedList');
const { BusinessActions } = await import('./BusinessActions');
const { Conversation } = await import('./Conversation');
const { QuietHoursEditor } = await import('../../ui/QuietHoursEditor');

const business = {
  id: 'biz-x',
  displayName: 'Shop X',
  topicStatements: {},
  dataUse: { version: '1' },
} as unknown as Business;

const inRouter = (view: () => JSX.Element) =>
  render(() => (
    <MemoryRouter>
      <Route path="*" component={view} />
    </MemoryRouter>
  ));

const unknownBusiness = /the server does not know this business/;

beforeAll(loadScreenMessages);
beforeEach(() => {
  state.blocked = true;
});

describe('failed optimistic actions are said, not swallowed', () => {
  it('Unblock in the blocked list', async () => {
    inRouter(() => <BlockedList />);
    fireEvent.click(await screen.findByRole('button', { name: 'Unblock' }));
    expect((await screen.findByText(unknownBusiness)).closest('[role="status"]')).toBeTruthy();
  });

  it('Unblock on the profile', async () => {
    inRouter(() => <BusinessActions business={business} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Unblock' }));
    expect((await screen.findByText(unknownBusiness)).closest('[role="status"]')).toBeTruthy();
  });

  it('Block from a message', async () => {
    state.blocked = false;
    inRouter(() => <Conversation business={business} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Options' }));
    fireEvent.click(screen.getByRole('button', { name: 'Block' }));
    expect((await screen.findByText(unknownBusiness)).closest('[role="status"]')).toBeTruthy();
  });

  it('Saving quiet hours', async () => {
    render(() => <QuietHoursEditor businessId={null} label="quiet.enable" />);
    fireEvent.change(screen.getByLabelText('From'), { target: { value: '21:00' } });
    expect((await screen.findByText(/you are offline/)).closest('[role="status"]')).toBeTruthy();
    expect(screen.queryByText('Quiet hours saved.')).toBeNull();
  });
});
