import { beforeEach, describe, expect, it } from 'vitest';
import { deleteDatabase } from '../db/open';
import { readQuietHours } from '../db/quiet-hours';
import { setQuietWindow } from './quiet-hours';

beforeEach(async () => {
  await deleteDatabase();
});

describe('setQuietWindow', () => {
  it('keeps both of two quick edits (read and write in one transaction)', async () => {
    await Promise.all([
      setQuietWindow('biz-a', { start: '21:00', end: '07:00' }),
      setQuietWindow('biz-b', { start: '13:00', end: '15:00' }),
      setQuietWindow(null, { start: '23:00', end: '06:00' }),
    ]);
    expect(await readQuietHours()).toEqual({
      global: { start: '23:00', end: '06:00' },
      businesses: { 'biz-a': { start: '21:00', end: '07:00' }, 'biz-b': { start: '13:00', end: '15:00' } },
    });
  });

  it('clears one business without touching the others', async () => {
    await setQuietWindow('biz-a', { start: '21:00', end: '07:00' });
    await setQuietWindow('biz-b', { start: '13:00', end: '15:00' });
    await setQuietWindow('biz-a', null);
    expect((await readQuietHours()).businesses).toEqual({ 'biz-b': { start: '13:00', end: '15:00' } });
  });
});
