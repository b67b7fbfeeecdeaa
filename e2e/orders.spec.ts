/**
 * Issue 5 journeys: an order followed live from placed to delivered, a payment through
 * requested → paid → partly refunded, the payment-request guard, offline reading, search and
 * filters, Spanish, and phone-sized screenshots of the screens.
 */
import type { Page } from '@playwright/test';
import { expect, mock, signIn, test, waitForOfflineReady } from './fixtures';

interface Created {
  id: string;
  reference?: string;
}

/** Marks the page so a test can prove a change appeared without a reload. */
async function markPage(page: Page) {
  await page.evaluate(() => {
    (window as unknown as { __noReload: boolean }).__noReload = true;
  });
}
async function expectNotReloaded(page: Page) {
  expect(await page.evaluate(() => (window as unknown as { __noReload?: boolean }).__noReload)).toBe(true);
}

const LIVE = { timeout: 15_000 };

test('an order appears and walks from placed to delivered without a reload', async ({ page, context, consumer }) => {
  test.setTimeout(120_000);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await signIn(page, consumer, '/orders');
  await expect(page.getByRole('heading', { level: 1, name: 'Orders' })).toBeVisible();
  await markPage(page);

  const order = await mock<Created>(page, 'orders', {
    businessId: 'biz-electronorte',
    phone: consumer.phone,
    items: [{ name: 'Lámpara de escritorio', quantity: 2, unitPrice: { amount: 2450, currency: 'EUR' } }],
  });
  const row = page.getByRole('link', { name: new RegExp(order.reference ?? '') });
  await expect(row).toBeVisible(LIVE);
  await expect(row).toContainText('Placed');
  await expect(row).toContainText('€49.00');
  await row.click();

  await expect(page.getByRole('heading', { level: 1, name: `Order ${order.reference}` })).toBeVisible();
  const state = page.locator('#order-state');
  await expect(state).toHaveText('Placed');
  await expect(page.getByRole('row', { name: /Lámpara de escritorio/ })).toContainText('€24.50');
  await expect(page.getByRole('row', { name: /Total/ })).toContainText('€49.00');
  await expect(page.getByText('No tracking number yet.')).toBeVisible();

  for (const [status, label] of [
    ['confirmed', 'Confirmed'],
    ['shipped', 'Shipped'],
    ['out_for_delivery', 'Out for delivery'],
    ['delivered', 'Delivered'],
  ] as const) {
    await mock(page, `orders/${order.id}/status`, { status, note: status === 'shipped' ? 'Left the warehouse' : null });
    await expect(state).toHaveText(label, LIVE);
    await expect(page.getByRole('list', { name: /Timeline of order/ }).getByText(label, { exact: true })).toBeVisible();
    await expect(page.locator('.stepper [aria-current="step"]')).toContainText(label);
    if (status === 'shipped') {
      const tracking = page.getByRole('textbox', { name: 'Tracking number' });
      await expect(tracking).toHaveValue(/^VZ\d{8}ES$/);
      await page.getByRole('button', { name: 'Copy tracking number' }).click();
      await expect(page.getByText('Tracking number copied.')).toBeVisible();
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await tracking.inputValue());
      const link = page.getByRole('link', { name: /Follow the parcel/ });
      await expect(link).toHaveAttribute('href', /^https:\/\/www\.velozmensajeria\.example\/seguimiento\/VZ/);
      await expect(link).toHaveAttribute('rel', /noopener/);
      await expect(page.getByText('Left the warehouse')).toBeVisible();
    }
  }
  await expect(page.getByText('Your order was delivered.')).toBeVisible();
  await expectNotReloaded(page);
});

