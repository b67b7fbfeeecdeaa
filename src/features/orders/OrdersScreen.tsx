import { A } from '@solidjs/router';
import { For, Show } from 'solid-js';
import { useBusinessIndex } from '../../data/lookup';
import { useOrders } from '../../data/queries';
import { formatMoney, formatRelative, t } from '../../i18n';
import { BusinessName } from '../../ui/BusinessName';
import { Empty, Loading } from '../../ui/states';

export default function OrdersScreen() {
  const orders = useOrders();
  const businesses = useBusinessIndex();
  return (
    <section aria-labelledby="orders-title">
      <h1 id="orders-title">{t('orders.title')}</h1>
      <Show when={orders.latest} fallback={<Loading />}>
        {(list) => (
          <Show when={list().length > 0} fallback={<Empty>{t('orders.empty')}</Empty>}>
            <ul class="list">
              <For each={list()}>
                {(order) => (
                  <li class="row">
                    <div class="row-head">
                      <BusinessName business={businesses().get(order.businessId)} />
                      <time class="muted" datetime={order.updatedAt}>
                        {formatRelative(order.updatedAt)}
                      </time>
                    </div>
                    <A href={`/orders/${order.id}`} class="row-link">
                      <span class="strong">{order.reference}</span> · {t(`orderStatus.${order.status}`)} ·{' '}
                      {formatMoney(order.total)}
                    </A>
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
