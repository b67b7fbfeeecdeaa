/**
 * The page side of the service worker (Squoosh's sw-bridge, vite-plugin-pwa's register.ts):
 * first install says "ready to work offline"; a new version waits until the consumer taps
 * `Reload`.
 */
import { createSignal } from 'solid-js';
import type { Workbox } from 'workbox-window';

const [offlineReady, setOfflineReady] = createSignal(false);
const [updateReady, setUpdateReady] = createSignal(false);

export { offlineReady, setOfflineReady, setUpdateReady, updateReady };

let workbox: Workbox | null = null;
/** Set in the tab whose consumer pressed Reload: only that tab reloads by itself. */
let reloadRequested = false;

/** Registers the worker once the page has loaded, so it never competes with the first screen. */
export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator) || import.meta.env.DEV) return;
  if (document.readyState === 'complete') void register();
  else window.addEventListener('load', () => void register(), { once: true });
}

async function register(): Promise<void> {
  const { Workbox } = await import('workbox-window');
  const wb = new Workbox('/sw.js', { scope: '/', type: 'classic' });
  workbox = wb;
  wb.addEventListener('installed', (event) => {
    if (!event.isUpdate) setOfflineReady(true);
  });
  wb.addEventListener('waiting', () => setUpdateReady(true));
  wb.addEventListener('controlling', (event) => {
    if (!event.isUpdate) return;
    // Another tab may hold a draft (a report comment, say): it is offered Reload, not forced.
    if (reloadRequested) location.reload();
    else setUpdateReady(true);
  });
  await wb.register();
  // Look for a new version when the app returns to the foreground.
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') void wb.update();
  });
}

/**
 * Activates the waiting worker; its `controlling` event then reloads this page. If there is
 * none waiting (another tab already activated it), reloads straight away.
 */
export async function applyUpdate(): Promise<void> {
  reloadRequested = true;
  const registration = await navigator.serviceWorker?.getRegistration();
  if (workbox && registration?.waiting) workbox.messageSkipWaiting();
  else location.reload();
}
