/**
 * The demo consumer's conversations: plain texts, templates with every button type, a
 * customer-care exchange in both directions, and the impostors' messages to report.
 */
import type { Message, Order, Payment, Topic } from '../src/api/schemas';
import { at, type NextId } from './seed-orders.ts';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

type Template = NonNullable<Message['template']>;
type Button = Template['buttons'][number];

interface MessageSpec {
  businessId: string;
  topic: Topic;
  ago: number;
  text: string;
  from?: 'consumer';
  order?: string;
  payment?: string;
  buttons?: Button[];
}

const MESSAGES: MessageSpec[] = [
  {
    businessId: 'biz-ferreteria-paco',
    topic: 'promotions',
    ago: 30 * DAY,
    text: '¡OFERTÓN! Taladro percutor a 29,90 €. Solo este fin de semana. Responde BAJA para no recibir más.',
  },
  {
    businessId: 'biz-moda-marina',
    topic: 'orders',
    ago: 9 * DAY,
    order: 'delivered',
    text: 'Tu pedido MM-2026-48213 ha sido entregado. ¿Qué tal te queda?',
    buttons: [
      { type: 'url', label: 'Ver pedido', url: 'https://www.modamarina.example/pedidos/MM-2026-48213' },
      { type: 'reply', label: 'Quiero devolver algo' },
    ],
  },
  {
    businessId: 'biz-moda-marina',
    topic: 'payments',
    ago: 14 * DAY,
    payment: 'partial',
    text: 'Hemos recibido las sandalias. Te devolvemos 59,95 € en la misma tarjeta en un plazo de 14 días.',
  },
  {
    businessId: 'biz-electronorte',
    topic: 'orders',
    ago: 1 * DAY,
    order: 'shipped',
    text: 'Tu pedido EN-771204 va de camino con Veloz Mensajería. Llegará en unos dos días.',
    buttons: [
      { type: 'url', label: 'Seguir envío', url: 'https://www.velozmensajeria.example/seguimiento/VZ77120455ES' },
    ],
  },
  {
    businessId: 'biz-libreria-prado',
    topic: 'orders',
    ago: 2 * HOUR,
    order: 'out',
    text: 'Tus libros salen hoy en reparto. Entrega prevista entre las 12:00 y las 14:00.',
  },
  {
    businessId: 'biz-huerta-ana',
    topic: 'orders',
    ago: 20 * HOUR,
    order: 'confirmed',
    text: 'Pedido HA-0912 confirmado. Esta semana la cesta lleva tomates, calabacín, acelgas y fruta de temporada.',
  },
  {
    businessId: 'biz-farmacia-sol',
    topic: 'orders',
    ago: 1 * DAY,
    order: 'exception',
    text: 'El repartidor no ha podido entregar tu pedido FS-5520: falta el número de piso. ¿Nos lo indicas?',
    buttons: [
      { type: 'reply', label: 'Responder con mi dirección' },
      { type: 'call', label: 'Llamar a la farmacia', phone: '+34 954 000 303' },
    ],
  },
  {
    businessId: 'biz-onda',
    topic: 'payments',
    ago: 6 * HOUR,
    payment: 'bill',
    text: 'Ya tienes disponible tu factura del mes: 34,90 €. Se cargará en tu cuenta el día 5 si no la pagas.',
    buttons: [
      { type: 'url', label: 'Pagar ahora', url: 'https://www.ondamovil.example/pagar/F26-0412-88123' },
      { type: 'reply', label: 'Tengo una duda' },
      { type: 'call', label: 'Llamar al 1404', phone: '+34 912 000 404' },
    ],
  },
  {
    businessId: 'biz-iberavia',
    topic: 'payments',
    ago: 3 * DAY,
    payment: 'failed',
    text: 'No hemos podido cobrar la selección de asiento 14A. Tu reserva sigue confirmada; puedes reintentarlo.',
    buttons: [{ type: 'url', label: 'Reintentar el pago', url: 'https://www.iberavia.example/pagos/SEAT-3120-14A' }],
  },
  {
    businessId: 'biz-iberavia',
    topic: 'care',
    ago: 5 * HOUR,
    text: 'Ya puedes facturar tu vuelo IB 3120 Madrid–Lisboa de mañana a las 09:45. Puerta prevista: J52.',
    buttons: [
      { type: 'url', label: 'Obtener tarjeta de embarque', url: 'https://www.iberavia.example/checkin/IB3120' },
    ],
  },
  {
    businessId: 'biz-casa-lucia',
    topic: 'care',
    ago: 2 * DAY,
    from: 'consumer',
    text: 'Hola, ¿tenéis mesa en la terraza para cuatro el sábado a las 21:30?',
  },
  {
    businessId: 'biz-casa-lucia',
    topic: 'care',
    ago: 2 * DAY - 25 * MINUTE,
    text: 'Sí, te la reservamos a nombre de quien escribe. ¿Confirmas?',
    buttons: [
      { type: 'reply', label: 'Confirmo' },
      { type: 'reply', label: 'Mejor otro día' },
    ],
  },
  { businessId: 'biz-casa-lucia', topic: 'care', ago: 2 * DAY - 20 * MINUTE, from: 'consumer', text: 'Confirmo' },
  {
    businessId: 'biz-casa-lucia',
    topic: 'promotions',
    ago: 4 * DAY,
    text: 'Llega el nuevo menú de temporada: alcachofas confitadas, arroz meloso y torrija. 32 € con bebida.',
  },
  {
    businessId: 'biz-horizonte',
    topic: 'care',
    ago: 6 * DAY,
    text: 'Tu nueva tarjeta terminada en 4821 ya está activa. Nunca te pediremos claves ni códigos por aquí.',
    buttons: [{ type: 'call', label: 'Llamar al banco', phone: '+34 910 000 101' }],
  },
  // The impostors write although nobody allowed them: a real backend would refuse, a rogue one does not.
  {
    businessId: 'biz-horizonte-soporte',
    topic: 'care',
    ago: 3 * HOUR,
    text: 'BANCO HORIZONTE: Hemos detectado un acceso inusual. Su cuenta será bloqueada hoy si no verifica sus datos.',
    buttons: [{ type: 'url', label: 'Verificar ahora', url: 'https://horizonte-soporte-seguro.example/login' }],
  },
  {
    businessId: 'biz-veloz-avisos',
    topic: 'payments',
    ago: 5 * HOUR,
    payment: 'scam',
    text: 'Su paquete está retenido en aduanas. Pague 2,99 € de tasas en 24 h o será devuelto al remitente.',
    buttons: [{ type: 'url', label: 'Pagar tasas', url: 'https://veloz-entregas-aviso.example/pago' }],
  },
];

/** Messages linked to the seeded orders and payments by their scenario role. */
export function seedMessages(now: Date, nextId: NextId, orders: Map<string, Order>, payments: Map<string, Payment>) {
  return MESSAGES.map(
    (spec): Message => ({
      id: nextId('msg'),
      businessId: spec.businessId,
      from: spec.from ?? 'business',
      topic: spec.topic,
      text: spec.text,
      // Template messages carry their text in `body` too, so a client that ignores templates still reads it.
      template: spec.buttons ? { headerImageUrl: null, body: spec.text, buttons: spec.buttons } : null,
      orderId: spec.order ? (orders.get(spec.order)?.id ?? null) : null,
      paymentId: spec.payment ? (payments.get(spec.payment)?.id ?? null) : null,
      sentAt: at(now, -spec.ago),
    }),
  );
}
