/**
 * Issue 4 journeys: consent per topic offline and under faults, block and report offline,
 * "messaged after you said no", and the export. The server's view is read from /__mock/ledger;
 * faults are scoped to this test's phone so parallel tests are not affected.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { type Consumer, expect, mock, signIn, test, waitForOfflineReady } from './fixtures';

interface Ledger {
  consents: { businessId: string; topics: Record<string, boolean> }[];
  events: { kind: string; businessId: string; body: Record<string, unknown>; idempotencyKey: string }[];
  blocks: string[];
  reports: { businessId: string; reason: string; messageIds: string[] }[];
}

const ledger = (page: Page, consumer: Consumer) =>
  mock<Ledger>(page, `ledger?phone=${encodeURIComponent(consumer.phone)}`);
const sw = (page: Page, name: string) => page.getByRole('switch', { name, exact: true });
const button = (page: Page, name: string) => page.getByRole('button', { name, exact: true });

async function openBusiness(page: Page, id: string) {
  await page.goto(`/b/${id}`);
  await expect(sw(page, 'Order updates')).toBeVisible();
}

/** Flips a switch and waits until the screen shows the new state. */
async function flip(page: Page, name: string): Promise<boolean> {
  const target = sw(page, name);
  const next = (await target.getAttribute('aria-checked')) !== 'true';
  await target.click();
  await expect(target).toHaveAttribute('aria-checked', String(next));
  return next;
}

test('consent changes made offline survive a reload and reach the server once, in order', async ({
  page,
  context,
  consumer,
}) => {
  await signIn(page, consumer);
  await waitForOfflineReady(page);
  await openBusiness(page, 'biz-onda');
  const before = (await ledger(page, consumer)).events.length;

  await context.setOffline(true);
  await expect(page.getByRole('status').filter({ hasText: 'Offline' })).toBeVisible();
  const made: [string, boolean][] = [];
  for (const [topic, name] of [
    ['promotions', 'Offers and news'],
    ['care', 'Customer care'],
    ['promotions', 'Offers and news'],
  ] as const)
    made.push([topic, await flip(page, name)]);
  await expect(page.getByText('Waiting to send').first()).toBeVisible();

  await page.reload();
  await expect(sw(page, 'Offers and news')).toHaveAttribute('aria-checked', String(made[2]![1]));
  await expect(sw(page, 'Customer care')).toHaveAttribute('aria-checked', String(made[1]![1]));
  await expect(page.getByText(/3 changes waiting to send/)).toBeVisible();
  expect((await ledger(page, consumer)).events.length).toBe(before);

  await context.setOffline(false);
  await expect.poll(async () => (await ledger(page, consumer)).events.length, { timeout: 20_000 }).toBe(before + 3);
  const events = (await ledger(page, consumer)).events.slice(before);
  expect(events.map((e) => e.body.topics)).toEqual(made.map(([topic, on]) => ({ [topic]: on })));
  expect(new Set(events.map((e) => e.idempotencyKey)).size).toBe(3);
  await expect(page.getByText('Waiting to send')).toHaveCount(0);
  const server = (await ledger(page, consumer)).consents.find((c) => c.businessId === 'biz-onda');
  expect(server?.topics.promotions).toBe(made[2]![1]);
  expect(server?.topics.care).toBe(made[1]![1]);
});

test('with half the requests failing, even after commit, no change is lost or duplicated', async ({
  page,
  consumer,
}) => {
  test.setTimeout(120_000);
  await signIn(page, consumer);
  await openBusiness(page, 'biz-casa-lucia');
  const before = (await ledger(page, consumer)).events.length;
  // 30 % fail before the change is made and 30 % of the rest after it is committed: about half
  // of all requests fail, and a third of those failures are changes the server already has.
  await mock(page, 'faults', { failRate: 0.3, latencyMs: 0, afterCommitFailRate: 0.3, phone: consumer.phone });
  const names = ['Order updates', 'Payments', 'Customer care', 'Offers and news', 'Payments', 'Order updates'];
  const made: boolean[] = [];
  for (const name of names) made.push(await flip(page, name));

  await expect
    .poll(async () => (await ledger(page, consumer)).events.length, { timeout: 90_000, intervals: [1000] })
    .toBe(before + names.length);
  await mock(page, 'faults', { failRate: 0, latencyMs: 0, afterCommitFailRate: 0, phone: consumer.phone });
  const events = (await ledger(page, consumer)).events.slice(before);
  expect(new Set(events.map((e) => e.idempotencyKey)).size).toBe(names.length);
  const topicOf: Record<string, string> = {
    'Order updates': 'orders',
    Payments: 'payments',
    'Customer care': 'care',
    'Offers and news': 'promotions',
  };
  expect(events.map((e) => e.body.topics)).toEqual(names.map((name, i) => ({ [topicOf[name]!]: made[i] })));
  await expect(page.getByText('Waiting to send')).toHaveCount(0, { timeout: 30_000 });
});

