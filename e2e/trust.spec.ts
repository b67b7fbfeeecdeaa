/**
 * Issue 3 journeys: badges and lookalike warnings on receipt links made through /__mock/links,
 * forged query parameters, the four link problems, following an order signed out then signed
 * in and offline, offline search on /businesses and the business profile.
 */
import type { Page } from '@playwright/test';
import { type Consumer, expect, mock, signIn, test, waitForOfflineReady } from './fixtures';

interface Ledger {
  consents: { businessId: string; topics: Record<string, boolean> }[];
  events: { kind: string; businessId: string; body: Record<string, unknown> }[];
}

const ledger = (page: Page, consumer: Consumer) =>
  mock<Ledger>(page, `ledger?phone=${encodeURIComponent(consumer.phone)}`);
const link = async (page: Page, body: Record<string, unknown>) =>
  (await mock<{ url: string }>(page, 'links', body)).url;
const badge = (page: Page, name: string) => page.getByRole('button', { name, exact: true });

/** Signs in and waits until the session is stored (the tab bar shows), so a goto keeps it. */
async function signedIn(page: Page, consumer: Consumer) {
  await signIn(page, consumer);
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
}

/** The server's view of one topic for one business, polled until it shows `value`. */
async function expectServerConsent(page: Page, consumer: Consumer, businessId: string, value: boolean) {
  await expect
    .poll(async () => (await ledger(page, consumer)).consents.find((c) => c.businessId === businessId)?.topics.orders)
    .toBe(value);
}

test('receipt links show the backend’s badge for each level, and warn about the lookalike', async ({
  page,
  consumer,
}) => {
  await signedIn(page, consumer);
  const unconfirmed = await mock<{ id: string }>(page, 'businesses', {
    id: `biz-e2e-unconfirmed-${Date.now()}`,
    displayName: 'Zapatería Ana',
    verification: 'unconfirmed',
  });
  const cases = [
    { businessId: 'biz-moda-marina', name: 'Moda Marina', level: 'Verified business', resembles: null },
    { businessId: 'biz-libreria-prado', name: 'Librería del Prado', level: 'Confirmed business', resembles: null },
    { businessId: unconfirmed.id, name: 'Zapatería Ana', level: 'Unconfirmed business', resembles: null },
    {
      businessId: 'biz-horizonte-soporte',
      name: 'Banco Horizonte Soporte',
      level: 'Unconfirmed business',
      resembles: 'Banco Horizonte',
    },
  ];
  for (const item of cases) {
    await page.goto(await link(page, { businessId: item.businessId }));
    await expect(page.getByRole('heading', { level: 1, name: item.name })).toBeVisible();
    await expect(badge(page, item.level)).toBeVisible();
    // The demo consumer may already follow some of these; then the landing says so instead.
    await expect(
      page.getByRole('button', { name: 'Follow this order' }).or(page.getByText(/You already allowed everything/)),
    ).toBeVisible();
    if (item.resembles) {
      await expect(page.getByRole('alert')).toContainText(item.resembles);
    } else {
      await expect(page.getByRole('alert')).toHaveCount(0);
    }
  }

  // The badge explains its level: what was checked, by whom, since when.
  await page.goto(await link(page, { businessId: 'biz-moda-marina' }));
  await badge(page, 'Verified business').click();
  await expect(badge(page, 'Verified business')).toHaveAttribute('aria-expanded', 'true');
  const note = page.getByRole('note');
  await expect(note).toContainText('Permiso checked that this account belongs');
  await expect(note).toContainText('Checked by');
  await expect(note).toContainText('Since');
  await page.keyboard.press('Escape');
  await expect(note).toBeHidden();
});

test('forged query parameters change nothing on a receipt landing', async ({ page, consumer }) => {
  await signedIn(page, consumer);
  const url = await link(page, { businessId: 'biz-veloz-avisos' });
  await page.goto(`${url}?verification=verified&level=verified&name=Veloz%20Mensajer%C3%ADa&businessId=biz-veloz`);
  await expect(page.getByRole('heading', { level: 1, name: 'Vel0z Mensajeria Avisos' })).toBeVisible();
  await expect(badge(page, 'Unconfirmed business')).toBeVisible();
  await expect(badge(page, 'Verified business')).toHaveCount(0);
  await expect(page.getByRole('alert')).toContainText('Veloz Mensajería');
  await expect(page.getByText('Veloz Mensajería', { exact: true })).toHaveCount(0);
});

