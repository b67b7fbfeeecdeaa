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

export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator) || import.meta.env.DEV) return;
  void import('workbox-window').then(({ Workbox }) => {
    workbox = new Workbox('/sw.js', { scope: '/', type: 'classic' });
    workbox.addEventListener('installed', (event) => {
      if (!event.isUpdate) setOfflineReady(true);
    });
    workbox.addEventListener('waiting', () => setUpdateReady(true));
    workbox.addEventListener('controlling', (event) => {
      if (event.isUpdate) location.reload();
    });
    void workbox.register();
    // Look for a new version when the app returns to the foreground.
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'visible') void workbox?.update();
    });
  });
}

/** Activates the waiting worker; the `controlling` event then reloads the page. */
export function applyUpdate(): void {
  if (workbox) workbox.messageSkipWaiting();
  else location.reload();
}
