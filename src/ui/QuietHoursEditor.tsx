import { createSignal, createUniqueId, Show } from 'solid-js';
import { DEFAULT_WINDOW, isValidWindow, quietUntil, setQuietWindow, useQuietHours } from '../data/quiet-hours';
import type { QuietWindow } from '../db/schema';
import { describeError, t } from '../i18n';
import type { MessageKey } from '../i18n/en';

/** A daily quiet window, global (`businessId` null) or for one business. */
export function QuietHoursEditor(props: { businessId: string | null; label: MessageKey }) {
  const id = createUniqueId();
  const settings = useQuietHours();
  const current = (): QuietWindow | null =>
    (props.businessId === null ? settings.latest?.global : settings.latest?.businesses[props.businessId]) ?? null;
  const [saved, setSaved] = createSignal(false);
  const [failure, setFailure] = createSignal<string | null>(null);
  const quietNow = () =>
    settings.latest && quietUntil(settings.latest, props.businessId ?? '', new Date()) !== null && current() !== null;

  async function save(window: QuietWindow | null) {
    if (window && !isValidWindow(window)) return;
    setSaved(false);
    setFailure(null);
    try {
      await setQuietWindow(props.businessId, window);
      setSaved(true);
    } catch (error) {
      setFailure(describeError(error));
    }
  }

  return (
    <fieldset class="group quiet-hours">
      <legend>{t(props.label)}</legend>
      <label class="choice">
        <input
          type="checkbox"
          checked={current() !== null}
          onChange={(event) => void save(event.currentTarget.checked ? (current() ?? DEFAULT_WINDOW) : null)}
        />
        {t('quiet.enable')}
      </label>
      <Show when={current()}>
        {(window) => (
          <div class="time-row">
            <label for={`${id}-from`}>{t('quiet.from')}</label>
            <input
              id={`${id}-from`}
              type="time"
              value={window().start}
              onChange={(event) => void save({ ...window(), start: event.currentTarget.value })}
            />
            <label for={`${id}-to`}>{t('quiet.to')}</label>
            <input
              id={`${id}-to`}
              type="time"
              value={window().end}
              onChange={(event) => void save({ ...window(), end: event.currentTarget.value })}
            />
          </div>
        )}
      </Show>
      <p role="status" class="muted">
        <Show when={quietNow()}>{t('quiet.activeNow')} </Show>
        <Show when={saved()}>{t('quiet.saved')}</Show>
        <Show when={failure()}>{(text) => text()}</Show>
      </p>
    </fieldset>
  );
}
