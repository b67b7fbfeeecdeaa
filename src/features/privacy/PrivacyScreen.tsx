import { For, Show } from 'solid-js';
import { TOPICS } from '../../api/schemas';
import { useBusinessIndex } from '../../data/lookup';
import { useConsents } from '../../data/queries';
import { formatDateTime, t } from '../../i18n';
import { BusinessName } from '../../ui/BusinessName';
import { Empty, Loading } from '../../ui/states';

export default function PrivacyScreen() {
  const consents = useConsents();
  const businesses = useBusinessIndex();
  return (
    <section aria-labelledby="privacy-title">
      <h1 id="privacy-title">{t('privacy.title')}</h1>
      <p>{t('privacy.intro')}</p>
      <Show when={consents.latest} fallback={<Loading />}>
        {(list) => (
          <Show when={list().length > 0} fallback={<Empty>{t('businesses.empty')}</Empty>}>
            <ul class="list">
              <For each={list()}>
                {(consent) => (
                  <li class="row">
                    <BusinessName business={businesses().get(consent.businessId)} fallback={consent.businessId} />
                    <Show when={consent.blocked}>
                      <span class="chip">{t('businesses.blocked')}</span>
                    </Show>
                    <ul class="chips">
                      <For each={TOPICS}>
                        {(topic) => (
                          <li class={consent.topics[topic] ? 'chip on' : 'chip'}>
                            {t(`topic.${topic}`)}: {consent.topics[topic] ? '✓' : '—'}
                          </li>
                        )}
                      </For>
                    </ul>
                    <time class="muted" datetime={consent.updatedAt}>
                      {formatDateTime(consent.updatedAt)}
                    </time>
                  </li>
                )}
              </For>
            </ul>
          </Show>
        )}
      </Show>
    </section>
  );
}
