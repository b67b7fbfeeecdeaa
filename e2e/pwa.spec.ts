import { expect, signIn, test, waitForOfflineReady } from './fixtures';

test('after one visit the app reloads offline and still shows what was loaded', async ({ page, context, consumer }) => {
  await signIn(page, consumer);
  await waitForOfflineReady(page);
  await page.goto('/orders');
  const firstOrder = page.locator('main .row-link').first();
  await expect(firstOrder).toBeVisible();
  const reference = (await firstOrder.locator('.strong').textContent()) ?? '';

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('status').filter({ hasText: 'Offline' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Orders' })).toBeVisible();
  await expect(page.getByText(reference).first()).toBeVisible();
  await page.getByRole('link', { name: 'Payments' }).click();
  await expect(page.locator('main .row').first()).toBeVisible();
  await page.goto('/businesses');
  await expect(page.locator('main .row').first()).toBeVisible();

  await context.setOffline(false);
  await expect(page.getByRole('status').filter({ hasText: 'Offline' })).toBeHidden();
});

test('a new version waits for the consumer to press Reload', async ({ page, context, consumer }) => {
  await signIn(page, consumer);
  await waitForOfflineReady(page);
  // Only a page the worker controls makes a new version wait; a first visit is not controlled yet.
  await page.reload();
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toContain('/sw.js');

  // A new deployment, for this browser only: the preview server serves a byte-different worker.
  await context.addCookies([{ name: 'permiso-deployment', value: '2', url: page.url() }]);
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
  await expect(page.getByText('A new version of Permiso is available.')).toBeVisible({ timeout: 20_000 });
  await page.getByRole('button', { name: 'Reload' }).click();
  await page.waitForEvent('load');
  await expect(page.getByRole('heading', { name: 'Inbox' })).toBeVisible();
  const waiting = await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting);
  expect(waiting).toBeFalsy();
});

test('the browser finds the app installable', async ({ page }) => {
  await page.goto('/signin');
  await page.evaluate(async () => navigator.serviceWorker.ready);
  const cdp = await page.context().newCDPSession(page);
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  const errors = installabilityErrors.filter((e) => e.errorId !== 'in-incognito');
  expect(errors).toEqual([]);
  const manifest = await (await page.request.get('/manifest.webmanifest')).json();
  expect(manifest).toMatchObject({
    name: expect.stringContaining('Permiso'),
    short_name: 'Permiso',
    display: 'standalone',
  });
  expect(manifest.icons.map((i: { sizes: string; purpose: string }) => `${i.sizes}/${i.purpose}`)).toEqual(
    expect.arrayContaining(['192x192/any', '512x512/any', '512x512/maskable']),
  );
  for (const icon of manifest.icons) {
    const response = await page.request.get(icon.src);
    expect(response.headers()['content-type']).toBe('image/png');
  }
});

test('signing out wipes every local trace, even offline', async ({ page, context, consumer }) => {
  await signIn(page, consumer);
  await waitForOfflineReady(page);
  await page.goto('/orders');
  await expect(page.locator('main .row').first()).toBeVisible();
  await page.evaluate(() => {
    sessionStorage.setItem('draft', 'x');
    localStorage.setItem('something', 'y');
  });
  // A cached image stands for the runtime caches that hold user data.
  await page.evaluate(async () => {
    await fetch('/icons/icon-192.png?logo=1', { headers: { Accept: 'image/png' } });
    await (await caches.open('permiso-images')).add('/favicon.svg');
  });
  expect((await page.evaluate(() => indexedDB.databases())).map((d) => d.name)).toContain('permiso');

  await context.setOffline(true);
  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('textbox', { name: 'Phone number' })).toBeVisible();

  expect(await page.evaluate(() => indexedDB.databases())).toEqual([]);
  const cacheNames = await page.evaluate(() => caches.keys());
  expect(cacheNames.filter((name) => !name.startsWith('workbox-precache'))).toEqual([]);
  expect(await page.evaluate(() => [localStorage.getItem('something'), sessionStorage.length])).toEqual([null, 0]);

  await page.goto('/orders');
  await expect(page).toHaveURL(/\/signin/);
  await context.setOffline(false);
});

test('the worker precaches the shell, every screen and the icons, and nothing of the mock', async ({ page }) => {
  const worker = await (await page.request.get('/sw.js')).text();
  const urls = [...worker.matchAll(/"url":"([^"]+)"/g)].map((match) => match[1] ?? '');
  expect(urls).toEqual(expect.arrayContaining(['index.html', 'manifest.webmanifest', 'icons/icon-192.png']));
  for (const screen of ['InboxScreen', 'OrdersScreen', 'PaymentsScreen', 'BusinessScreen', 'ReceiptScreen']) {
    expect(
      urls.some((url) => url.startsWith('assets/') && url.includes(screen)),
      screen,
    ).toBe(true);
  }
  expect(urls.filter((url) => /__mock|\/api\//.test(url))).toEqual([]);
  // Each precached URL really exists in the build.
  for (const url of urls) expect((await page.request.get(`/${url}`)).status(), url).toBe(200);
});
