import { A } from '@solidjs/router';
import { createMemo, createSignal, createUniqueId, For, Show } from 'solid-js';
import { setBlocked } from '../../data/blocks';
import { useBusinessIndex } from '../../data/lookup';
import { useConsents } from '../../data/queries';
import { describeError, t } from '../../i18n';
import { ActionNotice } from '../../ui/ActionNotice';

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
  const [notice, setNotice] = createSignal<string | null>(null);

  function unblock(business: { id: string; name: string }) {
    setNotice(null);
    setBlocked({
      businessId: business.id,
      blocked: false,
      method: 'settings',
      shownText: t('block.unblockShownText', { name: business.name }),
    }).catch((error: unknown) => setNotice(describeError(error)));
  }

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
                  onClick={() => unblock(business)}
                >
                  {t('block.unblock')}
                </button>
              </li>
            )}
          </For>
        </ul>
      </Show>
      <ActionNotice text={notice()} />
    </section>
  );
}
