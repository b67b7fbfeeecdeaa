import { A, useParams } from '@solidjs/router';
import { For, Show } from 'solid-js';
import { useBusiness, useBusinessOrders, useBusinessPayments } from '../../data/queries';
import { formatMoney, t } from '../../i18n';
import { Badge } from '../../ui/Badge';
import { Empty, Loading } from '../../ui/states';
import { ConsentPanel } from '../consent/ConsentPanel';
import { Conversation } from '../consent/Conversation';

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
          <article aria-labelledby="business-title">
            <header class="profile-head">
              <h1 id="business-title">{b().displayName}</h1>
              <Badge verification={b().verification} />
              <p class="muted">{b().category}</p>
            </header>
            <ConsentPanel business={b()} />
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
                        {formatMoney(payment.amount)} · {t(`paymentStatus.${payment.status}`)}
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