test('a payment goes from requested to paid to partly refunded, live', async ({ page, consumer }) => {
  test.setTimeout(90_000);
  await signIn(page, consumer, '/payments');
  const order = await mock<Created>(page, 'orders', { businessId: 'biz-onda', phone: consumer.phone });
  const payment = await mock<Created>(page, 'payments', {
    businessId: 'biz-onda',
    orderId: order.id,
    amount: 2990,
    currency: 'EUR',
    status: 'requested',
    description: 'Factura de marzo',
    payUrl: 'https://www.ondamovil.example/pagar/1',
    invoiceNumber: 'F-2026-0001',
  });
  const row = page.getByRole('link', { name: /Factura de marzo/ });
  await expect(row).toBeVisible(LIVE);
  await row.click();
  await markPage(page);

  await expect(page.getByRole('heading', { level: 1, name: 'Payment of €29.90' })).toBeVisible();
  const state = page.locator('#payment-state');
  await expect(state).toHaveText('Payment requested');
  await expect(page.getByText('Onda Móvil asks you to pay this.')).toBeVisible();
  await expect(page.locator('.pay-warning')).toHaveCount(0);
  await expect(page.getByRole('link', { name: /For order/ })).toHaveAttribute('href', `/orders/${order.id}`);

  // The pay link only exists once the consumer asked to pay, and goes to the business's domain.
  await expect(page.locator('a[href^="https://www.ondamovil.example"]')).toHaveCount(0);
  await page.getByRole('button', { name: 'Pay €29.90' }).click();
  const dialog = page.getByRole('dialog', { name: 'Before you pay' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('link', { name: 'Continue to www.ondamovil.example' })).toHaveAttribute(
    'href',
    'https://www.ondamovil.example/pagar/1',
  );
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  await mock(page, `payments/${payment.id}/status`, { status: 'paid' });
  await expect(state).toHaveText('Paid', LIVE);
  await expect(page.getByRole('button', { name: /^Pay / })).toHaveCount(0);

  await mock(page, `payments/${payment.id}/status`, { status: 'partially_refunded', refundAmount: 1000 });
  await expect(state).toHaveText('Partly refunded', LIVE);
  const stateCard = page.getByRole('region', { name: 'Partly refunded' });
  await expect(stateCard).toContainText('Refund: €10.00 of €29.90');
  await expect(stateCard).toContainText(/Expected in your account by .+ \(in 5 days\)/);
  const receipt = page.getByRole('region', { name: 'Receipt' });
  await expect(receipt).toContainText('F-2026-0001');
  await expect(receipt).toContainText('−€10.00');
  await expect(page.getByRole('list').getByText('Partly refunded')).toBeVisible();
  await expectNotReloaded(page);

  // The order's timeline merges the payment's steps.
  await page.getByRole('link', { name: /For order/ }).click();
  const timeline = page.getByRole('list', { name: /Timeline of order/ });
  await expect(timeline.getByText('Payment of €29.90: Partly refunded')).toBeVisible();
  await expect(timeline.getByText('Payment of €29.90: Paid')).toBeVisible();
});

test('a payment request from an unconfirmed business warns before any pay link', async ({ page, consumer }) => {
  await signIn(page, consumer, '/payments');
  const business = await mock<Created>(page, 'businesses', {
    displayName: 'Cobros Rápidos',
    verification: 'unconfirmed',
    website: 'https://cobrosrapidos.example',
  });
  const payment = await mock<Created>(page, 'payments', {
    businessId: business.id,
    amount: 4500,
    currency: 'EUR',
    status: 'requested',
    description: 'Pago pendiente',
    payUrl: 'https://pagos.cobrosrapidos.example/p/1',
    phone: consumer.phone,
  });
  await expect(page.getByRole('link', { name: /Pago pendiente/ })).toBeVisible(LIVE);
  await page.goto(`/payments/${payment.id}`);

  const warning = page.getByRole('alert').filter({ hasText: 'This could be a scam' });
  await expect(warning).toBeVisible();
  await expect(warning).toContainText('Nobody has checked who runs Cobros Rápidos');
  await expect(page.getByRole('button', { name: 'Unconfirmed business' }).first()).toBeVisible();

  await page.getByRole('button', { name: 'Pay €45.00' }).click();
  const dialog = page.getByRole('dialog', { name: 'Before you pay' });
  await expect(dialog).toContainText('This could be a scam');
  const proceed = dialog.getByRole('link', { name: /Continue to/ });
  await expect(proceed).toHaveCount(0);
  await dialog.getByRole('checkbox', { name: 'I understand the risk and still want to pay' }).check();
  await expect(proceed).toHaveAttribute('href', 'https://pagos.cobrosrapidos.example/p/1');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
});

test('a lookalike’s payment request names the business it imitates and its link is withheld', async ({
  page,
  consumer,
}) => {
  await signIn(page, consumer, '/payments');
  await page.getByRole('link', { name: /Tasas de aduana/ }).click();
  const warning = page.getByRole('alert').filter({ hasText: 'This could be a scam' });
  await expect(warning).toContainText('imitates the verified business Veloz Mensajería');
  await expect(page.getByText(/Permiso .*will not open it/)).toBeVisible();
  await expect(page.getByRole('button', { name: /^Pay / })).toHaveCount(0);
  await expect(page.locator('a[href*="veloz-entregas-aviso"]')).toHaveCount(0);
});

test('orders search by reference or item and filter by status and business', async ({ page, consumer }) => {
  await signIn(page, consumer, '/orders');
  await expect(page.getByRole('status').filter({ hasText: '8 orders' })).toBeVisible();
  const search = page.getByRole('searchbox', { name: 'Search orders' });
  await search.fill('auriculares');
  await expect(page.getByRole('status').filter({ hasText: '1 order' })).toBeVisible();
  await expect(page.getByRole('link', { name: /EN-771204/ })).toBeVisible();
  await search.fill('pantalon');
  await expect(page.getByRole('link', { name: /MM-2026-48213/ })).toBeVisible();
  await search.fill('lp-3391');
  await expect(page.getByRole('link', { name: /LP-3391/ })).toBeVisible();
  await search.fill('');
  await page.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'Cancelled' });
  await expect(page.getByRole('status').filter({ hasText: '1 order' })).toBeVisible();
  await expect(page).toHaveURL(/status=cancelled/);
  await page.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'All statuses' });
  await page.getByRole('combobox', { name: 'Business' }).selectOption({ label: 'Moda Marina' });
  await expect(page.getByRole('status').filter({ hasText: '2 orders' })).toBeVisible();
  await search.fill('nothing like this');
  await expect(page.getByText('No orders match.')).toBeVisible();
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(page.getByRole('status').filter({ hasText: '8 orders' })).toBeVisible();

  // An exception is explained in plain words, with the business's latest note.
  await page.getByRole('link', { name: /FS-5520/ }).click();
  await expect(page.locator('#order-state')).toHaveText('Delivery problem');
  await expect(page.getByText('There is a problem with the delivery')).toBeVisible();
  await expect(page.getByText('Latest note: Dirección incompleta')).toBeVisible();
});

