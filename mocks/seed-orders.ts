/**
 * The demo consumer's orders and payments: every OrderStatus and every PaymentStatus at least
 * once, with timelines that read like a real month of shopping, all relative to "now".
 */
import type { Order, OrderStatus, Payment, PaymentStatus } from '../src/api/schemas';

export type NextId = (prefix: string) => string;

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const eur = (amount: number) => ({ amount, currency: 'EUR' });

/** A point in time `offsetMs` from now, as an ISO timestamp. */
export const at = (now: Date, offsetMs: number) => new Date(now.getTime() + offsetMs).toISOString();

type Step<S> = [S, number, string?];
/** A timeline with its first and last entries (every seeded record has at least one step). */
function timeline<S extends string>(now: Date, steps: Step<S>[]) {
  const entries = steps.map(([status, offset, note]) => ({ status, at: at(now, offset), note: note ?? null }));
  const [first] = entries;
  const last = entries.at(-1);
  if (!first || !last) throw new Error('A seeded timeline needs at least one step.');
  return { entries, first, last };
}

interface OrderSpec {
  key: string;
  businessId: string;
  reference: string;
  items: [string, number, number][];
  steps: Step<OrderStatus>[];
  tracking?: string;
  expectedIn?: number;
}

const VELOZ_TRACKING = 'https://www.velozmensajeria.example/seguimiento/';

const ORDERS: OrderSpec[] = [
  {
    key: 'delivered',
    businessId: 'biz-moda-marina',
    reference: 'MM-2026-48213',
    items: [
      ['Camisa de lino azul, talla M', 1, 3995],
      ['Pantalón chino beige, talla 42', 1, 4495],
    ],
    steps: [
      ['placed', -12 * DAY],
      ['confirmed', -12 * DAY + HOUR],
      ['shipped', -11 * DAY],
      ['out_for_delivery', -9 * DAY - 5 * HOUR],
      ['delivered', -9 * DAY, 'Entregado a la vecina del 2.º B'],
    ],
    tracking: 'VZ48213776ES',
  },
  {
    key: 'shipped',
    businessId: 'biz-electronorte',
    reference: 'EN-771204',
    items: [['Auriculares inalámbricos con cancelación de ruido', 1, 12990]],
    steps: [
      ['placed', -2 * DAY],
      ['confirmed', -2 * DAY + 2 * HOUR],
      ['shipped', -1 * DAY, 'Salida del almacén de Bilbao'],
    ],
    tracking: 'VZ77120455ES',
    expectedIn: 2 * DAY,
  },
  {
    key: 'out',
    businessId: 'biz-libreria-prado',
    reference: 'LP-3391',
    items: [
      ['«Cien años de soledad», edición de bolsillo', 1, 1290],
      ['Cuaderno de tapa dura A5', 2, 650],
    ],
    steps: [
      ['placed', -3 * DAY],
      ['confirmed', -3 * DAY + 3 * HOUR],
      ['shipped', -1 * DAY],
      ['out_for_delivery', -2 * HOUR, 'Entrega prevista entre las 12:00 y las 14:00'],
    ],
    tracking: 'VZ33910021ES',
    expectedIn: 3 * HOUR,
  },
  {
    key: 'confirmed',
    businessId: 'biz-huerta-ana',
    reference: 'HA-0912',
    items: [
      ['Cesta de verdura de temporada (5 kg)', 1, 2450],
      ['Aceite de oliva virgen extra, 1 l', 1, 895],
    ],
    steps: [
      ['placed', -1 * DAY],
      ['confirmed', -20 * HOUR, 'Reparto el viernes por la mañana'],
    ],
    expectedIn: 2 * DAY,
  },
  {
    key: 'placed',
    businessId: 'biz-surf-canarias',
    reference: 'SC-20260412',
    items: [
      ['Neopreno 3/2 mm, talla L', 1, 18900],
      ['Leash 7 pies', 1, 2900],
    ],
    steps: [['placed', -40 * 60_000]],
    expectedIn: 6 * DAY,
  },
  {
    key: 'cancelled',
    businessId: 'biz-electronorte',
    reference: 'EN-770981',
    items: [['Cargador USB-C 65 W', 1, 3490]],
    steps: [
      ['placed', -8 * DAY],
      ['cancelled', -8 * DAY + 3 * HOUR, 'Cancelado a petición del cliente'],
    ],
  },
  {
    key: 'returned',
    businessId: 'biz-moda-marina',
    reference: 'MM-2026-47107',
    items: [
      ['Vestido de algodón estampado, talla S', 1, 4995],
      ['Sandalias de piel, talla 38', 1, 5995],
    ],
    steps: [
      ['placed', -25 * DAY],
      ['confirmed', -25 * DAY + HOUR],
      ['shipped', -24 * DAY],
      ['out_for_delivery', -22 * DAY - 4 * HOUR],
      ['delivered', -22 * DAY],
      ['returned', -15 * DAY, 'Devueltas las sandalias (talla pequeña)'],
    ],
    tracking: 'VZ47107332ES',
  },
  {
    key: 'exception',
    businessId: 'biz-farmacia-sol',
    reference: 'FS-5520',
    items: [
      ['Protector solar SPF 50, 200 ml', 2, 1875],
      ['Gel de aloe vera, 250 ml', 1, 890],
    ],
    steps: [
      ['placed', -4 * DAY],
      ['confirmed', -4 * DAY + HOUR],
      ['shipped', -3 * DAY],
      ['exception', -1 * DAY, 'Dirección incompleta: falta el número de piso'],
    ],
    tracking: 'VZ55200018ES',
  },
];

