import { A, useNavigate } from '@solidjs/router';
import { createSignal, For, Show } from 'solid-js';
import { online } from '../../data/connectivity';
import { flushOutbox, outboxState, refreshOutboxState } from '../../data/outbox';
import { session, signOut } from '../../data/session';
import { LOCALES, type Locale, locale, plural, setLocale, t } from '../../i18n';
import { InstallOffer } from '../../pwa/InstallOffer';
import { ExportButton } from '../../ui/ExportButton';
import { QuietHoursEditor } from '../../ui/QuietHoursEditor';
import { NotificationsSetting } from './NotificationsSetting';

const LANGUAGE_NAMES: Record<Locale, string> = { en: 'English', es: 'Español' };

export default function SettingsScreen() {
  const navigate = useNavigate();
  const [signingOut, setSigningOut] = createSignal(false);
  /** Changes that would be lost by signing out now; more than 0 shows the confirmation. */
  const [unsent, setUnsent] = createSignal(0);

  /** Changes still in the outbox after trying (online) to send them. */
  async function changesLeft(): Promise<number> {
    try {
      if (online()) await flushOutbox();
      else await refreshOutboxState();
    } catch {
      // Could not send or read them: count what the outbox last said.
    }
    return outboxState().pending + outboxState().refused;
  }

  /**
   * Signing out wipes the outbox with everything else (PRODUCT.md Principle 5), so changes
   * not yet delivered would be lost without a word (Principle 3): send what can be sent first,
   * and ask before discarding the rest.
   */
  async function onSignOut(discardUnsent = false) {
    setSigningOut(true);
    if (!discardUnsent) {
      const left = await changesLeft();
      if (left > 0) {
        setUnsent(left);
        setSigningOut(false);
        return;
      }
    }
    setUnsent(0);
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
      <InstallOffer />
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
        <Show when={unsent() > 0}>
          <div class="warning-note" role="alert">
            <p>{plural(unsent(), { one: 'settings.unsent.one', other: 'settings.unsent.other' })}</p>
            <div class="action-row">
              <button type="button" class="danger" disabled={signingOut()} onClick={() => void onSignOut(true)}>
                {t('settings.signOutAnyway')}
              </button>
              <button type="button" class="secondary" onClick={() => setUnsent(0)}>
                {t('settings.keepSignedIn')}
              </button>
            </div>
          </div>
        </Show>
      </div>
      <p class="muted">{t('settings.version', { version: __APP_VERSION__ })}</p>
    </section>
  );
}
