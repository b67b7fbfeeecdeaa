import { A, useParams } from '@solidjs/router';
import { For, Show } from 'solid-js';
import { now } from '../../data/clock';
import { usePaymentDetail } from '../../data/order-detail';
import { formatDateTime, formatMoney, formatRelative, t } from '../../i18n';
import { BusinessName } from '../../ui/BusinessName';
import { LiveNote } from '../../ui/LiveNote';
import { Empty, Loading } from '../../ui/states';
import { PayRequest } from './PayRequest';
import { ReceiptView } from './ReceiptView';
import { RefundNote } from './RefundNote';

/** One payment: status in plain words, the guarded pay link, refund, a printable receipt, history. */
export default function PaymentScreen() {
  const params = useParams<{ paymentId: string }>();
  const detail = usePaymentDetail(() => params.paymentId);
  return (
    <Show when={!detail.loading || detail.latest} fallback={<Loading />}>
      <Show
        when={detail.latest}
        fallback={
          <>
            <LiveNote />
            <Empty>{t('payment.notFound')}</Empty>
          </>
        }
      >
        {(d) => {
          const payment = () => d().payment;
          const businessName = () => d().business?.displayName ?? '';
          return (
            <article aria-labelledby="payment-title" class="payment-page">
              <p class="no-print">
                <A href="/payments" class="back-link">
                  ← {t('payments.title')}
                </A>
              </p>
              <header class="no-print">
                <h1 id="payment-title">{t('payment.title', { amount: formatMoney(payment().amount) })}</h1>
                <BusinessName business={d().business} />
                <p class="payment-desc">{payment().description}</p>
                <Show when={d().order}>
                  {(order) => (
                    <p>
                      <A href={`/orders/${order().id}`}>{t('payment.forOrder', { reference: order().reference })}</A>
                    </p>
                  )}
                </Show>
                <LiveNote />
              </header>

              <section class={`state-card pay-state-${payment().status} no-print`} aria-labelledby="payment-state">
                <h2 id="payment-state" class="status-heading">
                  {t(`paymentStatus.${payment().status}`)}
                </h2>
                <p>{t(`payment.explain.${payment().status}`, { business: businessName() })}</p>
                <Show when={payment().refund}>
                  {(refund) => <RefundNote refund={refund()} total={payment().amount} businessName={businessName()} />}
                </Show>
              </section>

              <Show when={payment().status === 'requested'}>
                <PayRequest payment={payment()} business={d().business} businesses={d().businesses} />
              </Show>

              <ReceiptView detail={d()} />

              <section aria-labelledby="payment-history" class="no-print">
                <h2 id="payment-history">{t('payment.history')}</h2>
                <ol class="timeline merged">
                  <For each={[...payment().timeline].reverse()}>
                    {(step) => (
                      <li class="tl tl-payment">
                        <span class="tl-mark" aria-hidden="true" />
                        <div class="tl-body">
                          <span class="strong">{t(`paymentStatus.${step.status}`)}</span>
                          {step.note ? <p class="tl-note">{step.note}</p> : null}
                          <time class="muted" datetime={step.at}>
                            {formatDateTime(step.at)} · {formatRelative(step.at, now())}
                          </time>
                        </div>
                      </li>
                    )}
                  </For>
                </ol>
              </section>

              <Show when={d().messages.length > 0}>
                <section aria-labelledby="payment-messages" class="no-print">
                  <h2 id="payment-messages">{t('payment.messages')}</h2>
                  <For each={d().messages}>
                    {(message) => (
                      <div class="bubble" classList={{ mine: message.from === 'consumer' }}>
                        <p>{message.text}</p>
                        <time class="muted" datetime={message.sentAt}>
                          {formatDateTime(message.sentAt)}
                        </time>
                      </div>
                    )}
                  </For>
                </section>
              </Show>
            </article>
          );
        }}
      </Show>
    </Show>
  );
}