function buildOrder(spec: OrderSpec, now: Date, nextId: NextId): Order {
  const items = spec.items.map(([name, quantity, unitPrice]) => ({ name, quantity, unitPrice: eur(unitPrice) }));
  const { entries, first, last } = timeline(now, spec.steps);
  return {
    id: nextId('ord'),
    businessId: spec.businessId,
    reference: spec.reference,
    items,
    total: eur(items.reduce((sum, item) => sum + item.quantity * item.unitPrice.amount, 0)),
    status: last.status,
    timeline: entries,
    carrier: spec.tracking ? 'Veloz Mensajería' : null,
    trackingNumber: spec.tracking ?? null,
    trackingUrl: spec.tracking ? VELOZ_TRACKING + spec.tracking : null,
    expectedBy: spec.expectedIn === undefined ? null : at(now, spec.expectedIn),
    createdAt: first.at,
    updatedAt: last.at,
  };
}

interface PaymentSpec {
  key: string;
  businessId: string;
  order?: string;
  amount?: number;
  description: string;
  steps: Step<PaymentStatus>[];
  payUrl?: string;
  invoice?: string;
  refund?: [number, number | null];
}

const PAYMENTS: PaymentSpec[] = [
  {
    key: 'paid',
    businessId: 'biz-moda-marina',
    order: 'delivered',
    description: 'Pedido MM-2026-48213',
    steps: [['paid', -12 * DAY]],
    invoice: 'MM-F-2026-10442',
  },
  {
    key: 'paid-shipped',
    businessId: 'biz-electronorte',
    order: 'shipped',
    description: 'Pedido EN-771204',
    steps: [
      ['pending', -2 * DAY],
      ['paid', -2 * DAY + 60_000],
    ],
    invoice: 'EN-26-009812',
  },
  {
    key: 'refunded',
    businessId: 'biz-electronorte',
    order: 'cancelled',
    description: 'Pedido EN-770981',
    steps: [
      ['paid', -8 * DAY],
      ['refunded', -8 * DAY + 4 * HOUR, 'Reembolso por cancelación'],
    ],
    refund: [3490, -5 * DAY],
  },
  {
    key: 'partial',
    businessId: 'biz-moda-marina',
    order: 'returned',
    description: 'Pedido MM-2026-47107',
    steps: [
      ['paid', -25 * DAY],
      ['partially_refunded', -14 * DAY, 'Devolución de las sandalias'],
    ],
    refund: [5995, 2 * DAY],
    invoice: 'MM-F-2026-09871',
  },
  {
    key: 'pending',
    businessId: 'biz-huerta-ana',
    order: 'confirmed',
    description: 'Cesta HA-0912 (transferencia)',
    steps: [
      ['requested', -1 * DAY],
      ['pending', -18 * HOUR, 'Transferencia iniciada, pendiente de recibir'],
    ],
  },
  {
    key: 'bill',
    businessId: 'biz-onda',
    amount: 3490,
    description: 'Factura de Onda Móvil, línea 600 •• •• 12',
    steps: [['requested', -6 * HOUR]],
    payUrl: 'https://www.ondamovil.example/pagar/F26-0412-88123',
    invoice: 'F26-0412-88123',
  },
  {
    key: 'failed',
    businessId: 'biz-iberavia',
    amount: 1500,
    description: 'Selección de asiento 14A, vuelo IB 3120 Madrid–Lisboa',
    steps: [
      ['requested', -3 * DAY],
      ['failed', -3 * DAY + 5 * 60_000, 'Tarjeta rechazada por el banco emisor'],
    ],
    payUrl: 'https://www.iberavia.example/pagos/SEAT-3120-14A',
  },
  // The impostor's "customs fee": the classic parcel scam the report button is for.
  {
    key: 'scam',
    businessId: 'biz-veloz-avisos',
    amount: 299,
    description: 'Tasas de aduana pendientes, paquete retenido',
    steps: [['requested', -5 * HOUR]],
    payUrl: 'https://veloz-entregas-aviso.example/pago',
  },
];

