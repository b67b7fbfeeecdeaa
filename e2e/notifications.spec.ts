/**
 * Issue 4 §3 and §5 in the real worker: pushes delivered through the DevTools protocol (there
 * is no push service here), notifications read back with `registration.getNotifications()`.
 * Blocks, consent and quiet hours are enforced on the device even when the backend sends;
 * held notifications appear silently when quiet hours end; Background Sync replays the outbox.
 */
import type { BrowserContext, CDPSession, Page } from '@playwright/test';
import { type Consumer, expect, mock, signIn, test, waitForOfflineReady } from './fixtures';

interface Push {
  type: string;
  id: string;
  businessId: string;
  topic: string;
}
interface Shown {
  title: string;
  body: string;
  tag: string;
  silent: boolean | null;
  url: unknown;
}

/** Attaches to the worker through the DevTools protocol: its registration id, push and sync. */
async function devtools(page: Page, context: BrowserContext) {
  const cdp: CDPSession = await context.newCDPSession(page);
  const origin = new URL(page.url()).origin;
  const registrationId = new Promise<string>((resolve) => {
    cdp.on('ServiceWorker.workerRegistrationUpdated', ({ registrations }) => {
      const found = registrations.find((r) => !r.isDeleted && r.scopeURL.startsWith(origin));
      if (found) resolve(found.registrationId);
    });
  });
  await cdp.send('ServiceWorker.enable');
  return {
    deliver: async (data: unknown) =>
      cdp.send('ServiceWorker.deliverPushMessage', {
        origin,
        registrationId: await registrationId,
        data: typeof data === 'string' ? data : JSON.stringify(data),
      }),
    dispatchSync: async (tag: string) =>
      cdp.send('ServiceWorker.dispatchSyncEvent', {
        origin,
        registrationId: await registrationId,
        tag,
        lastChance: false,
      }),
  };
}

const shown = (page: Page) =>
  page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    return (await registration.getNotifications()).map((n) => ({
      title: n.title,
      body: n.body,
      tag: n.tag,
      silent: n.silent,
      url: (n.data as { url?: unknown } | null)?.url,
    }));
  }) as Promise<Shown[]>;

const heldCount = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('permiso');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('heldNotifications').objectStore('heldNotifications').count();
          request.onsuccess = () => {
            resolve(request.result);
            open.result.close();
          };
        };
      }),
  );

/** The push the backend logged for this consumer's newest order, payment or message. */
async function lastPush(page: Page, consumer: Consumer): Promise<Push> {
  const pushes = await mock<Push[]>(page, `push?phone=${encodeURIComponent(consumer.phone)}`);
  const push = pushes.at(-1);
  if (!push) throw new Error('the mock sent no push');
  return push;
}

async function newOrderPush(page: Page, consumer: Consumer, businessId: string): Promise<Push> {
  await mock(page, 'orders', { businessId, phone: consumer.phone });
  return lastPush(page, consumer);
}

async function ready(page: Page, context: BrowserContext, consumer: Consumer) {
  await context.grantPermissions(['notifications']);
  await signIn(page, consumer);
  await waitForOfflineReady(page);
  return devtools(page, context);
}

test('an allowed business is notified with its name and level, leading to the order screen', async ({
  page,
  context,
  consumer,
}) => {
  const worker = await ready(page, context, consumer);
  const push = await newOrderPush(page, consumer, 'biz-veloz'); // orders allowed in the demo
  await worker.deliver(push);
  await expect
    .poll(() => shown(page))
    .toEqual([
      {
        title: 'Order update',
        body: 'Veloz Mensajería · Verified',
        tag: `order:${push.id}`,
        silent: false,
        url: `/orders/${push.id}`,
      },
    ]);
});

