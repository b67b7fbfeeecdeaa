/**
 * Every endpoint of the backend: method, path, request and response schemas. The client and
 * the API documentation are driven by this table; the mock answers the same paths.
 */
import { authEndpoints } from './auth';
import type { Endpoint } from './client';
import * as s from './schemas';

export const endpoints = {
  ...authEndpoints,
  sync: { method: 'GET', path: '/api/sync?cursor={cursor}&limit={limit}', body: null, response: s.SyncResponse },
  changeConsent: { method: 'POST', path: '/api/consents', body: s.ConsentChange, response: s.Consent },
  changeBlock: { method: 'POST', path: '/api/blocks', body: s.BlockChange, response: s.Consent },
  sendReport: { method: 'POST', path: '/api/reports', body: s.ReportRequest, response: s.ReportAccepted },
  savePushSubscription: {
    method: 'PUT',
    path: '/api/push-subscription',
    body: s.PushRegistration,
    response: s.PushRegistration,
  },
  deletePushSubscription: {
    method: 'DELETE',
    path: '/api/push-subscription',
    body: s.PushUnregistration,
    response: null,
  },
  resolveLink: { method: 'GET', path: '/api/links/{code}', body: null, response: s.LinkResolution },
} as const satisfies Record<string, Endpoint>;
