import { Show } from 'solid-js';
import { online } from '../data/connectivity';
import { requestSync } from '../data/request-sync';
import { session } from '../data/session';
import { shownSyncError, syncState } from '../data/sync-state';
import { describeError, formatRelative, t } from '../i18n';

/**
 * Offline state, last update and sync failures. Only what the consumer should hear is in a
 * live region: going offline, and a sync failure (polite, once: it stays until a run
 * succeeds). "Updating…" and "Last updated" change with every background poll, so they are
 * shown but not announced.
 */
export function StatusBar() {
  const failure = () => (online() && session() ? shownSyncError() : null);
  return (
    <div class="statusbar">
      <span role="status" aria-live="polite" class="status-text">
        <Show when={!online()}>
          <span class="offline">
            <span class="dot" aria-hidden="true" />
            {t('status.offline')}
          </span>
        </Show>
      </span>
      <Show when={session()}>
        <span class="status-text">
          <Show when={online() && syncState().running}>{t('status.syncing')}</Show>
          <Show when={syncState().lastSyncedAt && !syncState().running}>
            <span class="muted"> {t('status.lastUpdated', { time: formatRelative(syncState().lastSyncedAt!) })}</span>
          </Show>
        </span>
      </Show>
      <div role="status" class="sync-error-region">
        <Show when={failure()}>
          {(error) => (
            <div class="sync-error">
              <span class="dot" aria-hidden="true" />
              <span>{t('sync.failed', { reason: describeError(error()) })}</span>
              <button type="button" class="link-button" onClick={() => void requestSync()}>
                {t('common.retry')}
              </button>
            </div>
          )}
        </Show>
      </div>
    </div>
  );
}
