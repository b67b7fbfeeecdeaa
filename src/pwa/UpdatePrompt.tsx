import { Show } from 'solid-js';
import { t } from '../i18n';
import { applyUpdate, offlineReady, setOfflineReady, setUpdateReady, updateReady } from './register';

/** "Ready to work offline" once, and "new version: Reload" whenever one is waiting. */
export function UpdatePrompt() {
  return (
    <div class="toasts" role="status" aria-live="polite">
      <Show when={updateReady()}>
        <div class="toast">
          <span>{t('pwa.updateReady')}</span>
          <button type="button" onClick={() => void applyUpdate()}>
            {t('pwa.reload')}
          </button>
          <button type="button" class="link-button" onClick={() => setUpdateReady(false)}>
            {t('pwa.dismiss')}
          </button>
        </div>
      </Show>
      <Show when={offlineReady() && !updateReady()}>
        <div class="toast">
          <span>{t('pwa.offlineReady')}</span>
          <button type="button" class="link-button" onClick={() => setOfflineReady(false)}>
            {t('common.close')}
          </button>
        </div>
      </Show>
    </div>
  );
}
