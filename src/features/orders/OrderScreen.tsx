import { useParams } from '@solidjs/router';
import { For, Show } from 'solid-js';
import { useBusiness, useOrder } from '../../data/queries';
import { formatDate, formatDateTime, formatMoney, t } from '../../i18n';
import { BusinessName } from '../../ui/BusinessName';
import { Empty, Loading } from '../../ui/states';

export default function OrderScreen() {
  const params = useParams<{ orderId: string }>();
  const order = useOrder(() => params.orderId);
  const business = useBusiness(() => order.latest?.businessId ?? '');
  return (
    <Show when={!order.loading || order.latest} fallback={<Loading />}>
      <Show when={order.latest} fallback={<Empty>{t('order.notFound')}</Empty>}>
        {(o) => (
          <article aria-labelledby="order-title">
            <h1 id="order-title">{o().reference}</h1>
            <BusinessName business={business.latest} />
            <p class="status-pill">{t(`orderStatus.${o().status}`)}</p>
            <Show when={o().expectedBy}>{(date) => <p>{t('order.expectedBy', { date: formatDate(date()) })}</p>}</Show>
            <Show when={o().trackingNumber}>
              <p>{t('order.tracking', { carrier: o().carrier ?? '', number: o().trackingNumber ?? '' })}</p>
            </Show>
            <h2>{t('order.items')}</h2>
            <ul class="list">
              <For each={o().items}>
                {(item) => (
                  <li class="row row-head">
                    <span>
                      {item.quantity} × {item.name}
                    </span>
                    <span>{formatMoney({ ...item.unitPrice, amount: item.unitPrice.amount * item.quantity })}</span>
                  </li>
                )}
              </For>
              <li class="row row-head strong">
                <span>{t('order.total')}</span>
                <span>{formatMoney(o().total)}</span>
              </li>
            </ul>
            <h2>{t('order.timeline')}</h2>
            <ol class="timeline">
              <For each={[...o().timeline].reverse()}>
                {(step) => (
                  <li>
                    <span class="strong">{t(`orderStatus.${step.status}`)}</span>{' '}
                    <time class="muted" datetime={step.at}>
                      {formatDateTime(step.at)}
                    </time>
                    <Show when={step.note}>
                      <p>{step.note}</p>
                    </Show>
                  </li>
                )}
              </For>
            </ol>
          </article>
        )}
      </Show>
    </Show>
  );
}
