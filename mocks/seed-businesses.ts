/**
 * The demo's businesses: fictional Spanish companies on `.example` domains (reserved by
 * RFC 2606, so the demo can never send anyone to a real site). Two are impostors whose names
 * imitate verified ones, so the lookalike warning has something to warn about.
 */
import type { Business, Topic, VerificationLevel } from '../src/api/schemas';

type Hours = Business['hours'];

/** Opening hours on the given days (0 = Sunday), one or more spans per day. */
function hours(days: number[], ...spans: [string, string][]): Hours {
  return days.flatMap((day) => spans.map(([opens, closes]) => ({ day, opens, closes })));
}

const WEEKDAYS = [1, 2, 3, 4, 5];
const MON_SAT = [1, 2, 3, 4, 5, 6];
const EVERY_DAY = [0, 1, 2, 3, 4, 5, 6];

interface Spec {
  id: string;
  displayName: string;
  category: string;
  level: VerificationLevel;
  /** Registered company name, for the data-use statement and the platform's checks. */
  legalName: string;
  domain: string | null;
  /** Where the privacy policy lives when the business has no site of its own. */
  policyUrl?: string;
  phone: string | null;
  timeZone?: string;
  hours: Hours;
  awayMessage: string | null;
  purposes: string[];
  retention: string;
  statements: Record<Topic, string>;
  daysChecked?: number;
}

const PLATFORM = 'Equipo de verificación de Permiso';
const CARRIER = 'Operador del número (comprobación por SMS)';

function verification(spec: Spec, now: Date): Business['verification'] {
  const since = new Date(now.getTime() - (spec.daysChecked ?? 400) * 86_400_000).toISOString();
  if (spec.level === 'verified') {
    return {
      level: 'verified',
      checkedBy: PLATFORM,
      since,
      checks: [
        `Inscripción en el Registro Mercantil a nombre de ${spec.legalName}`,
        `Control del dominio ${spec.domain}`,
        `El número ${spec.phone} está registrado a nombre de la empresa`,
      ],
    };
  }
  if (spec.level === 'confirmed') {
    return {
      level: 'confirmed',
      checkedBy: CARRIER,
      since,
      checks: [`El número ${spec.phone} coincide con el registrado`],
    };
  }
  return { level: 'unconfirmed', checkedBy: null, since: null, checks: [] };
}

function build(spec: Spec, now: Date): Business {
  const website = spec.domain ? `https://www.${spec.domain}` : null;
  return {
    id: spec.id,
    displayName: spec.displayName,
    category: spec.category,
    logoUrl: null,
    verification: verification(spec, now),
    website,
    phone: spec.phone,
    timeZone: spec.timeZone ?? 'Europe/Madrid',
    hours: spec.hours,
    awayMessage: spec.awayMessage,
    dataUse: {
      version: '2026-03',
      controller: `${spec.legalName}${spec.domain ? `, privacidad@${spec.domain}` : ''}`,
      purposes: spec.purposes,
      retention: spec.retention,
      // Without a site, the statement the business filed with the platform stands in for a policy page.
      privacyPolicyUrl:
        spec.policyUrl ??
        (spec.domain ? `https://${spec.domain}/privacidad` : `https://permiso.example/negocios/${spec.id}`),
    },
    topicStatements: spec.statements,
    updatedAt: new Date(now.getTime() - 86_400_000).toISOString(),
  };
}

const SHOP_PURPOSES = ['Gestionar tu pedido y su entrega', 'Atender tus consultas y devoluciones'];
const SHOP_RETENTION =
  'Datos del pedido: 6 años (obligación mercantil). Conversaciones: 2 años desde el último mensaje.';
const NO_PROMOS = 'No enviamos publicidad por este canal.';

/** Statements for the ordinary shop: concrete about what each topic will bring. */
function shopStatements(shop: string, promos: string): Record<Topic, string> {
  return {
    orders: `${shop} te avisará cuando confirme, envíe y entregue tus pedidos, con el enlace de seguimiento.`,
    payments: `Recibos, facturas y reembolsos de tus compras en ${shop}.`,
    care: `Respuestas de nuestro equipo de atención a las consultas que nos hagas.`,
    promotions: promos,
  };
}

