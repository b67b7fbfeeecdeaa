import { For } from 'solid-js';
import { type Business, TOPICS } from '../../api/schemas';
import { useConsent } from '../../data/queries';
import { t } from '../../i18n';

/** The consumer's consent for one business, per topic. */
export function ConsentPanel(props: { business: Business }) {
  const consent = useConsent(() => props.business.id);
  return (
    <ul class="chips" aria-label={t('privacy.title')}>
      <For each={TOPICS}>
        {(topic) => (
          <li class={consent.latest?.topics[topic] ? 'chip on' : 'chip'}>
            {t(`topic.${topic}`)}: {consent.latest?.topics[topic] ? '✓' : '—'}
          </li>
        )}
      </For>
    </ul>
  );
}
