import { Show } from 'solid-js';
import type { PaymentDetail } from '../../data/order-detail';
import { formatDateTime, formatMoney, t } from '../../i18n';

/**
 * The receipt or invoice, laid out to print cleanly on its own (print CSS hides everything
 * else on the page); it is built from what is stored, so it prints offline too.
 */
export function ReceiptView(props: { detail: PaymentDetail }) {
  const payment = () => props.detail.payment;
  const businessName = () => props.detail.business?.displayName ?? payment().businessId;
  const paidAt = () => payment().timeline.find((step) => step.status === 'paid')?.at ?? payment().createdAt;
  return (
    <section aria-labelledby="payment-receipt" class="receipt card printable">
      <h2 id="payment-receipt">{t('payment.receipt')}</h2>
      <dl class="receipt-fields">
        <dt>{t('payment.business')}</dt>
        <dd>
          {businessName()}
          <Show when={props.detail.business?.website}>
            {(website) => <span class="muted"> · {new URL(website()).host}</span>}
          </Show>
        </dd>
        <dt>{t('payment.description')}</dt>
        <dd>{payment().description}</dd>
        <Show when={payment().invoiceNumber}>
          {(number) => (
            <>
              <dt>{t('payment.invoiceNumber')}</dt>
              <dd>{number()}</dd>
            </>
          )}
        </Show>
        <Show when={props.detail.order}>
          {(order) => (
            <>
              <dt>{t('payment.order')}</dt>
              <dd>{order().reference}</dd>
            </>
          )}
        </Show>
        <dt>{t('payment.date')}</dt>
        <dd>{formatDateTime(paidAt())}</dd>
        <dt>{t('payment.status')}</dt>
        <dd>{t(`paymentStatus.${payment().status}`)}</dd>
        <dt>{t('payment.amount')}</dt>
        <dd class="strong">{formatMoney(payment().amount)}</dd>
        <Show when={payment().refund}>
          {(refund) => (
            <>
              <dt>{t('payment.refunded')}</dt>
              <dd>−{formatMoney(refund().amount)}</dd>
            </>
          )}
        </Show>
      </dl>
      <p class="muted small">{t('payment.receiptNote', { business: businessName(), id: payment().id })}</p>
      <button type="button" class="no-print" onClick={() => window.print()}>
        {t('payment.print')}
      </button>
    </section>
  );
}
