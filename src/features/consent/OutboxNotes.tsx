import { For, Show } from 'solid-js';
import { online } from '../../data/connectivity';
import { discardEntry, outboxState, retryEntry } from '../../data/outbox';
import { formatRelative, plural, t } from '../../i18n';
import type { MessageKey } from '../../i18n/en';

/**
 * Changes not yet accepted by the backend — for one business, or all of them. Waiting ones say
 * when the next try is; refused ones stay until the consumer sends them again or discards them.
 */
export function OutboxNotes(props: { businessId?: string }) {
  const items = () =>
    outboxState().items.filter((item) => props.businessId === undefined || item.businessId === props.businessId);
  const waiting = () => items().filter((item) => !item.refused);
  const refused = () => items().filter((item) => item.refused);
  const nextTry = () => {
    const times = waiting()
      .map((item) => item.nextAttemptAt)
      .filter((at) => at > Date.now());
    return times.length > 0 ? Math.min(...times) : null;
  };

  return (
    <div class="outbox-notes">
      <Show when={waiting().length > 0}>
        <p class="pending-note">
          <span class="pending-dot" aria-hidden="true" />
          {outboxState().sending && online()
            ? t('outbox.sending')
            : online()
              ? plural(waiting().length, { one: 'outbox.waiting.one', other: 'outbox.waiting.other' })
              : plural(waiting().length, { one: 'outbox.waitingOffline.one', other: 'outbox.waitingOffline.other' })}
          <Show when={online() && !outboxState().sending && nextTry()}>
            {(at) => (
              <span class="muted">
                {' '}
                · {t('outbox.retryAt', { when: formatRelative(new Date(at()).toISOString()) })}
              </span>
            )}
          </Show>
        </p>
      </Show>
      <Show when={refused().length > 0}>
        <div class="error-note" role="alert">
          <p>{plural(refused().length, { one: 'outbox.refused.one', other: 'outbox.refused.other' })}</p>
          <ul class="plain">
            <For each={refused()}>
              {(item) => (
                <li>
                  {t(`outbox.kind.${item.kind}` as MessageKey)} — {item.lastError}{' '}
                  <button type="button" class="link-button" onClick={() => void retryEntry(item.id)}>
                    {t('outbox.retry')}
                  </button>{' '}
                  <button type="button" class="link-button" onClick={() => void discardEntry(item.id)}>
                    {t('outbox.discard')}
                  </button>
                </li>
              )}
            </For>
          </ul>
        </div>
      </Show>
    </div>
  );
}
