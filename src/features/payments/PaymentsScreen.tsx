import { A } from '@solidjs/router';
import { For, Show } from 'solid-js';
import { useBusinessIndex } from '../../data/lookup';
import { usePayments } from '../../data/queries';
import { formatMoney, formatRelative, t } from '../../i18n';
import { BusinessName } from '../../ui/BusinessName';
import { Empty, Loading } from '../../ui/states';

export default function PaymentsScreen() {
  const payments = usePayments();
  const businesses = useBusinessIndex();
  return (
    <section aria-labelledby="payments-title">
      <h1 id="payments-title">{t('payments.title')}</h1>
      <Show when={payments.latest} fallback={<Loading />}>
        {(list) => (
          <Show when={list().length > 0} fallback={<Empty>{t('payments.empty')}</Empty>}>
            <ul class="list">
              <For each={list()}>
                {(payment) => (
                  <li class="row">
                    <div class="row-head">
                      <BusinessName business={businesses().get(payment.businessId)} />
                      <time class="muted" datetime={payment.updatedAt}>
                        {formatRelative(payment.updatedAt)}
                      </time>
                    </div>
                    <A href={`/payments/${payment.id}`} class="row-link">
                      <span class="strong">{formatMoney(payment.amount)}</span> · {t(`paymentStatus.${payment.status}`)}{' '}
                      · {payment.description}
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
