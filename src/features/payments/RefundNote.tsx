import { Show } from 'solid-js';
import type { Money, Payment } from '../../api/schemas';
import { now } from '../../data/clock';
import { formatDate, formatMoney, formatRelative, t } from '../../i18n';

/** How much comes back and when: future date, overdue date, or no date given. */
export function RefundNote(props: { refund: NonNullable<Payment['refund']>; total: Money; businessName: string }) {
  return (
    <div class="refund">
      <p class="strong">
        {t('payment.refundAmount', { amount: formatMoney(props.refund.amount), total: formatMoney(props.total) })}
      </p>
      <Show
        when={props.refund.expectedAt}
        fallback={<p>{t('payment.refundNoDate', { business: props.businessName })}</p>}
      >
        {(at) => (
          <p>
            {Date.parse(at()) > now()
              ? t('payment.refundExpected', { date: formatDate(at()), relative: formatRelative(at(), now()) })
              : t('payment.refundDue', { date: formatDate(at()), business: props.businessName })}
          </p>
        )}
      </Show>
    </div>
  );
}
