import { A, useParams } from '@solidjs/router';
import { For, Show } from 'solid-js';
import type { Business } from '../../api/schemas';
import { useBusiness, useBusinessOrders, useBusinessPayments } from '../../data/queries';
import { formatMoney, t } from '../../i18n';
import { Badge } from '../../ui/Badge';
import { DataUse } from '../../ui/DataUse';
import { LookalikeWarning } from '../../ui/LookalikeWarning';
import { Empty, Loading } from '../../ui/states';
import { BusinessActions } from './BusinessActions';
import { ConsentPanel } from './ConsentPanel';
import { Conversation } from './Conversation';
import { Hours } from './Hours';

/** The business's initials, shown where it has no logo we may load. */
const initials = (name: string) =>
  [...name.matchAll(/\p{L}[\p{L}\p{M}]*/gu)]
    .slice(0, 2)
    .map((word) => word[0]?.[0]?.toUpperCase())
    .join('');

function Contact(props: { business: Business }) {
  return (
    <Show when={props.business.website || props.business.phone}>
      <section class="card" aria-labelledby="contact-title">
        <h2 id="contact-title">{t('contact.title')}</h2>
        <ul class="contact">
          <Show when={props.business.website}>
            {(site) => (
              <li>
                <a href={site()} target="_blank" rel="noopener noreferrer">
                  {t('contact.website')}: {new URL(site()).host}
                </a>
              </li>
            )}
          </Show>
          <Show when={props.business.phone}>
            {(phone) => (
              <li>
                <a href={`tel:${phone().replace(/[^\d+]/g, '')}`}>
                  {t('contact.phone')}: {phone()}
                </a>
              </li>
            )}
          </Show>
        </ul>
      </section>
    </Show>
  );
}

/** `/b/:businessId`: who this business is, how far it was checked, when it is open, what it does with data. */
export default function BusinessScreen() {
  const params = useParams<{ businessId: string }>();
  const id = () => params.businessId;
  const business = useBusiness(id);
  const orders = useBusinessOrders(id);
  const payments = useBusinessPayments(id);

  return (
    <Show when={!business.loading || business.latest} fallback={<Loading />}>
      <Show when={business.latest} fallback={<Empty>{t('business.notFound')}</Empty>}>
        {(b) => (
          <article aria-labelledby="business-title" class="profile">
            <header class="profile-head">
              {/* A same-origin path or null: checked at the API boundary (SameOriginImagePath). */}
              <Show
                when={b().logoUrl}
                fallback={
                  <span class="avatar" aria-hidden="true">
                    {initials(b().displayName)}
                  </span>
                }
              >
                {(logo) => <img class="avatar" src={logo()} alt="" width="56" height="56" />}
              </Show>
              <div class="profile-title">
                <h1 id="business-title">{b().displayName}</h1>
                <p class="muted">{b().category}</p>
                <Badge verification={b().verification} />
              </div>
            </header>
            <LookalikeWarning business={b()} />
            <BusinessActions business={b()} />
            <h2>{t('profile.consent')}</h2>
            <ConsentPanel business={b()} />
            <Hours business={b()} />
            <Contact business={b()} />
            <DataUse business={b()} />
            <Conversation business={b()} />
            <Show when={(orders.latest ?? []).length > 0}>
              <h2>{t('business.orders')}</h2>
              <ul class="list">
                <For each={orders.latest}>
                  {(order) => (
                    <li class="row">
                      <A href={`/orders/${order.id}`} class="row-link">
                        {order.reference} · {t(`orderStatus.${order.status}`)} · {formatMoney(order.total)}
                      </A>
                    </li>
                  )}
                </For>
              </ul>
            </Show>
            <Show when={(payments.latest ?? []).length > 0}>
              <h2>{t('business.payments')}</h2>
              <ul class="list">
                <For each={payments.latest}>
                  {(payment) => (
                    <li class="row">
                      <A href={`/payments/${payment.id}`} class="row-link">
                        {formatMoney(payment.amount)} · {t(`paymentStatus.${payment.status}`)} · {payment.description}
                      </A>
                    </li>
                  )}
                </For>
              </ul>
            </Show>
          </article>
        )}
      </Show>
    </Show>
  );
}
