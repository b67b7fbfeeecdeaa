/**
 * The one fetch wrapper (Pinafore's `_utils/ajax.js` in spirit): base URL, timeout, bearer
 * token, `Idempotency-Key` on mutations, RFC 9457 problem details turned into `ApiError`, and
 * every response parsed with its valibot schema. Network only: no storage, no UI.
 */
import * as v from 'valibot';
import { currentToken, reportUnauthenticated } from './credentials';
import { ApiError } from './errors';
import { ProblemDetails } from './schemas/common';

export { ApiError, type ApiErrorKind } from './errors';

export interface RequestOptions<T> {
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  body?: unknown;
  /** Schema of the response body; `null` for a call answered with no content. */
  schema: v.GenericSchema<unknown, T> | null;
  /** Required for mutations: made when the change was first recorded, reused on retries. */
  idempotencyKey?: string;
  timeoutMs?: number;
  signal?: AbortSignal;
}

export { configureClient } from './credentials';

export const API_BASE: string = (import.meta.env?.VITE_API_BASE as string | undefined) ?? '';

export async function request<T>(path: string, options: RequestOptions<T>): Promise<T> {
  const method = options.method ?? 'GET';
  if (method !== 'GET' && !options.idempotencyKey) throw new Error(`${method} ${path} needs an idempotency key`);
  if (typeof navigator !== 'undefined' && navigator.onLine === false) throw new ApiError('offline', 'offline');

  const headers = new Headers({ Accept: 'application/json, application/problem+json' });
  const token = currentToken();
  if (token) headers.set('Authorization', `Bearer ${token}`);
  if (options.idempotencyKey) headers.set('Idempotency-Key', options.idempotencyKey);
  if (options.body !== undefined) headers.set('Content-Type', 'application/json');

  const timeout = AbortSignal.timeout(options.timeoutMs ?? 15_000);
  const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
  let response: Response;
  try {
    response = await fetch(`${API_BASE}${path}`, {
      method,
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal,
      credentials: 'omit',
    });
  } catch (error) {
    if (timeout.aborted) throw new ApiError('timeout', 'timeout');
    if (options.signal?.aborted) throw error;
    throw new ApiError('network', 'network');
  }

  if (!response.ok) throw await problemFrom(response, path);
  if (options.schema === null) return undefined as T;
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    throw new ApiError('malformed', 'malformed', response.status);
  }
  const parsed = v.safeParse(options.schema, json);
  if (!parsed.success) {
    const where = parsed.issues.map((issue) => v.getDotPath(issue) ?? '(root)').slice(0, 3);
    throw new ApiError('malformed', 'malformed', response.status, { detail: `Unexpected data at ${where.join(', ')}` });
  }
  return parsed.output;
}

async function problemFrom(response: Response, path: string): Promise<ApiError> {
  let problem: ProblemDetails | undefined;
  try {
    const parsed = v.safeParse(ProblemDetails, await response.json());
    if (parsed.success) problem = parsed.output;
  } catch {
    // Not JSON (a proxy's HTML error page, say): the status alone has to do.
  }
  // Any 401 outside sign-in means the session is gone (a gateway's may carry no problem body);
  // on the sign-in calls it only means a wrong or expired code.
  if (response.status === 401 && !path.startsWith('/api/auth/')) reportUnauthenticated();
  return new ApiError('http', problem?.code ?? `http-${response.status}`, response.status, problem);
}

export interface Endpoint {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  path: string;
  body: v.GenericSchema | null;
  response: v.GenericSchema | null;
}
type ResponseOf<E extends Endpoint> = E['response'] extends v.GenericSchema ? v.InferOutput<E['response']> : undefined;
type BodyOf<E extends Endpoint> = E['body'] extends v.GenericSchema ? v.InferInput<E['body']> : undefined;

/** Calls one endpoint of src/api/endpoints.ts; `{name}` in its path is filled from `params`. */
export function call<E extends Endpoint>(
  endpoint: E,
  options: {
    params?: Record<string, string>;
    body?: BodyOf<E>;
    idempotencyKey?: string;
    timeoutMs?: number;
    signal?: AbortSignal;
  } = {},
): Promise<ResponseOf<E>> {
  const path = endpoint.path.replace(/\{(\w+)\}/g, (_, name: string) =>
    encodeURIComponent(options.params?.[name] ?? ''),
  );
  return request(path, {
    method: endpoint.method,
    body: options.body,
    schema: endpoint.response as v.GenericSchema<unknown, ResponseOf<E>> | null,
    idempotencyKey: options.idempotencyKey,
    timeoutMs: options.timeoutMs,
    signal: options.signal,
  });
}
