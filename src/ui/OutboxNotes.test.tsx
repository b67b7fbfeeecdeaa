import { render, screen } from '@solidjs/testing-library';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { loadScreenMessages } from '../i18n/index.ts';

const refused = (id: string, lastError: string) => ({
  id,
  kind: 'changeConsent' as const,
  businessId: 'biz-x',
  topics: ['orders'],
  attempts: 1,
  lastError,
  refused: true,
  nextAttemptAt: Number.POSITIVE_INFINITY,
});

vi.mock('../data/outbox', () => ({
  outboxState: () => ({
    pending: 0,
    refused: 2,
    sending: false,
    items: [refused('a', 'business-blocked'), refused('b', 'http-422')],
  }),
  retryEntry: vi.fn(),
  discardEntry: vi.fn(),
}));

const { OutboxNotes } = await import('./OutboxNotes');

beforeAll(loadScreenMessages);

describe('OutboxNotes', () => {
  it('lists refused changes under a heading, translated, without an alert', () => {
    render(() => <OutboxNotes businessId="biz-x" />);
    expect(screen.queryByRole('alert')).toBeNull();
    const heading = screen.getByRole('heading', { level: 3, name: '2 changes not accepted by the server' });
    const region = heading.closest('section')!;
    expect(region.getAttribute('aria-labelledby')).toBe(heading.id);
    expect(region.textContent).toMatch(/this business is blocked\. Unblock it first/);
    expect(region.textContent).toMatch(/the server refused the request \(422\)/);
    expect(region.textContent).not.toMatch(/business-blocked|http-422/);
  });

  it('uses the heading level of the screen it sits in', () => {
    render(() => <OutboxNotes headingLevel={2} />);
    expect(screen.getByRole('heading', { level: 2, name: '2 changes not accepted by the server' })).toBeTruthy();
  });
});
