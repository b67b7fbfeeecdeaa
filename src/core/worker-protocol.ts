/** Messages between the page and the service worker (both sides import these names). */

/** Page → worker: show, silently, what quiet hours held if they have ended. */
export const RELEASE_HELD = 'permiso:release-held';
/** Worker → page: the worker changed stored data (sync, outbox); live queries should re-read. */
export const DATA_CHANGED = 'permiso:data-changed';