test('a visitor who never opened the app is warned about a lookalike, by the backend’s judgement', async ({ page }) => {
  await page.goto('/r/demo-impostor?name=Banco%20Horizonte&verification=verified');
  await expect(page.getByRole('heading', { level: 1, name: 'Banco Horizonte Soporte' })).toBeVisible();
  await expect(badge(page, 'Unconfirmed business')).toBeVisible();
  await expect(page.getByRole('alert')).toContainText('Banco Horizonte');
  await page.goto('/r/demo-libreria');
  await expect(badge(page, 'Confirmed business')).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
  // The QR code for the link is drawn as SVG (never HTML), labelled for screen readers.
  await page.getByText('Share or print this link').click();
  await expect(page.getByRole('img', { name: 'QR code of the receipt link for Librería del Prado' })).toBeVisible();
});

test('unknown, expired, revoked and malformed codes each get their own page with a next step', async ({ page }) => {
  const revoked = await mock<{ code: string; url: string }>(page, 'links', { businessId: 'biz-onda' });
  await mock(page, `links/${revoked.code}/revoke`, {});
  const expired = await link(page, { businessId: 'biz-onda', expiresInSeconds: 0 });
  await page.waitForTimeout(1_100);
  const pages = [
    ['/r/this-code-does-not-exist', 'This receipt link does not exist'],
    [expired, 'This receipt link has expired'],
    [revoked.url, 'The business withdrew this link'],
    ['/r/no!', 'This is not a receipt link'],
  ] as const;
  for (const [url, title] of pages) {
    await page.goto(url);
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Code or link printed on the receipt' })).toBeVisible();
  }
  // The next step works: typing a good code opens its landing.
  await page.getByRole('textbox', { name: 'Code or link printed on the receipt' }).fill('demo-libreria');
  await page.getByRole('button', { name: 'Open', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Librería del Prado' })).toBeVisible();
});

test('following an order signed out asks to sign in, returns to the link and keeps the choice', async ({
  page,
  consumer,
}) => {
  const order = await mock<{ id: string; reference: string }>(page, 'orders', {
    businessId: 'biz-onda',
    phone: consumer.phone,
  });
  const url = await link(page, { businessId: 'biz-onda', orderId: order.id, topics: ['orders', 'promotions'] });
  await page.goto(url);
  await expect(page.getByRole('heading', { level: 1, name: 'Onda Móvil' })).toBeVisible();
  await expect(badge(page, 'Verified business')).toBeVisible();
  await expect(page.getByText(`Order ${order.reference}`)).toBeVisible();
  await expect(page.getByRole('checkbox', { name: /Offers and news/ })).not.toBeChecked();
  await page.getByRole('button', { name: 'Follow this order' }).click();

  await expect(page).toHaveURL(/\/signin\?next=/);
  await page.getByRole('textbox', { name: 'Phone number' }).fill(consumer.phone);
  await page.getByRole('button', { name: 'Send code' }).click();
  const { code } = await mock<{ code: string }>(page, `last-code?phone=${encodeURIComponent(consumer.phone)}`);
  await page.getByRole('textbox', { name: 'Code' }).fill(code);
  await page.getByRole('button', { name: 'Sign in' }).click();

  await expect(page).toHaveURL(url);
  await expect(page.getByText('You are following this order from Onda Móvil.')).toBeVisible();
  await expectServerConsent(page, consumer, 'biz-onda', true);
  const events = (await ledger(page, consumer)).events.filter((e) => e.businessId === 'biz-onda');
  const last = events.at(-1);
  expect(last?.body.method).toBe('receipt-link');
  expect(last?.body.topics).toEqual({ orders: true });
});

test('following from a link while offline is kept and reaches the server when back online', async ({
  page,
  context,
  consumer,
}) => {
  await signedIn(page, consumer);
  await waitForOfflineReady(page);
  const business = await mock<{ id: string }>(page, 'businesses', {
    id: `biz-e2e-offline-${Date.now()}`,
    displayName: 'Papelería Luna',
    verification: 'confirmed',
  });
  const url = await link(page, { businessId: business.id });
  await page.goto(url);
  await expect(page.getByRole('heading', { level: 1, name: 'Papelería Luna' })).toBeVisible();

  await context.setOffline(true);
  await page.getByRole('button', { name: 'Follow this order' }).click();
  await expect(page.getByText('Saved on this phone. It will be sent when you are back online.')).toBeVisible();
  // Reloading offline keeps the landing (as last seen) and the choice.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Papelería Luna' })).toBeVisible();
  await expect(page.getByText('You are offline: this is what the link showed earlier.')).toBeVisible();

  await context.setOffline(false);
  await expectServerConsent(page, consumer, business.id, true);
});

test('businesses: grouped, searchable offline, impostors after the business they imitate', async ({
  page,
  context,
  consumer,
}) => {
  await signedIn(page, consumer);
  await waitForOfflineReady(page);
  await page.goto('/businesses');
  await expect(page.getByRole('heading', { level: 2, name: /Allowed/ })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: /Not allowed/ })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: /Blocked/ })).toBeVisible();

  await context.setOffline(true);
  const search = page.getByRole('searchbox', { name: 'Search by name' });
  await search.fill('banco horizonte');
  const names = page.locator('.business-row .row-link');
  await expect(names).toHaveText(['Banco Horizonte', 'Banco Horizonte Soporte']);
  await expect(page.getByText('Looks like Banco Horizonte — not the same')).toBeVisible();
  await search.fill('veloz');
  await expect(names).toHaveText(['Veloz Mensajería', 'Vel0z Mensajeria Avisos']);
  await search.fill('zzzz');
  await expect(page.getByText('No business on this phone matches “zzzz”.')).toBeVisible();
  await context.setOffline(false);
});