test('order and payment pages work offline after one visit', async ({ page, context, consumer }) => {
  await signIn(page, consumer, '/orders');
  await waitForOfflineReady(page);
  await page.getByRole('link', { name: /EN-771204/ }).click();
  await expect(page.locator('#order-state')).toHaveText('Shipped');
  const orderUrl = page.url();
  await page.getByRole('link', { name: 'Payments', exact: true }).click();
  const payment = page.getByRole('link', { name: /Pedido MM-2026-47107/ });
  await page.goto((await payment.getAttribute('href')) ?? '');
  await expect(page.locator('#payment-state')).toHaveText('Partly refunded');
  const paymentUrl = page.url();

  await context.setOffline(true);
  await page.goto(orderUrl);
  await expect(page.getByRole('status').filter({ hasText: 'Offline' }).first()).toBeVisible();
  await expect(page.locator('#order-state')).toHaveText('Shipped');
  await expect(page.getByText(/Saved on this phone · updated/).first()).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Tracking number' })).toHaveValue('VZ77120455ES');
  await page.goto(paymentUrl);
  await expect(page.locator('#payment-state')).toHaveText('Partly refunded');
  await expect(page.getByRole('region', { name: 'Receipt' })).toContainText('MM-F-2026-09871');
  await page.goto('/orders');
  await expect(page.getByRole('status').filter({ hasText: '8 orders' })).toBeVisible();
  await context.setOffline(false);
});

test('the screens speak Spanish, with euros formatted for Spain', async ({ page, consumer }) => {
  await page.addInitScript(() => localStorage.setItem('permiso.lang', 'es'));
  await page.goto('/signin');
  await page.getByRole('textbox', { name: 'Número de teléfono' }).fill(consumer.phone);
  await page.getByRole('button', { name: 'Enviar código' }).click();
  await expect(page.getByRole('textbox', { name: 'Código' })).toBeVisible();
  const { code } = await mock<{ code: string }>(page, `last-code?phone=${encodeURIComponent(consumer.phone)}`);
  await page.getByRole('textbox', { name: 'Código' }).fill(code);
  await page.getByRole('button', { name: 'Entrar' }).click();
  await expect(page.getByRole('navigation', { name: 'Principal' })).toBeVisible();
  await page.goto('/orders');
  await expect(page.getByRole('heading', { level: 1, name: 'Pedidos' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: '8 pedidos' })).toBeVisible();
  await page.getByRole('link', { name: /EN-771204/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Pedido EN-771204' })).toBeVisible();
  await expect(page.getByRole('row', { name: /Total/ })).toContainText('129,90 €');
  await expect(page.getByRole('button', { name: 'Copiar número de seguimiento' })).toBeVisible();
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });

  test('screens fit a phone (screenshots for review)', async ({ page, consumer }, testInfo) => {
    await signIn(page, consumer, '/orders');
    await expect(page.locator('main .row').first()).toBeVisible();
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(await overflow()).toBeLessThanOrEqual(0);
    await page.screenshot({ path: testInfo.outputPath('orders-phone.png') });
    await page.getByRole('link', { name: /FS-5520/ }).click();
    await expect(page.locator('#order-state')).toBeVisible();
    expect(await overflow()).toBeLessThanOrEqual(0);
    await page.screenshot({ path: testInfo.outputPath('order-phone.png'), fullPage: true });
    await page.goto('/payments');
    await page.getByRole('link', { name: /Tasas de aduana/ }).click();
    await expect(page.locator('#payment-state')).toBeVisible();
    expect(await overflow()).toBeLessThanOrEqual(0);
    await page.screenshot({ path: testInfo.outputPath('payment-phone.png'), fullPage: true });
    await page.emulateMedia({ media: 'print' });
    await page.screenshot({ path: testInfo.outputPath('payment-print.png'), fullPage: true });
  });
});
