/**
 * The consent switches against the real data layer (fake-indexeddb) and the mock backend.
 */
import { fireEvent, render, screen, waitFor } from '@solidjs/testing-library';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { server, store } from '../../../mocks/node';
import { configureClient } from '../../api/client';
import { readConsentRecords } from '../../data/consent-records';
import { flushOutbox } from '../../data/outbox';
import { deleteDatabase } from '../../db/open';
import { loadScreenMessages } from '../../i18n';
import { ConsentPanel } from './ConsentPanel';

let token = '';
let phones = 0;

beforeAll(async () => {
  server.listen({ onUnhandledRequest: 'error' });
  configureClient({ getToken: () => token });
  await loadScreenMessages();
});
beforeEach(async () => {
  await flushOutbox();
  await deleteDatabase();
  store.reset('demo');
  phones += 1;
  const phone = `+3469${String(7_000_000 + phones)}`;
  store.ensureUser(phone);
  token = store.openSession(phone);
});
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const business = () => store.businesses.get('biz-onda')!.value;

describe('ConsentPanel', () => {
  it('a quick second tap toggles back, recording grant then withdrawal', async () => {
    render(() => <ConsentPanel business={business()} />);
    const toggle = await screen.findByRole('switch', { name: 'Offers and news' });
    const before = toggle.getAttribute('aria-checked') === 'true';
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-checked')).toBe(String(!before));
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-checked')).toBe(String(before));

    await waitFor(async () => expect(await readConsentRecords('biz-onda')).toHaveLength(2), { timeout: 5_000 });
    const records = (await readConsentRecords('biz-onda')).sort((a, b) => a.recordedAt.localeCompare(b.recordedAt));
    expect(records.map((record) => record.topics)).toEqual([{ promotions: !before }, { promotions: before }]);
    await waitFor(() => expect(toggle.getAttribute('aria-checked')).toBe(String(before)), { timeout: 5_000 });
  });

  it('the undo of Stop all messages words what it restores as its own sentence', async () => {
    render(() => <ConsentPanel business={business()} />);
    const toggle = await screen.findByRole('switch', { name: 'Payments' });
    if (toggle.getAttribute('aria-checked') !== 'true') fireEvent.click(toggle);
    await waitFor(
      () => expect(screen.getByRole('button', { name: 'Stop all messages' })).toHaveProperty('disabled', false),
      { timeout: 5_000 },
    );
    fireEvent.click(screen.getByRole('button', { name: 'Stop all messages' }));
    await screen.findByText(/Stopped every topic/, {}, { timeout: 5_000 });
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(toggle.getAttribute('aria-checked')).toBe('true');
    await waitFor(
      async () =>
        expect((await readConsentRecords('biz-onda')).at(-1)?.shownText).toMatch(
          /^Allow Onda .* to message you about Payments again\.$/,
        ),
      { timeout: 5_000 },
    );
  });
});
