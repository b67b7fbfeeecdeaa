import { Show } from 'solid-js';
import { t } from '../i18n';
import { canInstall, promptInstall } from './install';

/** Settings' `Install` offer, shown only where the browser lets this app be installed. */
export function InstallOffer() {
  return (
    <Show when={canInstall()}>
      <div class="group">
        <p>{t('settings.installHint')}</p>
        <button type="button" onClick={() => void promptInstall()}>
          {t('settings.install')}
        </button>
      </div>
    </Show>
  );
}
