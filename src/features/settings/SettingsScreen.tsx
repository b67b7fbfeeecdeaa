import { A, useNavigate } from '@solidjs/router';
import { createSignal, For, Show } from 'solid-js';
import { session, signOut } from '../../data/session';
import { LOCALES, type Locale, locale, setLocale, t } from '../../i18n';
import { canInstall, promptInstall } from '../../pwa/install';
import { QuietHoursEditor } from '../consent/QuietHoursEditor';
import { ExportButton } from '../privacy/ExportButton';
import { NotificationsSetting } from './NotificationsSetting';

const LANGUAGE_NAMES: Record<Locale, string> = { en: 'English', es: 'Español' };

export default function SettingsScreen() {
  const navigate = useNavigate();
  const [signingOut, setSigningOut] = createSignal(false);

  async function onSignOut() {
    setSigningOut(true);
    try {
      await signOut();
    } finally {
      setSigningOut(false);
      navigate('/signin', { replace: true });
    }
  }

  return (
    <section aria-labelledby="settings-title">
      <h1 id="settings-title">{t('settings.title')}</h1>
      <fieldset class="group">
        <legend>{t('settings.language')}</legend>
        <For each={LOCALES}>
          {(code) => (
            <label class="choice" lang={code}>
              <input
                type="radio"
                name="language"
                value={code}
                checked={locale() === code}
                onChange={() => setLocale(code)}
              />
              {LANGUAGE_NAMES[code]}
            </label>
          )}
        </For>
      </fieldset>
      <Show when={canInstall()}>
        <div class="group">
          <p>{t('settings.installHint')}</p>
          <button type="button" onClick={() => void promptInstall()}>
            {t('settings.install')}
          </button>
        </div>
      </Show>
      <NotificationsSetting />
      <section class="group" aria-labelledby="quiet-title">
        <h2 id="quiet-title">{t('quiet.title')}</h2>
        <p class="muted">{t('quiet.intro')}</p>
        <QuietHoursEditor businessId={null} label="quiet.enable" />
      </section>
      <section class="group" aria-labelledby="data-title">
        <h2 id="data-title">{t('settings.dataTitle')}</h2>
        <p class="muted">{t('settings.dataHint')}</p>
        <ExportButton />
        <p>
          <A href="/privacy">{t('settings.privacy')}</A>
        </p>
      </section>
      <div class="group">
        <h2>{t('settings.account')}</h2>
        <Show when={session()}>{(s) => <p>{t('settings.signedInAs', { phone: s().user.phone })}</p>}</Show>
        <p class="muted">{t('settings.signOutHint')}</p>
        <button type="button" class="danger" disabled={signingOut()} onClick={() => void onSignOut()}>
          {signingOut() ? t('settings.signingOut') : t('settings.signOut')}
        </button>
      </div>
      <p class="muted">{t('settings.version', { version: __APP_VERSION__ })}</p>
    </section>
  );
}
