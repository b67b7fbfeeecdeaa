import { A } from '@solidjs/router';
import { createMemo, createSignal, createUniqueId, For, Show } from 'solid-js';
import type { Business, Consent } from '../../api/schemas';
import { useImitations } from '../../data/imitations';
import { useBusinesses, useConsents } from '../../data/queries';
import { t } from '../../i18n';
import type { MessageKey } from '../../i18n/en';
import { Badge } from '../../ui/Badge';
import { ReceiptCodeEntry } from '../../ui/ReceiptCodeEntry';
import { Empty, Loading } from '../../ui/states';
import { searchBusinesses } from './search';

type Group = 'allowed' | 'notAllowed' | 'blocked';
const GROUPS: Group[] = ['allowed', 'notAllowed', 'blocked'];

function groupOf(consent: Consent | undefined): Group {
  if (consent?.blocked) return 'blocked';
  return consent && Object.values(consent.topics).some(Boolean) ? 'allowed' : 'notAllowed';
}

function BusinessRow(props: { business: Business; imitated: Business | undefined }) {
  return (
    <li class="row business-row">
      <div class="row-head">
        <A href={`/b/${props.business.id}`} class="row-link strong">
          {props.business.displayName}
        </A>
        <Badge verification={props.business.verification} />
      </div>
      <span class="muted">{props.business.category}</span>
      <Show when={props.imitated}>
        {(real) => <span class="lookalike-tag">{t('lookalike.tag', { real: real().displayName })}</span>}
      </Show>
    </li>
  );
}

/** `/businesses`: my businesses by consent state, searchable offline, impostors after the real ones. */
export default function BusinessesScreen() {
  const businesses = useBusinesses();
  const consents = useConsents();
  const imitations = useImitations();
  const searchId = createUniqueId();
  const [query, setQuery] = createSignal('');
  const imitationMap = imitations;
  const groups = createMemo(() => {
    const byId = new Map((consents.latest ?? []).map((consent) => [consent.businessId, consent]));
    const result: Record<Group, Business[]> = { allowed: [], notAllowed: [], blocked: [] };
    for (const business of searchBusinesses(businesses.latest ?? [], query(), imitationMap()))
      result[groupOf(byId.get(business.id))].push(business);
    return result;
  });
  const total = () => GROUPS.reduce((sum, group) => sum + groups()[group].length, 0);

  return (
    <section aria-labelledby="businesses-title">
      <h1 id="businesses-title">{t('businesses.title')}</h1>
      <Show when={businesses.latest && consents.latest} fallback={<Loading />}>
        <Show when={(businesses.latest ?? []).length > 0} fallback={<Empty>{t('businesses.empty')}</Empty>}>
          <search class="search">
            <label for={searchId}>{t('search.label')}</label>
            <input
              id={searchId}
              type="search"
              value={query()}
              onInput={(event) => setQuery(event.currentTarget.value)}
              autocomplete="off"
              enterkeyhint="search"
            />
          </search>
          <p class="muted" role="status">
            {query().trim() ? t('search.results', { count: total() }) : ''}
          </p>
          <Show when={total() > 0} fallback={<Empty>{t('search.none', { query: query() })}</Empty>}>
            <For each={GROUPS}>
              {(group) => (
                <Show when={groups()[group].length > 0}>
                  <h2>
                    {t(`businesses.${group}` as MessageKey)} <span class="count">({groups()[group].length})</span>
                  </h2>
                  <ul class="list">
                    <For each={groups()[group]}>
                      {(business) => <BusinessRow business={business} imitated={imitationMap().get(business.id)} />}
                    </For>
                  </ul>
                </Show>
              )}
            </For>
          </Show>
        </Show>
      </Show>
      <ReceiptCodeEntry />
    </section>
  );
}
