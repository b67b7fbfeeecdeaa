/**
 * Plumbing shared by the API and scenario handlers: RFC 9457 problems, body parsing with
 * the contract's schemas, bearer auth, faults and idempotency. Handlers throw `Problem`;
 * the wrappers here turn it into a response, so each route reads as its happy path.
 */
import { delay, HttpResponse } from 'msw';
import * as v from 'valibot';
import type { MockStore, UserState } from './store.ts';
import { normalizePhone } from './store.ts';

const TITLES: Record<number, string> = {
  400: 'Bad request',
  401: 'Unauthenticated',
  403: 'Forbidden',
  404: 'Not found',
  409: 'Conflict',
  410: 'Gone',
  422: 'Unprocessable content',
  500: 'Internal error',
  503: 'Service unavailable',
};

/** An error answer; `code` is our stable reason the app translates (ProblemDetails.code). */
export class Problem extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly detail: string = code,
  ) {
    super(`${status} ${code}: ${detail}`);
  }

  toResponse(): Response {
    const body = { type: `https://permiso.example/problems/${this.code}`, title: TITLES[this.status] ?? 'Error' };
    return HttpResponse.json(
      { ...body, status: this.status, detail: this.detail, code: this.code },
      { status: this.status, headers: { 'Content-Type': 'application/problem+json' } },
    );
  }
}

export const problem = (status: number, code: string, detail?: string) =>
  new Problem(status, code, detail).toResponse();

/** Issue messages in the contract that are already stable reason codes (see `Phone`, `OneTimeCode`). */
const REASON_CODES = new Set(['invalid-phone', 'invalid-code']);

/** Parse with a contract schema; a failure is a 400 naming what was wrong. */
export function parseWith<S extends v.GenericSchema>(schema: S, input: unknown): v.InferOutput<S> {
  const result = v.safeParse(schema, input);
  if (result.success) return result.output;
  const reason = result.issues.find((issue) => REASON_CODES.has(issue.message))?.message;
  throw new Problem(400, reason ?? 'invalid-request', v.summarize(result.issues));
}

/** The JSON body, `{}` when empty; malformed JSON is the client's fault (400). */
export async function readJson(request: Request): Promise<unknown> {
  const text = await request.text();
  if (text.trim() === '') return {};
  try {
    return JSON.parse(text);
  } catch {
    throw new Problem(400, 'invalid-request', 'The body is not valid JSON.');
  }
}

const bearer = (request: Request) => /^Bearer\s+(\S+)$/i.exec(request.headers.get('Authorization') ?? '')?.[1];

/** The signed-in user, or a 401 the app answers by signing in again. */
export function requireUser(store: MockStore, request: Request): UserState {
  const token = bearer(request);
  const user = token ? store.userForToken(token) : undefined;
  if (!user) throw new Problem(401, 'unauthenticated', 'Sign in first: a valid bearer token is required.');
  return user;
}

/** Whose faults apply: the session's phone, or the phone in a sign-in body; null for anonymous calls. */
async function faultScope(store: MockStore, request: Request): Promise<string | null> {
  const token = bearer(request);
  if (token) return store.sessions.get(token) ?? null;
  if (request.method !== 'POST') return null;
  try {
    const body: unknown = await request.clone().json();
    const phone = (body as { phone?: unknown } | null)?.phone;
    return typeof phone === 'string' ? normalizePhone(phone) : null;
  } catch {
    return null;
  }
}

export type Resolver = (info: {
  request: Request;
  params: Record<string, string | readonly string[] | undefined>;
}) => Response | Promise<Response>;

/** Turn thrown Problems into answers; anything else is a bug in the mock and says so. */
export function guarded(resolve: Resolver): Resolver {
  return async (info) => {
    try {
      return await resolve(info);
    } catch (error) {
      if (error instanceof Problem) return error.toResponse();
      console.error('[mock backend]', error);
      return problem(500, 'mock-error', error instanceof Error ? error.message : String(error));
    }
  };
}

/**
 * An `/api/` route under the configured faults: latency first, then a failure before any
 * work, and for mutations a failure after the change is committed — the case that proves
 * the client's retries are exactly-once.
 */
export function apiRoute(store: MockStore, resolve: Resolver, options: { mutation?: boolean } = {}): Resolver {
  const inner = guarded(resolve);
  return async (info) => {
    const faults = store.faultsFor(await faultScope(store, info.request));
    if (faults.latencyMs > 0) await delay(faults.latencyMs);
    if (Math.random() < faults.failRate) return problem(503, 'unavailable', 'Injected fault (failRate).');
    const response = await inner(info);
    if (options.mutation && response.ok && Math.random() < faults.afterCommitFailRate) {
      return problem(503, 'unavailable', 'Injected fault after the change was committed (afterCommitFailRate).');
    }
    return response;
  };
}

/** JSON with keys sorted, so `{a,b}` and `{b,a}` count as the same body for idempotency. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, item]) => `${JSON.stringify(k)}:${canonicalJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/**
 * Apply a mutation at most once per `Idempotency-Key` (draft-ietf-httpapi-idempotency-key-header):
 * a repeat with the same body replays the stored answer, with a different body it is refused.
 * Only successful outcomes are stored, so a request that failed validation can be fixed and resent.
 */
export async function idempotent(user: UserState, request: Request, apply: (input: unknown, key: string) => unknown) {
  const key = request.headers.get('Idempotency-Key')?.trim();
  if (!key) throw new Problem(400, 'idempotency-key-missing', 'Every mutation needs an Idempotency-Key header.');
  if (key.length > 255) throw new Problem(400, 'invalid-request', 'Idempotency-Key is longer than 255 characters.');
  const input = await readJson(request);
  const fingerprint = `${request.method} ${new URL(request.url).pathname} ${canonicalJson(input)}`;
  const stored = user.idempotency.get(key);
  if (stored) {
    if (stored.fingerprint !== fingerprint) {
      throw new Problem(
        422,
        'idempotency-key-reused',
        'This Idempotency-Key was already used with a different request.',
      );
    }
    return HttpResponse.json(stored.body as object, {
      status: stored.status,
      headers: { 'Idempotent-Replayed': 'true' },
    });
  }
  const body = apply(input, key);
  // A snapshot, so later changes to the same record never leak into the replay.
  user.idempotency.set(key, { fingerprint, status: 200, body: structuredClone(body) });
  return HttpResponse.json(body as object, { status: 200 });
}
