import { createRoot } from 'solid-js';
import { describe, expect, it } from 'vitest';
import type { Order } from '../api/schemas';
import { writeMeta } from '../db/meta';
import { saveChanges } from '../db/records';
import { notifyDataChanged } from './changes';
import { FIRST_ROWS, filterOrders, foldText, type OrderRow, useOrderRows } from './orders';

const eur = (amount: number) => ({ amount, currency: 'EUR' });
function makeOrder(index: number): Order {
  const at = new Date(Date.UTC(2026, 0, 1) + index * 60_000).toISOString();
  return {
    id: `ord-${index}`,
    businessId: index % 2 ? 'biz-a' : 'biz-b',
    reference: `REF-${index}`,
    items: [{ name: index % 10 === 0 ? 'Pantalón chino' : 'Camisa de lino', quantity: 1, unitPrice: eur(1000) }],
    total: eur(1000),
    status: index % 3 ? 'delivered' : 'shipped',
    timeline: [{ status: 'placed', at, note: null }],
    carrier: null,
    trackingNumber: null,
    trackingUrl: null,
    expectedBy: null,
    createdAt: at,
    updatedAt: at,
  };
}
const page = (orders: Order[]) => ({
  cursor: '1',
  hasMore: false,
  businesses: [],
  consents: [],
  orders,
  payments: [],
  messages: [],
});

describe('foldText', () => {
  it('ignores case and accents', () => {
    expect(foldText('Pantalón CHINO')).toBe('pantalon chino');
  });
});

describe('filterOrders', () => {
  const rows: OrderRow[] = Array.from({ length: 10_000 }, (_, index) => {
    const order = makeOrder(index);
    const search = `${order.reference} ${order.items[0]?.name}`.toLowerCase();
    return { ...order, search, folded: foldText(search) };
  });

  it('finds by reference or item, any accent, every word', () => {
    expect(filterOrders(rows, { query: 'REF-42 ', status: '', businessId: '' }).map((r) => r.id)).toContain('ord-42');
    expect(filterOrders(rows, { query: 'pantalon', status: '', businessId: '' })).toHaveLength(1000);
    expect(filterOrders(rows, { query: 'chino ref-10', status: '', businessId: '' }).length).toBeGreaterThan(0);
    expect(filterOrders(rows, { query: 'zzz', status: '', businessId: '' })).toHaveLength(0);
  });

  it('filters by status and business together with the search', () => {
    const result = filterOrders(rows, { query: 'camisa', status: 'shipped', businessId: 'biz-a' });
    expect(result.length).toBeGreaterThan(0);
    expect(result.every((row) => row.status === 'shipped' && row.businessId === 'biz-a')).toBe(true);
  });

  it('searches 10,000 orders well under 50 ms', () => {
    const started = performance.now();
    for (let run = 0; run < 10; run++) filterOrders(rows, { query: `lino ref-${run}`, status: '', businessId: '' });
    expect((performance.now() - started) / 10).toBeLessThan(50);
  });
});

describe('useOrderRows', () => {
  it('shows the newest screenful first, then every stored order newest first, and follows changes', async () => {
    await writeMeta('owner', 'user-1'); // sync stores pages only for a signed-in consumer
    await saveChanges(page(Array.from({ length: 300 }, (_, index) => makeOrder(index))), new Date().toISOString());
    const seen: number[] = [];
    const { list, dispose } = createRoot((dispose) => {
      const list = useOrderRows();
      return { list, dispose };
    });
    await expect.poll(() => list.complete()).toBe(true);
    const rows = list.rows() ?? [];
    seen.push(rows.length);
    expect(rows).toHaveLength(300);
    expect(rows[0]?.id).toBe('ord-299');
    expect(FIRST_ROWS).toBeLessThan(300);

    await saveChanges(page([{ ...makeOrder(5), status: 'cancelled', updatedAt: '2027-01-01T00:00:00.000Z' }]), '');
    notifyDataChanged();
    await expect.poll(() => list.rows()?.[0]?.id).toBe('ord-5');
    expect(list.rows()?.[0]?.status).toBe('cancelled');
    dispose();
  });
});
