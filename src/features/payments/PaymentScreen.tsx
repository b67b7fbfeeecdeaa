import { A, useParams } from '@solidjs/router';
import { For, Show } from 'solid-js';
import { useBusiness, usePayment } from '../../data/queries';
import { formatDate, formatDateTime, formatMoney, t } from '../../i18n';
import { BusinessName } from '../../ui/BusinessName';
import { Empty, Loading } from '../../ui/states';

export default function PaymentScreen() {
  const params = useParams<{ paymentId: string }>();
  const payment = usePayment(() => params.paymentId);
  const business = useBusiness(() => payment.latest?.businessId ?? '');
  return (
    <Show when={!payment.loading || payment.latest} fallback={<Loading />}>
      <Show when={payment.latest} fallback={<Empty>{t('payment.notFound')}</Empty>}>
        {(p) => (
          <article aria-labelledby="payment-title">
            <h1 id="payment-title">{formatMoney(p().amount)}</h1>
            <BusinessName business={business.latest} />
            <p class="status-pill">{t(`paymentStatus.${p().status}`)}</p>
            <p>{p().description}</p>
            <Show when={p().orderId}>{(orderId) => <A href={`/orders/${orderId()}`}>{t('nav.orders')}</A>}</Show>
            <Show when={p().refund}>
              {(refund) => (
                <p>
                  {formatMoney(refund().amount)}
                  <Show when={refund().expectedAt}>{(at) => ` · ${formatDate(at())}`}</Show>
                </p>
              )}
            </Show>
            <ol class="timeline">
              <For each={[...p().timeline].reverse()}>
                {(step) => (
                  <li>
                    <span class="strong">{t(`paymentStatus.${step.status}`)}</span>{' '}
                    <time class="muted" datetime={step.at}>
                      {formatDateTime(step.at)}
                    </time>
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
