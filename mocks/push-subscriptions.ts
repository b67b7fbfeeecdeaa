/**
 * Where the backend may push: each consumer's registered Web Push subscriptions, by endpoint.
 * An endpoint belongs to one device and so to one consumer at a time; ending the session that
 * registered it drops it (MockStore.closeSession). Not consent changes, so no ledger events.
 */
import { HttpResponse, http } from 'msw';
import * as s from '../src/api/schemas/index.ts';
import { apiRoute, guarded, idempotent, parseWith, requireUser } from './http.ts';
import { consumerFor, queryPhone } from './scenario-commerce.ts';
import type { MockStore, UserState } from './store.ts';

const bearer = (request: Request) => /^Bearer\s+(\S+)$/i.exec(request.headers.get('Authorization') ?? '')?.[1] ?? '';

/** Store (or replace) a subscription under this session, taking it from any other consumer. */
function save(store: MockStore, user: UserState, token: string, registration: s.PushRegistration) {
  for (const other of store.users.values()) other.pushSubscriptions.delete(registration.endpoint);
  user.pushSubscriptions.set(registration.endpoint, { ...registration, token });
  return registration;
}

/** `PUT` and `DELETE /api/push-subscription`: signed in, idempotent, subject to faults. */
export function pushSubscriptionHandlers(store: MockStore) {
  return [
    http.put(
      '*/api/push-subscription',
      apiRoute(
        store,
        ({ request }) => {
          const user = requireUser(store, request);
          return idempotent(user, request, (input) =>
            save(store, user, bearer(request), parseWith(s.PushRegistration, input)),
          );
        },
        { mutation: true },
      ),
    ),
    // 204 whether or not it was registered: the consumer's wish ("stop") is met either way.
    http.delete(
      '*/api/push-subscription',
      apiRoute(
        store,
        async ({ request }) => {
          const user = requireUser(store, request);
          const answer = await idempotent(user, request, (input) => {
            const { endpoint } = parseWith(s.PushUnregistration, input);
            user.pushSubscriptions.delete(endpoint);
            return {};
          });
          const replayed = answer.headers.get('Idempotent-Replayed');
          return new HttpResponse(null, { status: 204, headers: replayed ? { 'Idempotent-Replayed': replayed } : {} });
        },
        { mutation: true },
      ),
    ),
  ];
}

/** `GET /__mock/push-subscriptions?phone=` → `[{endpoint, language}]`: where pushes would go. */
export function pushSubscriptionScenario(store: MockStore) {
  return http.get(
    '*/__mock/push-subscriptions',
    guarded(({ request }) => {
      const user = consumerFor(store, queryPhone(request));
      return HttpResponse.json(
        [...user.pushSubscriptions.values()].map(({ endpoint, language }) => ({ endpoint, language })),
      );
    }),
  );
}
