import { createUniqueId, For, Show } from 'solid-js';
import { ApiError } from '../api/errors';
import { online } from '../data/connectivity';
import { discardEntry, outboxState, retryEntry } from '../data/outbox';
import type { MessageKey } from '../i18n/en';
import { describeError, formatRelative, plural, t } from '../i18n/index.ts';

/** Why the backend refused a change, in the consumer's language (`lastError` is its code). */
function refusal(code: string | null): string {
  const status = Number(/^http-(\d{3})$/.exec(code ?? '')?.[1] ?? 0);
  return describeError(new ApiError('http', code ?? `http-${status}`, status));
}

/**
 * Changes not yet accepted by the backend — for one business, or all of them. Waiting ones say
 * when the next try is; refused ones stay until the consumer sends them again or discards them.
 * Refused ones are a region with a heading, not an alert: they are not urgent, and an alert
 * would be announced again on every visit to the screen.
 */
export function OutboxNotes(props: { businessId?: string; headingLevel?: 2 | 3 }) {
  const id = createUniqueId();
  const items = () =>
    outboxState().items.filter((item) => props.businessId === undefined || item.businessId === props.businessId);
  const waiting = () => items().filter((item) => !item.refused);
  const refused = () => items().filter((item) => item.refused);
  const refusedTitle = () => plural(refused().length, { one: 'outbox.refused.one', other: 'outbox.refused.other' });
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
        <section class="error-note" aria-labelledby={`${id}-refused`}>
          <Show when={props.headingLevel === 2} fallback={<h3 id={`${id}-refused`}>{refusedTitle()}</h3>}>
            <h2 id={`${id}-refused`}>{refusedTitle()}</h2>
          </Show>
          <ul class="plain">
            <For each={refused()}>
              {(item) => (
                <li>
                  {t(`outbox.kind.${item.kind}` as MessageKey)} — {refusal(item.lastError)}{' '}
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
        </section>
      </Show>
    </div>
  );
}
