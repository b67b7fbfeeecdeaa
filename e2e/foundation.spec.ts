import { expect, signIn, test } from './fixtures';

test('a newcomer signs in with a one-time code and sees the seeded demo', async ({ page, consumer }) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/signin\?next=%2F$/);
  await signIn(page, consumer);
  await expect(page.getByRole('heading', { name: 'Inbox' })).toBeVisible();
  await expect(page.locator('main .row').first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'Verified business' }).first()).toBeVisible();
});

test('every route of the product opens from the navigation or its URL', async ({ page, consumer }) => {
  await signIn(page, consumer);
  const nav = page.getByRole('navigation', { name: 'Main' });
  for (const [link, heading] of [
    ['Businesses', 'Businesses'],
    ['Orders', 'Orders'],
    ['Payments', 'Payments'],
    ['Settings', 'Settings'],
    ['Inbox', 'Inbox'],
  ] as const) {
    await nav.getByRole('link', { name: link }).click();
    await expect(page).toHaveURL(new RegExp(`${link === 'Inbox' ? '/' : `/${link.toLowerCase()}`}$`));
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    await expect(nav.getByRole('link', { name: link })).toHaveAttribute('aria-current', 'page');
  }

  await nav.getByRole('link', { name: 'Orders' }).click();
  await page.locator('main .row-link').first().click();
  await expect(page).toHaveURL(/\/orders\/[^/]+$/);
  await expect(page.getByRole('heading', { name: 'Timeline' })).toBeVisible();

  await nav.getByRole('link', { name: 'Payments' }).click();
  await page.locator('main .row-link').first().click();
  await expect(page).toHaveURL(/\/payments\/[^/]+$/);

  await nav.getByRole('link', { name: 'Businesses' }).click();
  await page.locator('main .row-link').first().click();
  await expect(page).toHaveURL(/\/b\/[^/]+$/);
  await expect(page.getByRole('heading', { name: 'Messages' })).toBeVisible();

  await page.goto('/privacy');
  await expect(page.getByRole('heading', { level: 1, name: 'Privacy and consent' })).toBeVisible();
  await page.goto('/no/such/page');
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
});

test('the language follows the choice in Settings and is remembered', async ({ page, consumer }) => {
  await signIn(page, consumer, '/settings');
  await page.getByRole('radio', { name: 'Español' }).check();
  await expect(page.getByRole('heading', { level: 1, name: 'Ajustes' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('link', { name: 'Pedidos' })).toBeVisible();
  await page.getByRole('radio', { name: 'English' }).check();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
});

test('a malformed API response shows a clear error and keeps what was shown', async ({ page, consumer }) => {
  await signIn(page, consumer, '/orders');
  const firstRow = page.locator('main .row').first();
  await expect(firstRow).toBeVisible();
  await page.route('**/api/sync*', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: '{"cursor": 7, "orders": "nope"}' }),
  );
  await page.reload();
  // A sync failure is a polite status (it needs no action now), not an alert.
  await expect(
    page.getByRole('status').filter({ hasText: 'the server sent something this app cannot read' }),
  ).toBeVisible();
  await expect(firstRow).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Orders' })).toBeVisible();
});

test('every response carries a strict Content-Security-Policy', async ({ page }) => {
  for (const path of ['/', '/signin', '/r/anything', '/sw.js', '/manifest.webmanifest']) {
    const response = await page.request.get(path);
    const csp = response.headers()['content-security-policy'] ?? '';
    expect(csp, path).toContain("script-src 'self'");
    expect(csp, path).toContain("object-src 'none'");
    expect(csp, path).toContain("base-uri 'none'");
    expect(csp, path).toContain("frame-ancestors 'none'");
    expect(csp, path).toContain("require-trusted-types-for 'script'");
    expect(csp, path).not.toContain('unsafe-inline');
  }
});

test('a screen that cannot load says so and keeps the app around it', async ({ page, consumer }) => {
  await page.route('**/assets/PaymentsScreen-*.js', (route) => route.abort());
  await signIn(page, consumer);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Payments' }).click();
  await expect(page.getByRole('alert')).toContainText('This screen could not be shown');
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await page.unroute('**/assets/PaymentsScreen-*.js');
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Payments' })).toBeVisible();
});
