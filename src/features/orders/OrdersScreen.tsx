import { A, useSearchParams } from '@solidjs/router';
import { createMemo, createUniqueId, For, onMount, Show } from 'solid-js';
import { type Business, OrderStatus } from '../../api/schemas';
import { now } from '../../data/clock';
import { useBusinessIndex } from '../../data/lookup';
import { filterOrders, type OrderRow, useOrderRows } from '../../data/orders';
import { formatMoney, formatRelative, t } from '../../i18n';
import { countLabel } from '../../i18n/count';
import { BusinessName } from '../../ui/BusinessName';
import { LiveNote } from '../../ui/LiveNote';
import { Empty, Loading } from '../../ui/states';
import { VirtualRows } from '../../ui/VirtualRows';

const param = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? '';

/**
 * Every order from every business, newest first: search by reference or item, filter by status
 * and business (kept in the URL, so Back returns to the same list), virtualised rows.
 */
export default function OrdersScreen() {
  const { rows } = useOrderRows();
  const businesses = useBusinessIndex();
  const [params, setParams] = useSearchParams();
  const filter = () => ({ query: param(params.q), status: param(params.status), businessId: param(params.business) });
  const filtered = createMemo(() => filterOrders(rows() ?? [], filter()));
  const filtering = () => Boolean(filter().query || filter().status || filter().businessId);
  /** Businesses that have orders here, by name. */
  const businessOptions = createMemo(() => {
    const ids = new Set((rows() ?? []).map((row) => row.businessId));
    return [...ids]
      .map((id) => ({ id, name: businesses().get(id)?.displayName ?? id }))
      .sort((a, b) => a.name.localeCompare(b.name));
  });
  const ids = {
    search: createUniqueId(),
    hint: createUniqueId(),
    status: createUniqueId(),
    business: createUniqueId(),
  };
  let firstRowsMarked = false;
  const markFirstRows = () => {
    // For `npm run bench`: when the first rows are on screen (User Timing, no cost otherwise).
    if (firstRowsMarked) return;
    firstRowsMarked = true;
    requestAnimationFrame(() => performance.mark('permiso:orders-first-rows'));
  };

  return (
    <section aria-labelledby="orders-title" class="orders-screen">
      <h1 id="orders-title">{t('orders.title')}</h1>
      <LiveNote />
      <search class="list-tools">
        <div class="field">
          <label for={ids.search}>{t('orders.search')}</label>
          <input
            id={ids.search}
            type="search"
            autocomplete="off"
            aria-describedby={ids.hint}
            value={filter().query}
            onInput={(event) => setParams({ q: event.currentTarget.value || undefined }, { replace: true })}
          />
          <span id={ids.hint} class="muted">
            {t('orders.searchHint')}
          </span>
        </div>
        <div class="field-row">
          <div class="field">
            <label for={ids.status}>{t('orders.filterStatus')}</label>
            <select
              id={ids.status}
              value={filter().status}
              onChange={(event) => setParams({ status: event.currentTarget.value || undefined }, { replace: true })}
            >
              <option value="">{t('orders.anyStatus')}</option>
              <For each={OrderStatus.options}>
                {(status) => <option value={status}>{t(`orderStatus.${status}`)}</option>}
              </For>
            </select>
          </div>
          <div class="field">
            <label for={ids.business}>{t('orders.filterBusiness')}</label>
            <select
              id={ids.business}
              value={filter().businessId}
              onChange={(event) => setParams({ business: event.currentTarget.value || undefined }, { replace: true })}
            >
              <option value="">{t('orders.anyBusiness')}</option>
              <For each={businessOptions()}>
                {(option) => (
                  <option value={option.id} selected={option.id === filter().businessId}>
                    {option.name}
                  </option>
                )}
              </For>
            </select>
          </div>
        </div>
      </search>
      <Show when={rows()} fallback={<Loading />}>
        {(all) => (
          <Show when={all().length > 0} fallback={<Empty>{t('orders.empty')}</Empty>}>
            <div class="list-summary">
              <p role="status" class="muted">
                {countLabel('orders', filtered().length)}
              </p>
              <Show when={filtering()}>
                <button
                  type="button"
                  class="link-button"
                  onClick={() => setParams({ q: undefined, status: undefined, business: undefined }, { replace: true })}
                >
                  {t('orders.clear')}
                </button>
              </Show>
            </div>
            <Show when={filtered().length > 0} fallback={<Empty>{t('orders.noMatch')}</Empty>}>
              <VirtualRows items={filtered()} label={t('orders.listLabel')} estimate={92} key={(row) => row.id}>
                {(row) => (
                  <OrderRowView row={row} business={businesses().get(row.businessId)} onShown={markFirstRows} />
                )}
              </VirtualRows>
            </Show>
          </Show>
        )}
      </Show>
    </section>
  );
}

function OrderRowView(props: { row: OrderRow; business: Business | undefined; onShown: () => void }) {
  onMount(props.onShown);
  return (
    <>
      <div class="row-head">
        <BusinessName business={props.business} />
        <time class="muted" datetime={props.row.updatedAt}>
          {formatRelative(props.row.updatedAt, now())}
        </time>
      </div>
      <A href={`/orders/${props.row.id}`} class="row-link order-link">
        <span class="strong">{props.row.reference}</span>
        <span class={`status-tag status-${props.row.status}`}>{t(`orderStatus.${props.row.status}`)}</span>
        <span class="amount">{formatMoney(props.row.total)}</span>
      </A>
    </>
  );
}
