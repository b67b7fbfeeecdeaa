import { A } from '@solidjs/router';
import { createMemo, For, Show } from 'solid-js';
import type { Business, Consent } from '../../api/schemas';
import { useBusinesses, useConsents } from '../../data/queries';
import { t } from '../../i18n';
import type { MessageKey } from '../../i18n/en';
import { Badge } from '../../ui/Badge';
import { Empty, Loading } from '../../ui/states';

type Group = 'allowed' | 'notAllowed' | 'blocked';

function groupOf(consent: Consent | undefined): Group {
  if (consent?.blocked) return 'blocked';
  return consent && Object.values(consent.topics).some(Boolean) ? 'allowed' : 'notAllowed';
}

export default function BusinessesScreen() {
  const businesses = useBusinesses();
  const consents = useConsents();
  const groups = createMemo(() => {
    const byId = new Map((consents.latest ?? []).map((consent) => [consent.businessId, consent]));
    const result: Record<Group, Business[]> = { allowed: [], notAllowed: [], blocked: [] };
    for (const business of businesses.latest ?? []) result[groupOf(byId.get(business.id))].push(business);
    return result;
  });

  return (
    <section aria-labelledby="businesses-title">
      <h1 id="businesses-title">{t('businesses.title')}</h1>
      <Show when={businesses.latest && consents.latest} fallback={<Loading />}>
        <Show when={(businesses.latest ?? []).length > 0} fallback={<Empty>{t('businesses.empty')}</Empty>}>
          <For each={['allowed', 'notAllowed', 'blocked'] as Group[]}>
            {(group) => (
              <Show when={groups()[group].length > 0}>
                <h2>{t(`businesses.${group}` as MessageKey)}</h2>
                <ul class="list">
                  <For each={groups()[group]}>
                    {(business) => (
                      <li class="row">
                        <div class="row-head">
                          <A href={`/b/${business.id}`} class="row-link strong">
                            {business.displayName}
                          </A>
                          <Badge verification={business.verification} />
                        </div>
                        <span class="muted">{business.category}</span>
                      </li>
                    )}
                  </For>
                </ul>
              </Show>
            )}
          </For>
        </Show>
      </Show>
    </section>
  );
}
