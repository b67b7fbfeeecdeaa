import { createSignal, For, Show } from 'solid-js';
import type { Business, Message } from '../../api/schemas';
import { afterNo } from '../../core/after-no';
import { setBlocked } from '../../data/blocks';
import { useConsentRecords } from '../../data/consent-records';
import { useBusinessMessages, useConsent } from '../../data/queries';
import { describeError, formatDateTime, t } from '../../i18n';
import { ActionNotice } from '../../ui/ActionNotice';
import { Empty } from '../../ui/states';
import { AfterNoNote } from './AfterNoNote';
import { ReportDialog } from './ReportDialog';

/**
 * The conversation with one business (it cannot be deleted: PRODUCT.md Principle 4). The
 * consumer's own messages look distinct; a message that came after they said no is marked, and
 * every business message offers Block and Report.
 */
export function Conversation(props: { business: Business }) {
  const messages = useBusinessMessages(() => props.business.id);
  const records = useConsentRecords(() => props.business.id);
  const consent = useConsent(() => props.business.id);
  const [reporting, setReporting] = createSignal<{ message: Message; context?: string } | null>(null);
  // Per-message Block/Report sit behind a disclosure, so the profile keeps one `Block` and one `Report`.
  const [expanded, setExpanded] = createSignal<string | null>(null);
  const [notice, setNotice] = createSignal<string | null>(null);
  const blocked = () => consent.latest?.blocked ?? false;
  const verdict = (message: Message) => afterNo(message, records.latest ?? [], consent.latest);

  function block() {
    setNotice(null);
    setBlocked({
      businessId: props.business.id,
      blocked: true,
      method: 'message',
      shownText: t('block.shownText', { name: props.business.displayName }),
    }).catch((error: unknown) => setNotice(describeError(error)));
  }

  return (
    <section class="conversation" aria-labelledby="conversation-title">
      <h2 id="conversation-title">{t('business.messages')}</h2>
      <Show when={(messages.latest ?? []).length > 0} fallback={<Empty>{t('business.noMessages')}</Empty>}>
        <ul class="list bubbles">
          <For each={messages.latest}>
            {(message) => (
              <li class={message.from === 'consumer' ? 'bubble mine' : 'bubble'}>
                <Show when={message.from === 'consumer'}>
                  <span class="visually-hidden">{t('message.fromYou')}: </span>
                </Show>
                <Show when={verdict(message)}>
                  {(why) => (
                    <AfterNoNote
                      verdict={why()}
                      onReport={() => setReporting({ message, context: t('afterNo.context') })}
                    />
                  )}
                </Show>
                <p class="message-text">{message.template?.body ?? message.text}</p>
                <div class="bubble-foot">
                  <time class="muted" datetime={message.sentAt}>
                    {formatDateTime(message.sentAt)}
                  </time>
                  <Show when={message.from === 'business'}>
                    <span class="message-actions">
                      <button
                        type="button"
                        class="link-button"
                        aria-expanded={expanded() === message.id}
                        aria-controls={`actions-${message.id}`}
                        onClick={() => setExpanded(expanded() === message.id ? null : message.id)}
                      >
                        {t('msgAction.more')}
                      </button>
                      <span id={`actions-${message.id}`} hidden={expanded() !== message.id}>
                        <Show when={!blocked()}>
                          <button type="button" class="link-button" onClick={block}>
                            {t('msgAction.block')}
                          </button>
                        </Show>
                        <button
                          type="button"
                          class="link-button"
                          aria-haspopup="dialog"
                          onClick={() => setReporting({ message })}
                        >
                          {t('msgAction.report')}
                        </button>
                      </span>
                    </span>
                  </Show>
                </div>
              </li>
            )}
          </For>
        </ul>
      </Show>
      <ActionNotice text={notice()} />
      <Show when={reporting()}>
        {(open) => (
          <ReportDialog
            business={props.business}
            method="message"
            preselect={[open().message.id]}
            context={open().context}
            onClose={() => setReporting(null)}
          />
        )}
      </Show>
    </section>
  );
}