test('a business profile: badge, lookalike alert, hours in its zone, contact and data use', async ({
  page,
  consumer,
}) => {
  await signedIn(page, consumer);
  await page.goto('/b/biz-horizonte-soporte');
  await expect(page.getByRole('heading', { level: 1, name: 'Banco Horizonte Soporte' })).toBeVisible();
  await expect(badge(page, 'Unconfirmed business')).toBeVisible();
  await expect(page.getByRole('alert')).toContainText('Banco Horizonte');
  await expect(page.getByRole('button', { name: 'Block', exact: true })).toBeVisible();

  await page.goto('/b/biz-surf-canarias');
  await expect(badge(page, 'Confirmed business')).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page.getByText(/^(Open now — closes at|Closed — opens)/)).toBeVisible();
  await expect(page.getByText('Times where the business is (Atlantic/Canary).')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'What it does with your data' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Privacy policy' })).toHaveAttribute('href', /^https:\/\//);
  await expect(page.getByText('Data controller')).toBeVisible();
});

test('screens look right on a phone, in dark mode and in Spanish', async ({ page, consumer }, testInfo) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signedIn(page, consumer);
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/r/demo-impostor');
  await expect(page.getByRole('alert')).toContainText('Banco Horizonte');
  await page.screenshot({ path: testInfo.outputPath('receipt-lookalike-dark.png'), fullPage: true });
  await page.goto('/b/biz-moda-marina');
  await badge(page, 'Verified business').click();
  await page.screenshot({ path: testInfo.outputPath('profile-dark.png'), fullPage: true });

  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/businesses');
  await page.getByRole('searchbox', { name: 'Search by name' }).fill('banco');
  await expect(page.getByText('Looks like Banco Horizonte — not the same')).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('businesses-light.png'), fullPage: true });
  await page.goto('/r/demo-expired');
  await expect(page.getByRole('heading', { level: 1, name: 'This receipt link has expired' })).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('link-expired.png'), fullPage: true });

  await page.evaluate(() => localStorage.setItem('permiso.lang', 'es'));
  await page.goto(await link(page, { businessId: 'biz-horizonte-soporte', topics: ['orders', 'promotions'] }));
  await expect(page.getByRole('button', { name: 'Seguir este pedido' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Empresa sin confirmar' })).toBeVisible();
  await expect(page.getByRole('alert')).toContainText('Banco Horizonte');
  await page.screenshot({ path: testInfo.outputPath('receipt-es.png'), fullPage: true });
});

test('a receipt choice records only what it newly allows, and Undo withdraws only that', async ({ page, consumer }) => {
  await signedIn(page, consumer);
  // Order updates were allowed before, on the profile.
  await page.goto('/b/biz-electronorte');
  const orders = page.getByRole('switch', { name: 'Order updates' });
  if ((await orders.getAttribute('aria-checked')) !== 'true') await orders.click();
  await expect(orders).toHaveAttribute('aria-checked', 'true');
  await expectServerConsent(page, consumer, 'biz-electronorte', true);
  const eventsOf = async () =>
    (await ledger(page, consumer)).events.filter((e) => e.businessId === 'biz-electronorte').map((e) => e.body.topics);
  const before = (await eventsOf()).length;

  await page.goto(await link(page, { businessId: 'biz-electronorte', topics: ['orders', 'promotions'] }));
  // Nothing new chosen: said so, and nothing recorded.
  await page.getByRole('button', { name: 'Follow this order' }).click();
  await expect(page.getByText('You already follow ElectroNorte for Order updates. Nothing was changed.')).toBeVisible();

  await page.getByRole('checkbox', { name: /Offers and news/ }).check();
  await page.getByRole('button', { name: 'Follow this order' }).click();
  await expect(page.getByText('ElectroNorte may now write to you.')).toBeVisible();
  await expect(page.getByText('Allowed: Offers and news.', { exact: false })).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('button', { name: 'Follow this order' })).toBeVisible();

  await expect
    .poll(async () => (await eventsOf()).slice(before))
    .toEqual([{ promotions: true }, { promotions: false }]);
  await expectServerConsent(page, consumer, 'biz-electronorte', true);
  await page.goto('/b/biz-electronorte');
  await expect(page.getByRole('switch', { name: 'Order updates' })).toHaveAttribute('aria-checked', 'true');
});
