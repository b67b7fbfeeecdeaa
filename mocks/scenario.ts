/**
 * The scenario API under `/__mock/` (PRODUCT.md, mocks/README.md): how e2e tests and the demo
 * steer the backend. Never part of the built app, never subject to faults.
 */
import { HttpResponse, http } from 'msw';
import * as v from 'valibot';
import * as s from '../src/api/schemas/index.ts';
import { guarded, Problem, parseWith, readJson } from './http.ts';
import { commerceHandlers, consumerFor, queryPhone } from './scenario-commerce.ts';
import type { MockStore } from './store';

const DAY = 86_400_000;

const ResetBody = v.object({ seed: v.optional(v.picklist(['demo', 'empty']), 'demo') });

const BusinessBody = v.looseObject({
  id: v.optional(v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{1,128}$/))),
  displayName: v.pipe(v.string(), v.minLength(1)),
  verification: v.optional(v.union([s.VerificationLevel, s.Verification]), 'unconfirmed'),
});

const LinkBody = v.object({
  businessId: v.string(),
  orderId: v.optional(v.string()),
  expiresInSeconds: v.optional(v.pipe(v.number(), v.integer())),
  topics: v.optional(v.array(s.Topic), ['orders']),
  code: v.optional(v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{4,64}$/))),
});

const Rate = v.optional(v.pipe(v.number(), v.minValue(0), v.maxValue(1)), 0);
const FaultsBody = v.object({
  failRate: Rate,
  latencyMs: v.optional(v.pipe(v.number(), v.minValue(0), v.maxValue(60_000)), 0),
  afterCommitFailRate: Rate,
  phone: v.optional(s.Phone),
});

/** A level alone gets the checks such a level implies, so tests need not spell them out. */
function verificationFor(level: s.VerificationLevel, phone: string | null): s.Business['verification'] {
  const since = new Date(Date.now() - 30 * DAY).toISOString();
  if (level === 'verified') {
    return {
      level,
      checkedBy: 'Equipo de verificación de Permiso',
      since,
      checks: ['Registro Mercantil', 'Dominio web'],
    };
  }
  if (level === 'confirmed') {
    return { level, checkedBy: 'Operador del número', since, checks: [`El número ${phone ?? ''} coincide`.trim()] };
  }
  return { level, checkedBy: null, since: null, checks: [] };
}

/** Defaults for everything but the name; any `Business` field in the body overrides them. */
function createBusiness(store: MockStore, input: v.InferOutput<typeof BusinessBody>): s.Business {
  const slug = input.displayName
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  const id = input.id ?? store.nextId(`biz-${slug.slice(0, 40) || 'test'}`);
  const phone = typeof input.phone === 'string' ? input.phone : '+34 900 000 000';
  const verification =
    typeof input.verification === 'string' ? verificationFor(input.verification, phone) : input.verification;
  const business = parseWith(s.Business, {
    category: 'Tienda',
    logoUrl: null,
    website: null,
    phone,
    timeZone: 'Europe/Madrid',
    hours: [1, 2, 3, 4, 5].map((day) => ({ day, opens: '09:00', closes: '18:00' })),
    awayMessage: null,
    dataUse: {
      version: '2026-03',
      controller: input.displayName,
      purposes: ['Gestionar tus pedidos'],
      retention: '2 años',
      privacyPolicyUrl: 'https://permiso.example/privacidad',
    },
    topicStatements: {
      orders: 'Avisos de tus pedidos.',
      payments: 'Recibos y reembolsos.',
      care: 'Atención al cliente.',
      promotions: 'Ofertas.',
    },
    ...input,
    id,
    verification,
    updatedAt: new Date().toISOString(),
  });
  return store.putBusiness(business);
}

function createLink(store: MockStore, input: v.InferOutput<typeof LinkBody>) {
  if (!store.businesses.has(input.businessId))
    throw new Problem(404, 'business-unknown', `No business ${input.businessId}.`);
  if (input.orderId && !store.findRecord('orders', input.orderId)) {
    throw new Problem(404, 'order-unknown', `No order ${input.orderId}.`);
  }
  const code = input.code ?? randomCode(12);
  const expiresAt =
    input.expiresInSeconds === undefined ? null : new Date(Date.now() + input.expiresInSeconds * 1000).toISOString();
  const link = {
    id: store.nextId('lnk'),
    code,
    businessId: input.businessId,
    orderId: input.orderId ?? null,
    topics: input.topics,
    expiresAt,
    revoked: false,
  };
  store.links.set(code, link);
  return { id: link.id, code, url: `/r/${code}`, expiresAt };
}

const CODE_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** An unguessable link code: 64 symbols, so each byte maps to one without bias. */
function randomCode(length: number): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(length)), (byte) => CODE_ALPHABET[byte % 64]).join('');
}

/** The server's view of one consumer, for asserting what actually reached the backend. */
function ledger(store: MockStore, phone: string | undefined) {
  const user = consumerFor(store, phone);
  const consents = [...user.consents.values()].map(({ value }) => value);
  return {
    phone: user.phone,
    consents: consents.map(({ businessId, topics }) => ({ businessId, topics })),
    events: user.events,
    blocks: consents.filter((consent) => consent.blocked).map((consent) => consent.businessId),
    reports: user.reports.map(({ id, businessId, reason, messageIds }) => ({ id, businessId, reason, messageIds })),
  };
}

export function createScenarioHandlers(store: MockStore) {
  const json = (body: unknown, status = 200) => HttpResponse.json(body as object, { status });
  return [
    http.post(
      '*/__mock/reset',
      guarded(async ({ request }) => {
        const { seed } = parseWith(ResetBody, await readJson(request));
        store.reset(seed);
        return json({ seed });
      }),
    ),
    http.get(
      '*/__mock/last-code',
      guarded(({ request }) => {
        const phone = queryPhone(request) ?? store.lastCodePhone;
        const issued = phone === null ? undefined : store.codes.get(phone);
        if (!phone || !issued) throw new Problem(404, 'no-code', 'No code was sent to this phone.');
        return json({ phone, code: issued.code });
      }),
    ),
    http.post(
      '*/__mock/businesses',
      guarded(async ({ request }) =>
        json(createBusiness(store, parseWith(BusinessBody, await readJson(request))), 201),
      ),
    ),
    http.post(
      '*/__mock/links',
      guarded(async ({ request }) => json(createLink(store, parseWith(LinkBody, await readJson(request))), 201)),
    ),
    http.post(
      '*/__mock/links/:code/revoke',
      guarded(({ params }) => {
        const link = store.links.get(String(params.code));
        if (!link) throw new Problem(404, 'link-unknown', 'No receipt link has this code.');
        link.revoked = true;
        return json({ id: link.id, code: link.code, revoked: true });
      }),
    ),
    ...commerceHandlers(store),
    http.get(
      '*/__mock/push',
      guarded(({ request }) => {
        const phone = queryPhone(request);
        return json(phone ? store.pushLog.filter((push) => push.phone === phone) : store.pushLog);
      }),
    ),
    http.get(
      '*/__mock/ledger',
      guarded(({ request }) => json(ledger(store, queryPhone(request)))),
    ),
    http.post(
      '*/__mock/faults',
      guarded(async ({ request }) => {
        const { phone, ...faults } = parseWith(FaultsBody, await readJson(request));
        store.setFaults(phone ?? null, faults);
        return json({ phone: phone ?? null, ...faults });
      }),
    ),
  ];
}
