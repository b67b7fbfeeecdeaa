import { createEffect, createResource, createSignal, on as onChange, Show } from 'solid-js';
import {
  type PushFailure,
  readPushState,
  turnOffNotifications,
  turnOnNotifications,
  updateNotificationLanguage,
} from '../../data/notifications';
import { locale, t } from '../../i18n';
import type { MessageKey } from '../../i18n/en';

/**
 * The `Notifications` switch: asks permission, subscribes and registers with the backend, or
 * unregisters and unsubscribes. A change of interface language re-registers in the new one.
 */
export function NotificationsSetting() {
  const [state, { mutate }] = createResource(readPushState);
  const [working, setWorking] = createSignal(false);
  const [failure, setFailure] = createSignal<PushFailure | null>(null);
  const on = () => state() === 'on';

  createEffect(
    onChange(
      locale,
      (language) => {
        if (on()) void updateNotificationLanguage(language);
      },
      { defer: true },
    ),
  );

  async function toggle() {
    setWorking(true);
    setFailure(null);
    try {
      if (on()) {
        await turnOffNotifications();
        mutate('off');
      } else {
        const failed = await turnOnNotifications(locale());
        setFailure(failed);
        mutate(failed ? (failed === 'denied' ? 'denied' : 'off') : 'on');
      }
    } finally {
      setWorking(false);
    }
  }

  const status = (): MessageKey => {
    const failed = failure();
    if (failed) return `notify.${failed}`;
    if (working()) return 'notify.working';
    if (state() === 'unsupported') return 'notify.unsupported';
    if (state() === 'denied') return 'notify.denied';
    return on() ? 'notify.on' : 'notify.off';
  };

  return (
    <section class="group" aria-labelledby="notify-title">
      <h2 id="notify-title">{t('notify.title')}</h2>
      <p class="muted">{t('notify.intro')}</p>
      <button
        type="button"
        role="switch"
        class="switch"
        aria-checked={on()}
        aria-describedby="notify-status"
        disabled={working() || state.loading || state() === 'unsupported'}
        onClick={() => void toggle()}
      >
        <span class="switch-label">{t('notify.switch')}</span>
        <span class="switch-track" aria-hidden="true">
          <span class="switch-thumb" />
        </span>
      </button>
      <Show when={!state.loading}>
        <p id="notify-status" role="status" classList={{ muted: !failure(), 'warning-note': failure() !== null }}>
          {t(status())}
        </p>
      </Show>
    </section>
  );
}
