/**
 * What runs once the shell is on screen: read the stored session, then keep data fresh
 * (on start, on reconnect, when the app comes back to the foreground, and every 30 s while
 * visible so new order and payment states appear without a reload).
 */
import { createEffect, createRoot } from 'solid-js';
import { dataVersion } from '../data/changes';
import { requestSync } from '../data/request-sync';
import { loadSession, session } from '../data/session';
import { shareLanguageWithWorker } from '../data/worker-language';
import { loadScreenMessages, locale } from '../i18n';
// Listen for beforeinstallprompt from the start: it fires once, early.
import '../pwa/install';
import { registerServiceWorker } from '../pwa/register';
import { listenToWorker, releaseHeldNotifications } from '../pwa/worker-bridge';

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
    createEffect(() => {
      if (session()) shareLanguageWithWorker(locale());
    });
    // On opening, and after any change (quiet hours edited, a sync), let the worker show
    // what quiet hours held if they have ended (issue 4 §3).
    createEffect(() => {
      dataVersion();
      if (session()) void releaseHeldNotifications();
    });
  });
  listenToWorker();
  const syncIfSignedIn = () => {
    if (session() && navigator.onLine && document.visibilityState === 'visible') void requestSync();
  };
  window.addEventListener('online', syncIfSignedIn);
  document.addEventListener('visibilitychange', syncIfSignedIn);
  setInterval(syncIfSignedIn, POLL_MS);
  registerServiceWorker();
}
