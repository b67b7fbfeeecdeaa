/**
 * Mounts the mock backend same-origin in `vite` (dev) and `vite preview`, as plain connect
 * middleware: the app's real service worker and fetches see an ordinary server, and no MSW
 * browser worker is ever registered (it would fight the app's own worker for the scope).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { getResponse } from 'msw';
import type { Plugin } from 'vite';
import { createHandlers } from './handlers.ts';
import { MockStore } from './store.ts';

const PREFIXES = ['/api/', '/__mock/'];

async function readBody(req: IncomingMessage): Promise<Uint8Array<ArrayBuffer> | undefined> {
  if (req.method === 'GET' || req.method === 'HEAD') return undefined;
  const chunks: Uint8Array[] = [];
  for await (const chunk of req) chunks.push(typeof chunk === 'string' ? new TextEncoder().encode(chunk) : chunk);
  const body = new Uint8Array(chunks.reduce((length, chunk) => length + chunk.length, 0));
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.length;
  }
  return body;
}

/** Node's request as a fetch `Request`, with an absolute URL built from the Host header. */
async function toFetchRequest(req: IncomingMessage): Promise<Request> {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    for (const item of Array.isArray(value) ? value : [value]) headers.append(name, item);
  }
  const url = new URL(req.url ?? '/', `http://${req.headers.host ?? 'localhost'}`);
  const body = await readBody(req);
  return new Request(url, { method: req.method, headers, body: body?.length ? body : undefined });
}

async function writeResponse(res: ServerResponse, response: Response): Promise<void> {
  res.statusCode = response.status;
  response.headers.forEach((value, name) => {
    // The body below is already decoded and complete; let Node frame it.
    if (name !== 'content-length' && name !== 'content-encoding' && name !== 'transfer-encoding')
      res.setHeader(name, value);
  });
  res.setHeader('Cache-Control', 'no-store');
  res.end(new Uint8Array(await response.arrayBuffer()));
}

function notFound(res: ServerResponse, path: string): void {
  res.statusCode = 404;
  res.setHeader('Content-Type', 'application/problem+json');
  res.end(
    JSON.stringify({
      type: 'about:blank',
      title: 'Not found',
      status: 404,
      detail: `No mock for ${path}`,
      code: 'not-found',
    }),
  );
}

/** Vite plugin: answers `/api/*` and `/__mock/*` from one in-memory store per server process. */
export function mockBackend(): Plugin {
  const store = new MockStore('demo');
  const handlers = createHandlers(store);
  const middleware = (req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void) => {
    const path = req.url ?? '/';
    if (!PREFIXES.some((prefix) => path.startsWith(prefix))) return next();
    (async () => {
      const response = await getResponse(handlers, await toFetchRequest(req));
      if (response) await writeResponse(res, response);
      else notFound(res, path);
    })().catch(next);
  };
  return {
    name: 'permiso-mock-backend',
    configureServer(server) {
      server.middlewares.use(middleware);
    },
    configurePreviewServer(server) {
      server.middlewares.use(middleware);
    },
  };
}
