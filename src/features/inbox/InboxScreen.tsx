import { A } from '@solidjs/router';
import { createMemo, createSignal, For, Match, Show, Switch } from 'solid-js';
import { afterNo } from '../../core/after-no';
import { useConsentRecords } from '../../data/consent-records';
import { useBusinessIndex } from '../../data/lookup';
import { useConsents, useNewestActivity } from '../../data/queries';
import { formatMoney, formatRelative, t } from '../../i18n';
import { BusinessName } from '../../ui/BusinessName';
import { Empty, Loading } from '../../ui/states';
import { type Activity, inboxActivity } from './activity';

/** Rows per step: a screenful or two; "Show more" reads the next step from IndexedDB. */
const STEP = 40;

export default function InboxScreen() {
  const [limit, setLimit] = createSignal(STEP);
  const newest = useNewestActivity(limit);
  const consents = useConsents();
  const businesses = useBusinessIndex();
  const records = useConsentRecords();
  const consentById = createMemo(() => new Map((consents.latest ?? []).map((c) => [c.businessId, c])));
  // "Messaged after you said no" (issue 4 §4): marked in the inbox too, not only in the conversation.
  const saidNo = (item: Activity) =>
    item.kind === 'message' && afterNo(item.message, records.latest ?? [], consentById().get(item.businessId)) !== null;
  const loaded = () => newest.latest && consents.latest;
  const activity = createMemo(() => {
    const found = newest.latest;
    return found && consents.latest
      ? inboxActivity(found.messages, found.orders, found.payments, consents.latest, limit())
      : [];
  });
  // More may be stored when any kind filled its step.
  const mayHaveMore = () => {
    const found = newest.latest;
    return !!found && [found.messages, found.orders, found.payments].some((list) => list.length >= limit());
  };

  return (
    <section aria-labelledby="inbox-title">
      <h1 id="inbox-title">{t('inbox.title')}</h1>
      <Show when={loaded()} fallback={<Loading />}>
        <Show when={activity().length > 0} fallback={<Empty>{t('inbox.empty')}</Empty>}>
          <ul class="list">
            <For each={activity()}>
              {(item) => (
                <li class="row">
                  <div class="row-head">
                    <BusinessName business={businesses().get(item.businessId)} />
                    <time class="muted" datetime={item.at}>
                      {formatRelative(item.at)}
                    </time>
                  </div>
                  <Show when={saidNo(item)}>
                    <span class="after-no-tag">
                      <span aria-hidden="true">⚠ </span>
                      {t('afterNo.label')}
                    </span>
                  </Show>
                  <ActivityText item={item} />
                </li>
              )}
            </For>
          </ul>
          <Show when={mayHaveMore()}>
            <button type="button" class="secondary show-more" onClick={() => setLimit((n) => n + STEP)}>
              {t('inbox.more')}
            </button>
          </Show>
        </Show>
      </Show>
    </section>
  );
}

function ActivityText(props: { item: Activity }) {
  return (
    <Switch>
      <Match when={props.item.kind === 'message' && props.item}>
        {(item) => (
          <A class="row-link" href={`/b/${item().businessId}`}>
            {item().message.template?.body ?? item().message.text}
          </A>
        )}
      </Match>
      <Match when={props.item.kind === 'order' && props.item}>
        {(item) => (
          <A class="row-link" href={`/orders/${item().order.id}`}>
            {t('inbox.order', {
              reference: item().order.reference,
              status: t(`orderStatus.${item().order.status}`),
            })}
          </A>
        )}
      </Match>
      <Match when={props.item.kind === 'payment' && props.item}>
        {(item) => (
          <A class="row-link" href={`/payments/${item().payment.id}`}>
            {t('inbox.payment', {
              amount: formatMoney(item().payment.amount),
              status: t(`paymentStatus.${item().payment.status}`),
            })}
          </A>
        )}
      </Match>
    </Switch>
  );
}
