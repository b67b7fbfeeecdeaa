/**
 * The `/api/` routes of src/api/endpoints.ts as MSW handlers over a MockStore. Paths start
 * with `*` so the same handlers answer any origin: jsdom's http://localhost:3000 in unit
 * tests and whatever host the Vite dev or preview server runs on.
 */
import { HttpResponse, http } from 'msw';
import type * as v from 'valibot';
import * as s from '../src/api/schemas/index.ts';
import { findImitatedBusiness } from '../src/core/lookalike.ts';
import { changeBlock, changeConsent, fileReport } from './consumer-actions.ts';
import { apiRoute, guarded, idempotent, Problem, parseWith, readJson, requireUser } from './http.ts';
import { pushSubscriptionHandlers, pushSubscriptionScenario } from './push-subscriptions.ts';
import { createScenarioHandlers } from './scenario.ts';
import type { MockStore, Stamped, SyncKind, UserState } from './store.ts';
import { normalizePhone } from './store.ts';

const DEFAULT_LIMIT = 500;
const MAX_LIMIT = 1000;
const LINK_CODE = /^[A-Za-z0-9_-]{4,64}$/;

type Change = { kind: SyncKind; stamped: Stamped<unknown> };

/** Every record this user may see that changed after `after`, oldest change first. */
function changesSince(store: MockStore, user: UserState, after: number): Change[] {
  const changes: Change[] = [];
  const collect = (kind: SyncKind, map: Map<string, Stamped<unknown>>) => {
    for (const stamped of map.values()) if (stamped.seq > after) changes.push({ kind, stamped });
  };
  collect('businesses', store.businesses);
  collect('consents', user.consents);
  collect('orders', user.orders);
  collect('payments', user.payments);
  collect('messages', user.messages);
  return changes.sort((a, b) => a.stamped.seq - b.stamped.seq);
}

function parseSyncQuery(url: URL): { after: number; limit: number } {
  const cursor = url.searchParams.get('cursor') ?? '';
  if (cursor !== '' && !/^\d{1,15}$/.test(cursor))
    throw new Problem(400, 'bad-cursor', 'Unknown cursor; sync from the start.');
  const rawLimit = url.searchParams.get('limit');
  const limit = rawLimit === null || rawLimit === '' ? DEFAULT_LIMIT : Number(rawLimit);
  if (!Number.isInteger(limit) || limit < 1)
    throw new Problem(400, 'invalid-request', 'limit must be a positive integer.');
  return { after: cursor === '' ? 0 : Number(cursor), limit: Math.min(limit, MAX_LIMIT) };
}

function sync(store: MockStore, user: UserState, url: URL): s.SyncResponse {
  const { after, limit } = parseSyncQuery(url);
  const changes = changesSince(store, user, after);
  const page = changes.slice(0, limit);
  const response: s.SyncResponse = {
    cursor: String(page.at(-1)?.stamped.seq ?? after),
    hasMore: changes.length > page.length,
    businesses: [],
    consents: [],
    orders: [],
    payments: [],
    messages: [],
  };
  for (const { kind, stamped } of page) (response[kind] as unknown[]).push(stamped.value);
  return response;
}

/** What a receipt link shows before anyone signs in: the business, maybe an order, the consent asked for. */
function resolveLink(store: MockStore, code: string): s.LinkResolution {
  if (!LINK_CODE.test(code)) throw new Problem(400, 'link-malformed', 'This is not a receipt-link code.');
  const link = store.links.get(code);
  const business = link && store.businesses.get(link.businessId)?.value;
  if (!link || !business) throw new Problem(404, 'link-unknown', 'No receipt link has this code.');
  if (link.revoked) throw new Problem(410, 'link-revoked', 'The business revoked this link.');
  if (link.expiresAt && Date.parse(link.expiresAt) < Date.now())
    throw new Problem(410, 'link-expired', 'This link expired.');
  const order = link.orderId ? (store.findRecord('orders', link.orderId)?.record ?? null) : null;
  const statements = link.topics.map((topic) => business.topicStatements[topic]);
  return {
    code,
    business,
    order,
    consentRequest: {
      topics: link.topics,
      text: `${business.displayName} asks to write to you. ${statements.join(' ')}`.slice(0, 2000),
      dataUseVersion: business.dataUse.version,
    },
    expiresAt: link.expiresAt,
    resembles: resemblance(store, business),
  };
}

