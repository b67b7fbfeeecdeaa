import { A } from '@solidjs/router';
import { createMemo, createUniqueId, For, Show } from 'solid-js';
import { setBlocked } from '../../data/blocks';
import { useBusinessIndex } from '../../data/lookup';
import { useConsents } from '../../data/queries';
import { t } from '../../i18n';

/** Blocked businesses, each with `Unblock` (which restores no topic: the consumer chooses again). */
export function BlockedList() {
  const id = createUniqueId();
  const consents = useConsents();
  const businesses = useBusinessIndex();
  const blocked = createMemo(() =>
    (consents.latest ?? [])
      .filter((consent) => consent.blocked)
      .map((consent) => ({
        id: consent.businessId,
        name: businesses().get(consent.businessId)?.displayName ?? consent.businessId,
      })),
  );
  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('block.listTitle')}</h2>
      <Show when={blocked().length > 0} fallback={<p class="muted">{t('block.listEmpty')}</p>}>
        <ul class="list">
          <For each={blocked()}>
            {(business) => (
              <li class="row row-head">
                <A href={`/b/${business.id}`} id={`${id}-${business.id}`} class="row-link">
                  {business.name}
                </A>
                <button
                  type="button"
                  class="secondary no-print"
                  aria-describedby={`${id}-${business.id}`}
                  onClick={() =>
                    void setBlocked({
                      businessId: business.id,
                      blocked: false,
                      method: 'settings',
                      shownText: t('block.unblockShownText', { name: business.name }),
                    })
                  }
                >
                  {t('block.unblock')}
                </button>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </section>
  );
}
