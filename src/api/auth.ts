import type { Endpoint } from './client';
import { CodeRequest, CodeSent, Session, SessionRequest } from './schemas/auth';

/** Sign-in endpoints: kept apart so the first screen loads only their schemas. */
export const authEndpoints = {
  requestCode: { method: 'POST', path: '/api/auth/code', body: CodeRequest, response: CodeSent },
  createSession: { method: 'POST', path: '/api/auth/session', body: SessionRequest, response: Session },
  deleteSession: { method: 'DELETE', path: '/api/auth/session', body: null, response: null },
} as const satisfies Record<string, Endpoint>;
