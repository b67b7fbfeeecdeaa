import { For, Show } from 'solid-js';
import type { Business } from '../../api/schemas';
import { useBusinessMessages } from '../../data/queries';
import { formatDateTime, t } from '../../i18n';
import { Empty } from '../../ui/states';

/** The conversation with one business; the consumer's own messages look distinct. */
export function Conversation(props: { business: Business }) {
  const messages = useBusinessMessages(() => props.business.id);
  return (
    <>
      <h2>{t('business.messages')}</h2>
      <Show when={(messages.latest ?? []).length > 0} fallback={<Empty>{t('business.noMessages')}</Empty>}>
        <ul class="list">
          <For each={messages.latest}>
            {(message) => (
              <li class={message.from === 'consumer' ? 'bubble mine' : 'bubble'}>
                <p>{message.template?.body ?? message.text}</p>
                <time class="muted" datetime={message.sentAt}>
                  {formatDateTime(message.sentAt)}
                </time>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </>
  );
}
