/**
 * What runs once the shell is on screen: read the stored session, then keep data fresh
 * (on start, on reconnect, when the app comes back to the foreground, and every 30 s while
 * visible so new order and payment states appear without a reload).
 */
import { createEffect, createRoot } from 'solid-js';
import { loadSession, session } from './data/session';
import { requestSync } from './data/sync-state';
import { loadScreenMessages } from './i18n';
// Listen for beforeinstallprompt from the start: it fires once, early.
import './pwa/install';
import { registerServiceWorker } from './pwa/register';

const POLL_MS = 30_000;

export async function startApp(): Promise<void> {
  await loadSession();
  createRoot(() => {
    createEffect(() => {
      if (!session()) return;
      void requestSync();
      // Every signed-in screen needs them; fetch them before the consumer navigates.
      void loadScreenMessages();
    });
  });
  const syncIfSignedIn = () => {
    if (session() && navigator.onLine && document.visibilityState === 'visible') void requestSync();
  };
  window.addEventListener('online', syncIfSignedIn);
  document.addEventListener('visibilitychange', syncIfSignedIn);
  setInterval(syncIfSignedIn, POLL_MS);
  registerServiceWorker();
}
