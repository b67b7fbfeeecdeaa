import { Show } from 'solid-js';
import { online } from '../data/connectivity';
import { session } from '../data/session';
import { requestSync, syncState } from '../data/sync-state';
import { describeError, formatRelative, t } from '../i18n';

/** Offline state, last update and sync failures, announced politely to screen readers. */
export function StatusBar() {
  const failure = () => (online() ? syncState().error : null);
  return (
    <div class="statusbar">
      <div role="status" aria-live="polite" class="status-text">
        <Show
          when={online()}
          fallback={
            <span class="offline">
              <span class="dot" aria-hidden="true" />
              {t('status.offline')}
            </span>
          }
        >
          <Show when={session() && syncState().running}>{t('status.syncing')}</Show>
        </Show>
        <Show when={session() && syncState().lastSyncedAt && !syncState().running}>
          <span class="muted"> {t('status.lastUpdated', { time: formatRelative(syncState().lastSyncedAt!) })}</span>
        </Show>
      </div>
      <Show when={session() && failure()}>
        {(error) => (
          <div role="alert" class="sync-error">
            <span>{t('sync.failed', { reason: describeError(error()) })}</span>
            <button type="button" class="link-button" onClick={() => void requestSync()}>
              {t('common.retry')}
            </button>
          </div>
        )}
      </Show>
    </div>
  );
}
