// @vitest-environment node
/**
 * docs/api.schema.json is generated from the valibot schemas, so the documentation a backend
 * team implements against cannot drift from what the app parses. `npm run api:docs` rewrites it.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { toJsonSchema } from '@valibot/to-json-schema';
import type * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { endpoints } from './endpoints';
import { PushPayload } from './schemas/push';

const FILE = resolve(process.cwd(), 'docs/api.schema.json');

function schemaOf(schema: v.GenericSchema | null) {
  // `errorMode: 'ignore'` documents the input shape of schemas that also normalise (phone numbers).
  return schema ? toJsonSchema(schema, { errorMode: 'ignore', target: 'draft-2020-12' }) : null;
}

function apiDocument() {
  return {
    $comment: 'Generated from src/api/schemas.ts and src/api/endpoints.ts by `npm run api:docs`. Do not edit.',
    title: 'Permiso API',
    conventions: {
      auth: 'Authorization: Bearer <token> from POST /api/auth/session, on every call but auth and links.',
      idempotency:
        'Every mutation carries Idempotency-Key: <uuid>; same key + same body replays, different body is 422.',
      errors: 'application/problem+json (RFC 9457) with a stable `code`.',
    },
    push: {
      description:
        'Web Push payload (JSON) the backend sends when a message, order or payment changes: ids only, never text. The app checks blocks, consent and quiet hours itself; extra fields are allowed.',
      payload: schemaOf(PushPayload),
    },
    endpoints: Object.fromEntries(
      Object.entries(endpoints).map(([name, e]) => [
        name,
        { method: e.method, path: e.path, request: schemaOf(e.body), response: schemaOf(e.response) },
      ]),
    ),
  };
}

describe('API documentation', () => {
  it('is generated from the schemas and up to date', () => {
    const current = `${JSON.stringify(apiDocument(), null, 2)}\n`;
    if (process.env.UPDATE_API_DOCS) writeFileSync(FILE, current);
    expect(existsSync(FILE), 'docs/api.schema.json is missing: run npm run api:docs').toBe(true);
    expect(readFileSync(FILE, 'utf8'), 'docs/api.schema.json is stale: run npm run api:docs').toBe(current);
  });
});
