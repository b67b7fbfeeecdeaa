// IndexedDB for jsdom: must be in place before idb is first imported.
import 'fake-indexeddb/auto';
import { cleanup } from '@solidjs/testing-library';
import { afterEach } from 'vitest';

// Vitest runs without globals, so testing-library cannot register its own cleanup.
afterEach(cleanup);

// jsdom has no layout: the router's scroll-to-top on navigation is a no-op here.
if (typeof window !== 'undefined') window.scrollTo = () => {};
