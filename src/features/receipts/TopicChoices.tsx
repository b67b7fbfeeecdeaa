import { For, Show } from 'solid-js';
import type { Business, Consent, Topic } from '../../api/schemas';
import { t } from '../../i18n';

/**
 * What the business will send, per requested topic: order updates are what `Follow this
 * order` allows; every other topic is an opt-in box, never ticked in advance (GDPR: consent is
 * a clear affirmative act). A topic already allowed shows ticked and cannot be changed here.
 */
export function TopicChoices(props: {
  business: Business;
  asksOrders: boolean;
  extras: Topic[];
  ticked: Topic[];
  consent: Consent | null | undefined;
  onToggle: (topic: Topic, checked: boolean) => void;
}) {
  return (
    <>
      <Show when={props.asksOrders}>
        <p class="topic-statement">
          <strong>{t('topic.orders')}</strong>: {props.business.topicStatements.orders}
        </p>
      </Show>
      <Show when={props.extras.length > 0}>
        <fieldset class="group">
          <legend>{props.asksOrders ? t('receipt.alsoAllow') : t('receipt.choose')}</legend>
          <For each={props.extras}>
            {(topic) => (
              <label class="choice">
                <input
                  type="checkbox"
                  checked={props.ticked.includes(topic) || props.consent?.topics[topic]}
                  disabled={props.consent?.topics[topic]}
                  onChange={(event) => props.onToggle(topic, event.currentTarget.checked)}
                />
                <span>
                  <strong>{t(`topic.${topic}`)}</strong>
                  <span class="muted block">{props.business.topicStatements[topic]}</span>
                </span>
              </label>
            )}
          </For>
        </fieldset>
      </Show>
    </>
  );
}