function buildPayment(spec: PaymentSpec, now: Date, nextId: NextId, orders: Map<string, Order>): Payment {
  const order = spec.order ? orders.get(spec.order) : undefined;
  const { entries, first, last } = timeline(now, spec.steps);
  return {
    id: nextId('pay'),
    businessId: spec.businessId,
    orderId: order?.id ?? null,
    amount: order ? order.total : eur(spec.amount ?? 0),
    status: last.status,
    timeline: entries,
    description: spec.description,
    payUrl: spec.payUrl ?? null,
    invoiceNumber: spec.invoice ?? null,
    refund: spec.refund
      ? { amount: eur(spec.refund[0]), expectedAt: spec.refund[1] === null ? null : at(now, spec.refund[1]) }
      : null,
    createdAt: first.at,
    updatedAt: last.at,
  };
}

/** Orders and payments keyed by their scenario role (`'shipped'`, `'scam'`…) so messages can link to them. */
export function seedCommerce(now: Date, nextId: NextId) {
  const orders = new Map(ORDERS.map((spec) => [spec.key, buildOrder(spec, now, nextId)]));
  const payments = new Map(PAYMENTS.map((spec) => [spec.key, buildPayment(spec, now, nextId, orders)]));
  return { orders, payments };
}

const BULK_ITEMS: [string, number][] = [
  ['Camiseta de algodón', 1299],
  ['Zapatillas de running', 7995],
  ['Libro de bolsillo', 995],
  ['Cafetera italiana', 2450],
  ['Auriculares con cable', 1999],
  ['Cesta de fruta', 1850],
  ['Crema solar SPF 30', 1275],
  ['Bombillas LED (pack de 4)', 899],
  ['Mochila impermeable', 4590],
  ['Pantalón vaquero', 3995],
];
const BULK_STATUSES: OrderStatus[] = [
  'placed',
  'confirmed',
  'shipped',
  'out_for_delivery',
  'delivered',
  'delivered',
  'delivered',
  'cancelled',
  'returned',
  'exception',
];

/**
 * `count` orders (and one payment each, if asked) spread over the past year and the given
 * businesses, for the scale benchmark: `POST /__mock/orders/bulk`. Deterministic for a given
 * count, so figures compare between runs.
 */
export function bulkCommerce(count: number, now: Date, nextId: NextId, businessIds: string[], withPayments: boolean) {
  const orders: Order[] = [];
  const payments: Payment[] = [];
  for (let index = 0; index < count; index++) {
    const businessId = businessIds[index % businessIds.length] ?? 'biz-unknown';
    const [name, price] = BULK_ITEMS[index % BULK_ITEMS.length] ?? ['Artículo', 1000];
    const quantity = 1 + (index % 3);
    const status = BULK_STATUSES[(index * 7) % BULK_STATUSES.length] ?? 'placed';
    const placedAt = at(now, -((index * 53) % (365 * 24)) * HOUR - (index % 60) * 60_000);
    const changedAt = at(new Date(placedAt), Math.min(2 * DAY, (index % 48) * HOUR));
    const total = eur(price * quantity);
    const order: Order = {
      id: nextId('ord'),
      businessId,
      reference: `BLK-${String(100000 + index)}`,
      items: [{ name: `${name} ${index}`, quantity, unitPrice: eur(price) }],
      total,
      status,
      timeline: [
        { status: 'placed', at: placedAt, note: null },
        ...(status === 'placed' ? [] : [{ status, at: changedAt, note: null }]),
      ],
      carrier: null,
      trackingNumber: null,
      trackingUrl: null,
      expectedBy: null,
      createdAt: placedAt,
      updatedAt: status === 'placed' ? placedAt : changedAt,
    };
    orders.push(order);
    if (withPayments) {
      const paymentStatus: PaymentStatus =
        status === 'cancelled' ? 'refunded' : status === 'placed' ? 'pending' : 'paid';
      payments.push({
        id: nextId('pay'),
        businessId,
        orderId: order.id,
        amount: total,
        status: paymentStatus,
        timeline: [{ status: paymentStatus, at: placedAt, note: null }],
        description: `Pedido ${order.reference}`,
        payUrl: null,
        invoiceNumber: null,
        refund: paymentStatus === 'refunded' ? { amount: total, expectedAt: at(new Date(placedAt), 5 * DAY) } : null,
        createdAt: placedAt,
        updatedAt: placedAt,
      });
    }
  }
  return { orders, payments };
}
