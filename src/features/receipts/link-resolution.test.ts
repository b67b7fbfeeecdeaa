/** The mock backend's receipt-link answer carries its own lookalike judgement (issue 3). */
import * as v from 'valibot';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { server, store } from '../../../mocks/node';
import { LinkResolution } from '../../api/schemas';

beforeAll(() => {
  server.listen({ onUnhandledRequest: 'error' });
  store.reset('demo');
});
afterAll(() => server.close());

const resolve = async (code: string) =>
  v.parse(LinkResolution, await (await fetch(`http://localhost:3000/api/links/${code}`)).json());

describe('GET /api/links/:code resembles', () => {
  it('names the verified business an impostor imitates, without a session', async () => {
    expect((await resolve('demo-impostor')).resembles).toEqual({ id: 'biz-horizonte', displayName: 'Banco Horizonte' });
  });

  it('is null for a business that imitates nobody', async () => {
    expect((await resolve('demo-libreria')).resembles).toBeNull();
  });
});
