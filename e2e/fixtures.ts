/**
 * Shared end-to-end fixtures: a unique consumer per test (the mock keeps each phone's data
 * apart, so tests run in parallel), sign-in through the real screens, the mock's scenario API,
 * and a guard that fails any test during which the page broke the Content-Security-Policy.
 */
import { test as base, expect, type Page } from '@playwright/test';

export interface Consumer {
  phone: string;
}

interface Fixtures {
  consumer: Consumer;
  cspViolations: string[];
}

let counter = 0;
function uniquePhone(): string {
  counter += 1;
  const n = (Date.now() % 1_000_000) * 100 + (process.pid % 100) + counter;
  return `+3461${String(n).padStart(7, '0').slice(-7)}`;
}

export const test = base.extend<Fixtures>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright reads fixture dependencies from this pattern.
  consumer: async ({}, use) => {
    await use({ phone: uniquePhone() });
  },
  cspViolations: [
    async ({ page }, use) => {
      const violations: string[] = [];
      await page.exposeFunction('__permisoReportViolation', (text: string) => violations.push(text));
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          const report = (window as unknown as { __permisoReportViolation: (t: string) => void })
            .__permisoReportViolation;
          report(`${event.violatedDirective} blocked ${event.blockedURI} at ${event.sourceFile}:${event.lineNumber}`);
        });
      });
      page.on('console', (message) => {
        if (/Content Security Policy|Trusted Type/i.test(message.text())) violations.push(message.text());
      });
      await use(violations);
      expect(violations, 'the page broke the Content-Security-Policy').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Calls the mock's scenario API (`/__mock/`), failing the test on an error answer. */
export async function mock<T = unknown>(page: Page, path: string, body?: unknown): Promise<T> {
  const response =
    body === undefined
      ? await page.request.get(`/__mock/${path}`)
      : await page.request.post(`/__mock/${path}`, { data: body });
  expect(response.ok(), `/__mock/${path} answered ${response.status()}: ${await response.text()}`).toBe(true);
  return (await response.json()) as T;
}

/** Signs in through the real screens, reading the one-time code the demo screen tells. */
export async function signIn(page: Page, consumer: Consumer, path = '/'): Promise<void> {
  await page.goto(path);
  await page.getByRole('textbox', { name: 'Phone number' }).fill(consumer.phone);
  await page.getByRole('button', { name: 'Send code' }).click();
  await expect(page.getByRole('textbox', { name: 'Code' })).toBeVisible();
  const { code } = await mock<{ code: string }>(page, `last-code?phone=${encodeURIComponent(consumer.phone)}`);
  await expect(page.getByText(`the code sent is ${code}`)).toBeVisible();
  await page.getByRole('textbox', { name: 'Code' }).fill(code);
  await page.getByRole('button', { name: 'Sign in' }).click();
  // The button turns into "Signing in…" at once; the screen leaves only once the session is
  // stored — navigating before that would abort its write.
  await expect(page.getByRole('textbox', { name: 'Code' })).toBeHidden();
}

/** Waits until the service worker controls the page and has precached the shell. */
export async function waitForOfflineReady(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await expect(page.getByText('Permiso is ready to work offline.')).toBeVisible({ timeout: 20_000 });
}