/** The verified business a link's business imitates: the backend warns signed-out visitors too. */
function resemblance(store: MockStore, business: s.Business): s.LinkResolution['resembles'] {
  const all = [...store.businesses.values()].map((stamped) => stamped.value);
  const imitated = findImitatedBusiness(business, all);
  return imitated ? { id: imitated.id, displayName: imitated.displayName } : null;
}

function apiHandlers(store: MockStore) {
  const json = (body: unknown) => HttpResponse.json(body as object);
  /** A consumer change: signed in, idempotent, validated, and subject to after-commit faults. */
  const mutation = <S extends v.GenericSchema>(
    path: string,
    schema: S,
    act: (store: MockStore, user: UserState, change: v.InferOutput<S>, key: string) => unknown,
  ) =>
    http.post(
      path,
      apiRoute(
        store,
        ({ request }) => {
          const user = requireUser(store, request);
          return idempotent(user, request, (input, key) => act(store, user, parseWith(schema, input), key));
        },
        { mutation: true },
      ),
    );
  return [
    http.post(
      '*/api/auth/code',
      apiRoute(store, async ({ request }) => {
        const { phone } = parseWith(s.CodeRequest, await readJson(request));
        store.ensureUser(phone);
        const demoCode = store.issueCode(normalizePhone(phone));
        return json({ phone, expiresInSeconds: store.codeTtlSeconds, demoCode } satisfies v.InferOutput<
          typeof s.CodeSent
        >);
      }),
    ),
    http.post(
      '*/api/auth/session',
      apiRoute(store, async ({ request }) => {
        const { phone, code } = parseWith(s.SessionRequest, await readJson(request));
        const verdict = store.verifyCode(phone, code);
        if (verdict !== 'ok') throw new Problem(401, verdict, 'Ask for a new code and try again.');
        const user = store.ensureUser(phone);
        return json({ token: store.openSession(phone), user: { id: user.id, phone: user.phone } } satisfies s.Session);
      }),
    ),
    // Signing out must work with a stale token too (PRODUCT.md: sign-out works online or offline).
    http.delete(
      '*/api/auth/session',
      apiRoute(store, ({ request }) => {
        const token = /^Bearer\s+(\S+)$/i.exec(request.headers.get('Authorization') ?? '')?.[1];
        if (token) store.closeSession(token);
        return new HttpResponse(null, { status: 204 });
      }),
    ),
    http.get(
      '*/api/sync',
      apiRoute(store, ({ request }) => json(sync(store, requireUser(store, request), new URL(request.url)))),
    ),
    mutation('*/api/consents', s.ConsentChange, changeConsent),
    mutation('*/api/blocks', s.BlockChange, changeBlock),
    mutation('*/api/reports', s.ReportRequest, fileReport),
    ...pushSubscriptionHandlers(store),
    http.get(
      '*/api/links/:code',
      apiRoute(store, ({ params }) => json(resolveLink(store, String(params.code)))),
    ),
  ];
}

/** Unknown paths under our prefixes answer problem JSON instead of falling through to the app. */
const notFound = [
  http.all(
    '*/api/*',
    guarded(({ request }) => problem404(request)),
  ),
  http.all(
    '*/__mock/*',
    guarded(({ request }) => problem404(request)),
  ),
];

function problem404(request: Request): never {
  throw new Problem(404, 'not-found', `No route for ${request.method} ${new URL(request.url).pathname}.`);
}

/** Every handler of the mock backend: the API, then the scenario API, then the 404 catch-alls. */
export function createHandlers(store: MockStore) {
  return [...apiHandlers(store), ...createScenarioHandlers(store), pushSubscriptionScenario(store), ...notFound];
}
