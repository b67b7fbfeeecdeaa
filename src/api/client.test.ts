import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import * as v from 'valibot';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ApiError, configureClient, request } from './client';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const Thing = v.object({ id: v.string() });

describe('request', () => {
  it('sends the bearer token and the idempotency key, and parses the answer', async () => {
    configureClient({ getToken: () => 'token-123' });
    let seen: Headers | undefined;
    server.use(
      http.post('*/api/things', ({ request }) => {
        seen = request.headers;
        return HttpResponse.json({ id: 't1', extra: 'ignored' });
      }),
    );
    const thing = await request('/api/things', { method: 'POST', body: {}, schema: Thing, idempotencyKey: 'key-1' });
    expect(thing).toEqual({ id: 't1' });
    expect(seen?.get('authorization')).toBe('Bearer token-123');
    expect(seen?.get('idempotency-key')).toBe('key-1');
  });

  it('refuses a mutation without an idempotency key', async () => {
    await expect(request('/api/things', { method: 'POST', schema: null })).rejects.toThrow(/idempotency key/);
  });

  it('turns problem details into a typed, translatable error', async () => {
    server.use(
      http.get('*/api/things', () =>
        HttpResponse.json(
          { type: 'about:blank', title: 'Wrong code', status: 401, code: 'wrong-code' },
          { status: 401, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );
    const error = await request('/api/things', { schema: Thing }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ kind: 'http', code: 'wrong-code', status: 401 });
    expect((error as ApiError).retryable).toBe(false);
  });

  it('reports a response that does not match the contract as malformed', async () => {
    server.use(http.get('*/api/things', () => HttpResponse.json({ id: 42 })));
    await expect(request('/api/things', { schema: Thing })).rejects.toMatchObject({ kind: 'malformed' });
    server.use(http.get('*/api/things', () => new HttpResponse('<html>oops</html>', { status: 200 })));
    await expect(request('/api/things', { schema: Thing })).rejects.toMatchObject({ kind: 'malformed' });
  });

  it('gives up after the timeout', async () => {
    server.use(http.get('*/api/things', () => new Promise(() => {})));
    await expect(request('/api/things', { schema: Thing, timeoutMs: 50 })).rejects.toMatchObject({ kind: 'timeout' });
  });

  it('names server errors retryable and a plain HTML error page by status', async () => {
    server.use(http.get('*/api/things', () => new HttpResponse('Bad gateway', { status: 502 })));
    const error = (await request('/api/things', { schema: Thing }).catch((e: unknown) => e)) as ApiError;
    expect(error).toMatchObject({ kind: 'http', code: 'http-502' });
    expect(error.retryable).toBe(true);
  });
});