const SPECS: Spec[] = [
  {
    id: 'biz-horizonte',
    displayName: 'Banco Horizonte',
    category: 'Banco',
    level: 'verified',
    legalName: 'Banco Horizonte, S.A.',
    domain: 'bancohorizonte.example',
    phone: '+34 910 000 101',
    hours: hours(EVERY_DAY, ['08:00', '22:00']),
    awayMessage: 'Fuera de horario. Para bloquear tu tarjeta llama al +34 910 000 101, 24 h.',
    purposes: ['Avisos de seguridad y de movimientos de tu cuenta', 'Atención al cliente'],
    retention: '10 años tras el fin de la relación (Ley 10/2010 de prevención del blanqueo).',
    statements: {
      orders: 'Avisos del envío de tarjetas y documentación a tu domicilio.',
      payments: 'Cargos con tarjeta superiores a 100 €, transferencias recibidas y recibos domiciliados.',
      care: 'Conversación con tu gestor. Nunca te pediremos claves ni códigos por este canal.',
      promotions: 'Ofertas de productos del banco, como máximo dos al mes.',
    },
    daysChecked: 700,
  },
  {
    id: 'biz-horizonte-soporte',
    displayName: 'Banco Horizonte Soporte',
    category: 'Banco',
    level: 'unconfirmed',
    legalName: 'Desconocido',
    domain: null,
    policyUrl: 'https://horizonte-soporte-seguro.example/privacy',
    phone: '+44 7700 900123',
    hours: [],
    awayMessage: null,
    purposes: ['Soporte técnico'],
    retention: 'No indicado.',
    statements: {
      orders: 'Notificaciones.',
      payments: 'Verificación de pagos pendientes.',
      care: 'Soporte 24 h para desbloquear su cuenta.',
      promotions: 'Ofertas exclusivas.',
    },
  },
  {
    id: 'biz-veloz',
    displayName: 'Veloz Mensajería',
    category: 'Mensajería',
    level: 'verified',
    legalName: 'Veloz Logística Urgente, S.L.',
    domain: 'velozmensajeria.example',
    phone: '+34 911 000 202',
    hours: hours(MON_SAT, ['08:00', '21:00']),
    awayMessage: 'Nuestro equipo vuelve a las 8:00. El seguimiento funciona 24 h en la web.',
    purposes: ['Entregar los envíos que te hacen las tiendas', 'Concertar entregas y recogidas'],
    retention: 'Datos de entrega: 1 año tras la entrega.',
    statements: {
      orders: 'Franja horaria de entrega, incidencias y prueba de entrega de los envíos a tu nombre.',
      payments: 'Solo cobros contra reembolso que hayas elegido al comprar. Nunca cobramos tasas por mensaje.',
      care: 'Cambiar la dirección o la fecha de entrega hablando con un agente.',
      promotions: NO_PROMOS,
    },
  },
  {
    id: 'biz-veloz-avisos',
    displayName: 'Vel0z Mensajeria Avisos',
    category: 'Mensajería',
    level: 'unconfirmed',
    legalName: 'Desconocido',
    domain: null,
    policyUrl: 'https://veloz-entregas-aviso.example/privacy',
    phone: '+34 600 000 999',
    hours: [],
    awayMessage: null,
    purposes: ['Entregas'],
    retention: 'No indicado.',
    statements: {
      orders: 'Avisos de paquetes.',
      payments: 'Tasas de entrega.',
      care: 'Atención.',
      promotions: 'Premios.',
    },
  },
  {
    id: 'biz-farmacia-sol',
    displayName: 'Farmacia del Sol',
    category: 'Farmacia',
    level: 'confirmed',
    legalName: 'Farmacia del Sol, C.B.',
    domain: 'farmaciadelsol.example',
    phone: '+34 954 000 303',
    hours: [...hours(WEEKDAYS, ['09:30', '14:00'], ['17:00', '21:00']), ...hours([6], ['10:00', '14:00'])],
    awayMessage: 'Estamos cerrados. La farmacia de guardia más cercana aparece en nuestra web.',
    purposes: ['Preparar y entregar tus pedidos de parafarmacia', 'Avisarte cuando llegue un medicamento encargado'],
    retention: 'Pedidos: 6 años. No guardamos datos de salud en este canal.',
    statements: {
      orders: 'Aviso cuando tu encargo esté listo para recoger o salga en reparto.',
      payments: 'Recibos de tus compras online.',
      care: 'Consultas al farmacéutico sobre tus pedidos (no sustituye a tu médico).',
      promotions: 'Campañas de temporada (protección solar, alergias), una al mes.',
    },
  },
  {
    id: 'biz-onda',
    displayName: 'Onda Móvil',
    category: 'Telefonía',
    level: 'verified',
    legalName: 'Onda Telecomunicaciones, S.A.',
    domain: 'ondamovil.example',
    phone: '+34 912 000 404',
    hours: hours(EVERY_DAY, ['09:00', '22:00']),
    awayMessage: 'Si no tienes línea, consulta el estado de la red en ondamovil.example/estado.',
    purposes: ['Facturación de tus líneas', 'Avisos de consumo y de averías'],
    retention: 'Facturas: 6 años. Datos de tráfico: 12 meses (Ley 25/2007).',
    statements: {
      orders: 'Envío de terminales y tarjetas SIM.',
      payments: 'Tu factura mensual cuando se emite y avisos si un recibo es devuelto.',
      care: 'Averías, portabilidad y dudas sobre tu factura.',
      promotions: 'Ofertas de tarifas y terminales para clientes.',
    },
  },
  {
    id: 'biz-iberavia',
    displayName: 'Iberavia',
    category: 'Aerolínea',
    level: 'verified',
    legalName: 'Iberavia Líneas Aéreas, S.A.',
    domain: 'iberavia.example',
    phone: '+34 913 000 505',
    hours: hours(EVERY_DAY, ['00:00', '23:59']),
    awayMessage: null,
    purposes: ['Gestionar tus reservas y tarjetas de embarque', 'Avisos de cambios de vuelo (Reglamento CE 261/2004)'],
    retention: 'Reservas: 5 años tras el vuelo.',
    statements: {
      orders: 'Confirmaciones de reserva y servicios añadidos (equipaje, asientos).',
      payments: 'Recibos de tus reservas y reembolsos por cancelación.',
      care: 'Facturación online, tarjeta de embarque y cambios de puerta o de hora.',
      promotions: 'Ofertas de vuelos desde tu aeropuerto habitual, una por semana como máximo.',
    },
  },
  {
    id: 'biz-libreria-prado',
    displayName: 'Librería del Prado',
    category: 'Librería',
    level: 'confirmed',
    legalName: 'Librería del Prado, S.L.',
    domain: 'libreriadelprado.example',
    phone: '+34 914 000 606',
    hours: [...hours(MON_SAT, ['10:00', '14:00'], ['17:00', '20:30'])],
    awayMessage: 'Ahora estamos cerrados; te contestamos en cuanto abramos.',
    purposes: SHOP_PURPOSES,
    retention: SHOP_RETENTION,
    statements: shopStatements(
      'Librería del Prado',
      'Novedades y presentaciones de libros en la tienda, una vez al mes.',
    ),
  },
  {
    id: 'biz-casa-lucia',
    displayName: 'Casa Lucía',
    category: 'Restaurante',
    level: 'confirmed',
    legalName: 'Casa Lucía Hostelería, S.L.',
    domain: 'casalucia.example',
    phone: '+34 915 000 707',
    hours: hours([2, 3, 4, 5, 6, 0], ['13:00', '16:00'], ['20:00', '23:30']),
    awayMessage: 'Los lunes descansamos. Puedes reservar en casalucia.example.',
    purposes: ['Gestionar tus reservas', 'Avisos de lista de espera'],
    retention: 'Reservas: 1 año.',
    statements: {
      orders: 'Confirmación de pedidos para llevar y hora de recogida.',
      payments: 'Recibos de pedidos para llevar y señales de reservas de grupo.',
      care: 'Confirmar, cambiar o cancelar tu reserva.',
      promotions: 'Menú de temporada y jornadas gastronómicas, como mucho dos al mes.',
    },
  },
  {
    id: 'biz-moda-marina',
    displayName: 'Moda Marina',
    category: 'Tienda de ropa',
    level: 'verified',
    legalName: 'Marina Textil, S.A.',
    domain: 'modamarina.example',
    phone: '+34 916 000 808',
    hours: hours(MON_SAT, ['10:00', '21:00']),
    awayMessage: 'Te respondemos mañana a partir de las 10:00.',
    purposes: SHOP_PURPOSES,
    retention: SHOP_RETENTION,
    statements: shopStatements('Moda Marina', 'Rebajas y nuevas colecciones, máximo un mensaje por semana.'),
  },
  {
    id: 'biz-electronorte',
    displayName: 'ElectroNorte',
    category: 'Electrónica',
    level: 'verified',
    legalName: 'ElectroNorte Distribución, S.L.',
    domain: 'electronorte.example',
    phone: '+34 944 000 909',
    hours: hours(MON_SAT, ['09:00', '21:00']),
    awayMessage: null,
    purposes: [...SHOP_PURPOSES, 'Gestionar garantías y reparaciones'],
    retention: SHOP_RETENTION,
    statements: shopStatements('ElectroNorte', 'Ofertas de electrónica para clientes, máximo dos al mes.'),
  },
  {
    id: 'biz-ferreteria-paco',
    displayName: 'Ferretería Paco',
    category: 'Ferretería',
    level: 'unconfirmed',
    legalName: 'Francisco Ruiz Gómez',
    domain: null,
    phone: '+34 963 000 111',
    hours: hours(WEEKDAYS, ['09:00', '13:30'], ['16:30', '20:00']),
    awayMessage: 'Cerrado. Abrimos de lunes a viernes.',
    purposes: ['Avisar de encargos listos para recoger'],
    retention: 'Hasta que lo pidas.',
    statements: shopStatements('Ferretería Paco', 'Ofertas semanales de la tienda.'),
  },
  {
    id: 'biz-surf-canarias',
    displayName: 'Surf Canarias',
    category: 'Deportes',
    level: 'confirmed',
    legalName: 'Surf Canarias Atlántico, S.L.',
    domain: 'surfcanarias.example',
    phone: '+34 928 000 222',
    timeZone: 'Atlantic/Canary',
    hours: hours(EVERY_DAY, ['09:00', '19:00']),
    awayMessage: 'Estamos en el agua. Volvemos a las 9:00 (hora canaria).',
    purposes: SHOP_PURPOSES,
    retention: SHOP_RETENTION,
    statements: shopStatements('Surf Canarias', 'Previsión de olas y ofertas de tablas, los viernes.'),
  },
  {
    id: 'biz-huerta-ana',
    displayName: 'La Huerta de Ana',
    category: 'Alimentación',
    level: 'verified',
    legalName: 'Huerta de Ana Cooperativa',
    domain: 'huertadeana.example',
    phone: '+34 976 000 333',
    hours: hours(WEEKDAYS, ['08:00', '15:00']),
    awayMessage: 'Recibimos pedidos hasta el jueves a las 12:00 para el reparto del viernes.',
    purposes: SHOP_PURPOSES,
    retention: SHOP_RETENTION,
    statements: shopStatements('La Huerta de Ana', 'La cesta de la semana con lo que hay de temporada, los lunes.'),
  },
];

/** Which verified business each impostor imitates (used by tests and the README). */
export const LOOKALIKES: Record<string, string> = {
  'biz-horizonte-soporte': 'biz-horizonte',
  'biz-veloz-avisos': 'biz-veloz',
};

/** All demo businesses, with verification dates relative to `now`. */
export function seedBusinesses(now: Date): Business[] {
  return SPECS.map((spec) => build(spec, now));
}
