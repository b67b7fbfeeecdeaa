import { A, useParams } from '@solidjs/router';
import { For, Match, Show, Switch } from 'solid-js';
import { now } from '../../data/clock';
import { useOrderDetail } from '../../data/order-detail';
import { formatDate, formatDateTime, formatMoney, formatRelative, t } from '../../i18n';
import { BusinessName } from '../../ui/BusinessName';
import { LiveNote } from '../../ui/LiveNote';
import { Empty, Loading } from '../../ui/states';
import { OrderProgress } from './OrderProgress';
import { OrderTimeline } from './OrderTimeline';
import { TrackingCard } from './TrackingCard';

/** One order: state in plain words, delivery, items, its payments and one merged timeline. */
export default function OrderScreen() {
  const params = useParams<{ orderId: string }>();
  const detail = useOrderDetail(() => params.orderId);
  return (
    <Show when={!detail.loading || detail.latest} fallback={<Loading />}>
      <Show
        when={detail.latest}
        fallback={
          <>
            <LiveNote />
            <Empty>{t('order.notFound')}</Empty>
          </>
        }
      >
        {(d) => {
          const order = () => d().order;
          const businessName = () => d().business?.displayName ?? '';
          const latestNote = () => [...order().timeline].reverse().find((step) => step.note)?.note;
          const troubled = () => ['cancelled', 'exception', 'returned'].includes(order().status);
          return (
            <article aria-labelledby="order-title" class="order-page printable">
              <p class="no-print">
                <A href="/orders" class="back-link">
                  ← {t('order.allOrders')}
                </A>
              </p>
              <h1 id="order-title">{t('order.title', { reference: order().reference })}</h1>
              <BusinessName business={d().business} />
              <p class="muted">
                {t('order.placedOn', { date: formatDateTime(order().createdAt) })} ·{' '}
                {t('order.updated', { time: formatRelative(order().updatedAt, now()) })}
              </p>
              <LiveNote />

              <section
                class={`state-card state-${order().status}`}
                classList={{ trouble: troubled() }}
                aria-labelledby="order-state"
              >
                <h2 id="order-state" class="status-heading">
                  {t(`orderStatus.${order().status}`)}
                </h2>
                <p>{t(`order.explain.${order().status}`, { business: businessName() })}</p>
                <Show when={troubled() && latestNote()}>
                  {(note) => <p>{t('order.latestNote', { note: note() })}</p>}
                </Show>
                <Show when={order().expectedBy && !troubled() && order().status !== 'delivered'}>
                  <p class="strong">{t('order.expectedBy', { date: formatDate(order().expectedBy ?? '') })}</p>
                </Show>
              </section>

              <OrderProgress order={order()} />
              <TrackingCard order={order()} />

              <section aria-labelledby="order-items">
                <h2 id="order-items">{t('order.items')}</h2>
                <table class="items">
                  <thead>
                    <tr>
                      <th scope="col">{t('order.item')}</th>
                      <th scope="col" class="num">
                        {t('order.quantity')}
                      </th>
                      <th scope="col" class="num">
                        {t('order.unitPrice')}
                      </th>
                      <th scope="col" class="num">
                        {t('order.lineTotal')}
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    <For each={order().items}>
                      {(item) => (
                        <tr>
                          <th scope="row">{item.name}</th>
                          <td class="num">{item.quantity}</td>
                          <td class="num">{formatMoney(item.unitPrice)}</td>
                          <td class="num">
                            {formatMoney({ ...item.unitPrice, amount: item.unitPrice.amount * item.quantity })}
                          </td>
                        </tr>
                      )}
                    </For>
                  </tbody>
                  <tfoot>
                    <tr>
                      <th scope="row" colSpan={3}>
                        {t('order.total')}
                      </th>
                      <td class="num strong">{formatMoney(order().total)}</td>
                    </tr>
                  </tfoot>
                </table>
              </section>

              <section aria-labelledby="order-payments">
                <h2 id="order-payments">{t('order.payments')}</h2>
                <Switch>
                  <Match when={d().payments.length === 0}>
                    <p class="muted">{t('order.noPayments')}</p>
                  </Match>
                  <Match when={true}>
                    <ul class="list">
                      <For each={d().payments}>
                        {(payment) => (
                          <li class="payment-line">
                            <A href={`/payments/${payment.id}`} class="row-link">
                              <span class="strong">{formatMoney(payment.amount)}</span>
                              <span class={`status-tag pay-${payment.status}`}>
                                {t(`paymentStatus.${payment.status}`)}
                              </span>
                              <Show when={payment.refund}>
                                {(refund) => (
                                  <span class="muted">
                                    {t('payment.refundAmount', {
                                      amount: formatMoney(refund().amount),
                                      total: formatMoney(payment.amount),
                                    })}
                                  </span>
                                )}
                              </Show>
                            </A>
                          </li>
                        )}
                      </For>
                    </ul>
                  </Match>
                </Switch>
              </section>

              <section aria-labelledby="order-timeline">
                <h2 id="order-timeline">{t('order.timeline')}</h2>
                <OrderTimeline entries={d().timeline} business={d().business} reference={order().reference} />
              </section>

              <p class="no-print">
                <button type="button" onClick={() => window.print()}>
                  {t('order.print')}
                </button>
              </p>
            </article>
          );
        }}
      </Show>
    </Show>
  );
}
