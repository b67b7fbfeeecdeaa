/** Registering and removing this device's push subscription, against the mock backend (msw/node). */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { server, store } from '../../mocks/node';
import { ApiError, configureClient } from '../api/client';
import { deletePushSubscription, savePushSubscription } from './push-subscription';

const PHONE = '+34600999111';
const SUBSCRIPTION: PushSubscriptionJSON = {
  endpoint: 'https://push.example/device-7',
  expirationTime: null,
  keys: { p256dh: 'BNcRdreALRFXTkOOUHK1EtK2wtaz5Ry4YfYCA_0QTpQ', auth: 'tBHItJI5svbpez7KI4CCXg' },
};
let token = '';

beforeAll(() => {
  server.listen({ onUnhandledRequest: 'error' });
  configureClient({ getToken: () => token });
});
beforeEach(() => {
  store.reset('empty');
  store.ensureUser(PHONE);
  token = store.openSession(PHONE);
});
afterEach(() => {
  server.resetHandlers();
  vi.restoreAllMocks();
});
afterAll(() => server.close());

const user = () => store.users.get(PHONE)!;
const stored = () => [...user().pushSubscriptions.values()].map(({ endpoint, language }) => ({ endpoint, language }));

describe('savePushSubscription', () => {
  it('registers the subscription in the interface language, and re-registers in a new one', async () => {
    const saved = await savePushSubscription(SUBSCRIPTION, 'en');
    expect(saved).toEqual({ endpoint: SUBSCRIPTION.endpoint, keys: SUBSCRIPTION.keys, language: 'en' });
    expect(stored()).toEqual([{ endpoint: SUBSCRIPTION.endpoint, language: 'en' }]);
    await savePushSubscription(SUBSCRIPTION, 'es');
    expect(stored()).toEqual([{ endpoint: SUBSCRIPTION.endpoint, language: 'es' }]);
    // A new Idempotency-Key each time: the second save is a new request, not a replay (422).
    expect(user().idempotency.size).toBe(2);
  });

  it('refuses a subscription without an https endpoint or keys, without asking the backend', async () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    await expect(savePushSubscription({ endpoint: SUBSCRIPTION.endpoint }, 'en')).rejects.toThrow(/keys/);
    await expect(savePushSubscription({ ...SUBSCRIPTION, endpoint: 'http://push.example/x' }, 'en')).rejects.toThrow(
      /endpoint/,
    );
    expect(fetchSpy).not.toHaveBeenCalled();
    expect(stored()).toEqual([]);
  });

  it('fails with an ApiError when the backend cannot take it', async () => {
    store.setFaults(PHONE, { failRate: 1, latencyMs: 0, afterCommitFailRate: 0 });
    const failure = await savePushSubscription(SUBSCRIPTION, 'en').catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ApiError);
    expect(failure).toMatchObject({ kind: 'http', code: 'unavailable', status: 503 });
    expect(stored()).toEqual([]);
  });

  it('fails as offline without a request when the browser is offline', async () => {
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    await expect(savePushSubscription(SUBSCRIPTION, 'en')).rejects.toMatchObject({ kind: 'offline' });
    expect(stored()).toEqual([]);
  });

  it('is unauthenticated without a session', async () => {
    token = 'stale';
    await expect(savePushSubscription(SUBSCRIPTION, 'en')).rejects.toMatchObject({ code: 'unauthenticated' });
  });
});

describe('deletePushSubscription', () => {
  it('removes it from the backend, and succeeds when it was not there', async () => {
    await savePushSubscription(SUBSCRIPTION, 'en');
    await savePushSubscription({ ...SUBSCRIPTION, endpoint: 'https://push.example/other' }, 'en');
    await deletePushSubscription(SUBSCRIPTION.endpoint!);
    expect(stored()).toEqual([{ endpoint: 'https://push.example/other', language: 'en' }]);
    await expect(deletePushSubscription(SUBSCRIPTION.endpoint!)).resolves.toBeUndefined();
  });

  it('is dropped by the backend with the session that registered it', async () => {
    await savePushSubscription(SUBSCRIPTION, 'en');
    store.closeSession(token);
    expect(stored()).toEqual([]);
  });
});