test('blocked businesses and topics not allowed stay silent, even when the backend sends', async ({
  page,
  context,
  consumer,
}) => {
  const worker = await ready(page, context, consumer);
  // Blocked in the app just now (and the seeded Ferretería Paco, blocked long ago).
  await page.goto('/b/biz-huerta-ana');
  await page.getByRole('button', { name: 'Block', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Unblock', exact: true })).toBeVisible();
  await worker.deliver(await newOrderPush(page, consumer, 'biz-huerta-ana'));
  await worker.deliver(await newOrderPush(page, consumer, 'biz-ferreteria-paco'));
  // Onda Móvil allows payments and care, not offers: a sender breaking the rules.
  await mock(page, 'messages', {
    businessId: 'biz-onda',
    topic: 'promotions',
    text: 'Oferta',
    force: true,
    phone: consumer.phone,
  });
  await worker.deliver(await lastPush(page, consumer));
  // Then one that must show, so the silence above is not just slowness.
  const allowed = await newOrderPush(page, consumer, 'biz-moda-marina');
  await worker.deliver(allowed);
  await expect.poll(async () => (await shown(page)).map((n) => n.tag)).toEqual([`order:${allowed.id}`]);
  await page.waitForTimeout(500);
  expect((await shown(page)).map((n) => n.body)).toEqual(['Moda Marina · Verified']);
});

test('quiet hours hold notifications, which appear silently once quiet hours end', async ({
  page,
  context,
  consumer,
}) => {
  const worker = await ready(page, context, consumer);
  await page.goto('/settings');
  const window = await page.evaluate(() => {
    const at = (minutes: number) => {
      const d = new Date(Date.now() + minutes * 60_000);
      return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
    };
    return { start: at(-60), end: at(60) };
  });
  await page.getByRole('checkbox', { name: 'Quiet hours every day' }).check();
  await page.getByLabel('From').fill(window.start);
  await page.getByLabel('To').fill(window.end);
  await expect(page.getByText('Quiet now — notifications are waiting.')).toBeVisible();

  const push = await newOrderPush(page, consumer, 'biz-electronorte');
  await worker.deliver(push);
  await expect.poll(() => heldCount(page)).toBe(1);
  expect(await shown(page)).toEqual([]);

  // Turning quiet hours off ends them: the app asks the worker to release what it held.
  await page.getByRole('checkbox', { name: 'Quiet hours every day' }).uncheck();
  await expect
    .poll(() => shown(page))
    .toEqual([
      {
        title: 'Order update',
        body: 'ElectroNorte · Verified',
        tag: `order:${push.id}`,
        silent: true,
        url: `/orders/${push.id}`,
      },
    ]);
  expect(await heldCount(page)).toBe(0);
});

test('a malformed push shows nothing and breaks nothing', async ({ page, context, consumer }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const worker = await ready(page, context, consumer);
  const valid = await newOrderPush(page, consumer, 'biz-veloz');
  for (const garbage of [
    'not json',
    '',
    '{"type":"order"}',
    { ...valid, type: 'refund' },
    { ...valid, businessId: '<img src=x onerror=alert(1)>', id: '' },
    { ...valid, at: 'yesterday' },
  ])
    await worker.deliver(garbage);
  await page.waitForTimeout(500);
  expect(await shown(page)).toEqual([]);
  // The worker still works.
  await worker.deliver(valid);
  await expect.poll(async () => (await shown(page)).length).toBe(1);
  expect(errors).toEqual([]);
});

/**
 * No push service in these contexts: stub the browser's subscribe (STACK.md). Each test gets
 * its own endpoint: the backend moves an endpoint to whoever registers it last, and tests
 * run side by side.
 */
async function stubPushService(page: Page, endpoint: string) {
  await page.addInitScript((endpoint) => {
    let subscription: PushSubscription | null = null;
    PushManager.prototype.subscribe = async () => {
      const json = { endpoint, keys: { p256dh: 'x', auth: 'y' } };
      subscription = {
        endpoint: json.endpoint,
        toJSON: () => json,
        unsubscribe: async () => {
          subscription = null;
          return true;
        },
      } as unknown as PushSubscription;
      return subscription;
    };
    PushManager.prototype.getSubscription = async () => subscription;
  }, endpoint);
}

const endpointOf = (consumer: Consumer) => `https://push.example/${encodeURIComponent(consumer.phone)}`;

/** Where the backend would push for this consumer. */
const registered = (page: Page, consumer: Consumer) =>
  mock<{ endpoint: string; language: string }[]>(
    page,
    `push-subscriptions?phone=${encodeURIComponent(consumer.phone)}`,
  );

const subscribedHere = (page: Page) =>
  page.evaluate(async () => (await (await navigator.serviceWorker.ready).pushManager.getSubscription()) !== null);

async function openNotificationsSetting(page: Page, context: BrowserContext, consumer: Consumer) {
  await context.grantPermissions(['notifications']);
  await stubPushService(page, endpointOf(consumer));
  await signIn(page, consumer);
  await waitForOfflineReady(page);
  await page.goto('/settings');
  const toggle = page.getByRole('switch', { name: 'Notifications' });
  await expect(toggle).toHaveAttribute('aria-checked', 'false');
  return toggle;
}

test.describe('Settings: Notifications', () => {
  test('turns on by registering the subscription with the backend, and off by removing it', async ({
    page,
    context,
    consumer,
  }) => {
    const toggle = await openNotificationsSetting(page, context, consumer);
    expect(await registered(page, consumer)).toEqual([]);
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-checked', 'true');
    await expect(page.getByText('Notifications are on for this device.')).toBeVisible();
    expect(await registered(page, consumer)).toEqual([{ endpoint: endpointOf(consumer), language: 'en' }]);

    // The backend words pushes in the interface language: changing it re-registers.
    await page.getByRole('radio', { name: 'Español' }).check();
    await expect.poll(() => registered(page, consumer)).toEqual([{ endpoint: endpointOf(consumer), language: 'es' }]);
    await page.getByRole('radio', { name: 'English' }).check();
    await expect.poll(() => registered(page, consumer)).toEqual([{ endpoint: endpointOf(consumer), language: 'en' }]);

    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-checked', 'false');
    await expect(page.getByText('Notifications are off.')).toBeVisible();
    expect(await registered(page, consumer)).toEqual([]);
    expect(await subscribedHere(page)).toBe(false);
  });

  test('stays off with a clear message when the backend cannot register it', async ({ page, context, consumer }) => {
    const toggle = await openNotificationsSetting(page, context, consumer);
    await mock(page, 'faults', { failRate: 1, latencyMs: 0, afterCommitFailRate: 0, phone: consumer.phone });
    await toggle.click();
    await expect(
      page.getByText(/Notifications could not be turned on: Permiso’s server could not be told/),
    ).toBeVisible();
    await expect(toggle).toHaveAttribute('aria-checked', 'false');
    expect(await subscribedHere(page)).toBe(false);
    expect(await registered(page, consumer)).toEqual([]);

    // Once the backend answers again, the same switch works.
    await mock(page, 'faults', { failRate: 0, latencyMs: 0, afterCommitFailRate: 0, phone: consumer.phone });
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-checked', 'true');
    expect(await registered(page, consumer)).toHaveLength(1);
  });

  test('turns off on this device even offline', async ({ page, context, consumer }) => {
    const toggle = await openNotificationsSetting(page, context, consumer);
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-checked', 'true');
    await context.setOffline(true);
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-checked', 'false');
    await expect(page.getByText('Notifications are off.')).toBeVisible();
    expect(await subscribedHere(page)).toBe(false);
    await context.setOffline(false);
  });

  test('says clearly when there is no push service', async ({ page, context, consumer }) => {
    await context.grantPermissions(['notifications']);
    await signIn(page, consumer);
    await waitForOfflineReady(page);
    await page.goto('/settings');
    const toggle = page.getByRole('switch', { name: 'Notifications' });
    await toggle.click();
    await expect(
      page.getByText(/Notifications could not be turned on: this browser has no push service/),
    ).toBeVisible();
    await expect(toggle).toHaveAttribute('aria-checked', 'false');
    expect(await registered(page, consumer)).toEqual([]);
  });
});

interface Ledger {
  events: { kind: string; businessId: string; body: { topics?: Record<string, boolean> } }[];
}
const promotionsEvents = async (page: Page, consumer: Consumer) =>
  (await mock<Ledger>(page, `ledger?phone=${encodeURIComponent(consumer.phone)}`)).events.filter(
    (e) => e.businessId === 'biz-onda' && e.body.topics?.promotions !== undefined,
  ).length;

/** Flips `Offers and news` on Onda Móvil while offline; the change waits in the outbox. */
async function changeOffline(page: Page, context: BrowserContext) {
  await page.goto('/b/biz-onda');
  const offers = page.getByRole('switch', { name: 'Offers and news', exact: true });
  await expect(offers).toBeVisible();
  await context.setOffline(true);
  await offers.click();
  await expect(page.getByText('Waiting to send').first()).toBeVisible();
}

test('Background Sync replays a change made offline, with no tab open', async ({ page, context, consumer }) => {
  await context.grantPermissions(['background-sync']);
  await signIn(page, consumer);
  await waitForOfflineReady(page);
  const worker = await devtools(page, context);
  const before = await promotionsEvents(page, consumer);
  await changeOffline(page, context);
  await expect
    .poll(() =>
      page.evaluate(async () => {
        const registration = (await navigator.serviceWorker.ready) as ServiceWorkerRegistration & {
          sync: { getTags(): Promise<string[]> };
        };
        return registration.sync.getTags();
      }),
    )
    .toContain('permiso-outbox');

  // Leave the app: only the worker can send it now.
  await page.goto('about:blank');
  await context.setOffline(false);
  await worker.dispatchSync('permiso-outbox');
  await expect.poll(() => promotionsEvents(page, consumer), { timeout: 15_000 }).toBe(before + 1);
  await page.waitForTimeout(500);
  expect(await promotionsEvents(page, consumer)).toBe(before + 1);
});

test('without Background Sync the app sends the change when it is back online', async ({ page, context, consumer }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await signIn(page, consumer);
  await waitForOfflineReady(page);
  const before = await promotionsEvents(page, consumer);
  await changeOffline(page, context);
  await context.setOffline(false);
  await expect.poll(() => promotionsEvents(page, consumer), { timeout: 15_000 }).toBe(before + 1);
  await expect(page.getByText('Waiting to send')).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('signing out removes shown notifications and the push subscription', async ({ page, context, consumer }) => {
  const worker = await ready(page, context, consumer);
  // A stand-in subscription: there is no push service here (STACK.md), so the test asks the
  // page whether sign-out calls unsubscribe on whatever subscription the browser reports.
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    const flag = window as unknown as { unsubscribed: boolean };
    flag.unsubscribed = false;
    const fake = {
      unsubscribe: async () => {
        flag.unsubscribed = true;
        return true;
      },
    };
    registration.pushManager.getSubscription = async () => fake as unknown as PushSubscription;
  });
  await worker.deliver(await newOrderPush(page, consumer, 'biz-veloz'));
  await expect.poll(async () => (await shown(page)).length).toBe(1);

  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('textbox', { name: 'Phone number' })).toBeVisible();
  expect(await shown(page)).toEqual([]);
  expect(await page.evaluate(() => (window as unknown as { unsubscribed: boolean }).unsubscribed)).toBe(true);
});
