/**
 * The mock backend for unit tests (msw/node). Tests share one store per test file; call
 * `store.reset('demo')` (or 'empty') in `beforeEach` when a test needs a clean slate.
 *
 *   beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
 *   afterEach(() => server.resetHandlers());
 *   afterAll(() => server.close());
 */
import { setupServer } from 'msw/node';
import { createHandlers } from './handlers';
import { MockStore } from './store';

export const store = new MockStore('demo');
export const server = setupServer(...createHandlers(store));