test('block and report work offline and each arrives once', async ({ page, context, consumer }) => {
  await signIn(page, consumer);
  await waitForOfflineReady(page);
  await openBusiness(page, 'biz-veloz-avisos');
  await context.setOffline(true);

  await button(page, 'Block').click();
  await expect(button(page, 'Unblock')).toBeVisible();
  await expect(page.getByText(/Blocked Vel0z/)).toBeVisible();

  await button(page, 'Report').click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('radio', { name: 'Scam or fraud' }).check();
  await expect(dialog.getByRole('checkbox').first()).toBeChecked(); // recent messages preselected
  await expect(dialog.getByRole('checkbox', { name: 'Also block this business' })).toBeChecked();
  await dialog.getByRole('textbox', { name: 'Comment (optional)' }).fill('Asks for a customs fee by SMS');
  await dialog.getByRole('button', { name: 'Send report', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(/You reported this business .*waiting to send/)).toBeVisible();

  await context.setOffline(false);
  await expect.poll(async () => (await ledger(page, consumer)).reports.length, { timeout: 20_000 }).toBe(1);
  const server = await ledger(page, consumer);
  expect(server.blocks).toContain('biz-veloz-avisos');
  expect(server.events.filter((e) => e.businessId === 'biz-veloz-avisos').map((e) => e.kind)).toEqual([
    'block',
    'report',
  ]);
  expect(server.reports[0]).toMatchObject({ businessId: 'biz-veloz-avisos', reason: 'scam' });
  expect(server.reports[0]!.messageIds.length).toBeGreaterThan(0);
  await expect(page.getByText(/You reported this business .*received/)).toBeVisible();

  // Unblocking restores nothing: every switch stays off until the consumer chooses.
  await button(page, 'Unblock').click();
  await expect(button(page, 'Block')).toBeVisible();
  for (const name of ['Order updates', 'Payments', 'Customer care', 'Offers and news'])
    await expect(sw(page, name)).toHaveAttribute('aria-checked', 'false');
});

test('a message after the consumer said no is marked and can be reported with the consent history', async ({
  page,
  consumer,
}) => {
  await signIn(page, consumer);
  await openBusiness(page, 'biz-onda');
  if ((await sw(page, 'Offers and news').getAttribute('aria-checked')) !== 'true') await flip(page, 'Offers and news');
  await flip(page, 'Offers and news');
  await expect(page.getByText('Waiting to send')).toHaveCount(0);
  const message = await mock<{ id: string }>(page, 'messages', {
    businessId: 'biz-onda',
    topic: 'promotions',
    text: '<img src=x onerror=alert(1)> ¡Oferta!',
    force: true,
    phone: consumer.phone,
  });
  await page.reload();
  await expect(page.getByText('<img src=x onerror=alert(1)> ¡Oferta!')).toBeVisible();
  const bubble = page.locator('.bubble', { hasText: '¡Oferta!' });
  await expect(bubble.getByText('Messaged after you said no')).toBeVisible();
  await expect(bubble.getByText(/after you stopped Offers and news/)).toBeVisible();
  await bubble.getByRole('button', { name: 'Complain about this message' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByText('This message came after you said no')).toBeVisible();
  await dialog.getByRole('checkbox', { name: 'Also block this business' }).uncheck();
  await dialog.getByRole('button', { name: 'Send report', exact: true }).click();
  await expect.poll(async () => (await ledger(page, consumer)).reports.length).toBe(1);
  const server = await ledger(page, consumer);
  expect(server.reports[0]!.messageIds).toEqual([message.id]);
  const report = server.events.find((e) => e.kind === 'report');
  expect((report?.body.consentHistory as unknown[] | undefined)?.length).toBeGreaterThanOrEqual(1);
  expect(server.blocks).not.toContain('biz-onda');
  await expect(page.getByRole('link', { name: 'Inbox' })).toBeVisible();
});

test('Stop all messages withdraws every topic in one tap, with undo; the export holds every consent record', async ({
  page,
  consumer,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page, consumer);
  await openBusiness(page, 'biz-moda-marina');
  if ((await sw(page, 'Payments').getAttribute('aria-checked')) !== 'true') await flip(page, 'Payments');
  await button(page, 'Stop all messages').click();
  for (const name of ['Order updates', 'Payments', 'Customer care', 'Offers and news'])
    await expect(sw(page, name)).toHaveAttribute('aria-checked', 'false');
  await button(page, 'Undo').click();
  await expect(sw(page, 'Payments')).toHaveAttribute('aria-checked', 'true');
  await expect(page.getByText('Waiting to send')).toHaveCount(0);
  await page.screenshot({ path: 'test-results/consent-profile.png', fullPage: true });

  await page.goto('/privacy');
  await expect(page.getByRole('heading', { level: 1, name: 'Privacy and consent' })).toBeVisible();
  await page
    .locator('.ledger-entry', { hasText: 'Moda Marina' })
    .getByText(/History \(\d+\)/)
    .click();
  await page.screenshot({ path: 'test-results/consent-privacy.png', fullPage: true });
  const downloading = page.waitForEvent('download');
  await button(page, 'Export my data (JSON)').click();
  const file = await (await downloading).path();
  const data = JSON.parse(await readFile(file, 'utf8')) as { format: string; consentRecords: { id: string }[] };
  expect(data.format).toBe('permiso-export/1');
  const server = await ledger(page, consumer);
  const keys = server.events.filter((e) => e.kind === 'consent').map((e) => e.idempotencyKey);
  expect(data.consentRecords.map((r) => r.id).sort()).toEqual([...keys].sort());

  await page
    .locator('.ledger-entry', { hasText: 'Moda Marina' })
    .getByRole('link', { name: 'Open receipt' })
    .first()
    .click();
  await expect(page.getByRole('heading', { name: 'Consent receipt' })).toBeVisible();
  await expect(page.getByText('Exactly what you were shown')).toBeVisible();
  await page.screenshot({ path: 'test-results/consent-receipt.png', fullPage: true });
});

test('signing out with a change still waiting asks first; keeping the session keeps and then sends it', async ({
  page,
  context,
  consumer,
}) => {
  await signIn(page, consumer);
  await waitForOfflineReady(page);
  await openBusiness(page, 'biz-onda');
  if ((await sw(page, 'Offers and news').getAttribute('aria-checked')) !== 'true') await flip(page, 'Offers and news');
  await expect(page.getByText('Waiting to send')).toHaveCount(0);
  const before = (await ledger(page, consumer)).events.length;

  await context.setOffline(true);
  await expect(page.getByRole('status').filter({ hasText: 'Offline' })).toBeVisible();
  expect(await flip(page, 'Offers and news')).toBe(false);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  await button(page, 'Sign out').click();
  const warning = page.getByRole('alert').filter({ hasText: 'Signing out discards it' });
  await expect(warning).toContainText('1 change hasn’t reached Permiso yet.');
  await warning.getByRole('button', { name: 'Keep me signed in' }).click();
  await expect(warning).toBeHidden();
  await expect(page.getByText(`Signed in as ${consumer.phone}`)).toBeVisible();
  await page.getByRole('link', { name: 'Privacy and consent records' }).click();
  await expect(page.getByText(/1 change waiting to send/)).toBeVisible();
  expect((await ledger(page, consumer)).events.length).toBe(before);

  await context.setOffline(false);
  await expect.poll(async () => (await ledger(page, consumer)).events.length, { timeout: 20_000 }).toBe(before + 1);
  await expect(page.getByText(/change waiting to send/)).toHaveCount(0);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  await button(page, 'Sign out').click();
  await expect(page.getByRole('textbox', { name: 'Phone number' })).toBeVisible();
  await expect(page.getByText(/reached Permiso yet/)).toHaveCount(0);
  const server = (await ledger(page, consumer)).consents.find((c) => c.businessId === 'biz-onda');
  expect(server?.topics.promotions).toBe(false);
});
