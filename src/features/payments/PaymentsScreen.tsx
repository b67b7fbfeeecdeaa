import { A, useSearchParams } from '@solidjs/router';
import { createMemo, createUniqueId, For, Show } from 'solid-js';
import { PaymentStatus } from '../../api/schemas';
import { now } from '../../data/clock';
import { useBusinessIndex } from '../../data/lookup';
import { usePaymentRows } from '../../data/orders';
import { formatMoney, formatRelative, t } from '../../i18n';
import { countLabel } from '../../i18n/count';
import { BusinessName } from '../../ui/BusinessName';
import { LiveNote } from '../../ui/LiveNote';
import { Empty, Loading } from '../../ui/states';
import { VirtualRows } from '../../ui/VirtualRows';

/** Every payment, newest first, filterable by status (kept in the URL), virtualised rows. */
export default function PaymentsScreen() {
  const { rows } = usePaymentRows();
  const businesses = useBusinessIndex();
  const [params, setParams] = useSearchParams();
  const status = () => (Array.isArray(params.status) ? params.status[0] : params.status) ?? '';
  const filtered = createMemo(() => (rows() ?? []).filter((row) => !status() || row.status === status()));
  const statusId = createUniqueId();
  return (
    <section aria-labelledby="payments-title">
      <h1 id="payments-title">{t('payments.title')}</h1>
      <LiveNote />
      <div class="list-tools">
        <div class="field">
          <label for={statusId}>{t('payments.filterStatus')}</label>
          <select
            id={statusId}
            value={status()}
            onChange={(event) => setParams({ status: event.currentTarget.value || undefined }, { replace: true })}
          >
            <option value="">{t('payments.anyStatus')}</option>
            <For each={PaymentStatus.options}>
              {(option) => <option value={option}>{t(`paymentStatus.${option}`)}</option>}
            </For>
          </select>
        </div>
      </div>
      <Show when={rows()} fallback={<Loading />}>
        {(all) => (
          <Show when={all().length > 0} fallback={<Empty>{t('payments.empty')}</Empty>}>
            <p role="status" class="muted list-summary">
              {countLabel('payments', filtered().length)}
            </p>
            <Show when={filtered().length > 0} fallback={<Empty>{t('payments.noMatch')}</Empty>}>
              <VirtualRows items={filtered()} label={t('payments.listLabel')} estimate={92} key={(row) => row.id}>
                {(row) => (
                  <>
                    <div class="row-head">
                      <BusinessName business={businesses().get(row.businessId)} />
                      <time class="muted" datetime={row.updatedAt}>
                        {formatRelative(row.updatedAt, now())}
                      </time>
                    </div>
                    <A href={`/payments/${row.id}`} class="row-link order-link">
                      <span class="strong amount">{formatMoney(row.amount)}</span>
                      <span class={`status-tag pay-${row.status}`}>{t(`paymentStatus.${row.status}`)}</span>
                      <span class="row-desc">{row.description}</span>
                    </A>
                  </>
                )}
              </VirtualRows>
            </Show>
          </Show>
        )}
      </Show>
    </section>
  );
}
