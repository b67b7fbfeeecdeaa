import { describe, expect, it } from 'vitest';
import type { Consent } from '../../api/schemas';
import { newlyGranted } from './receipt-choice';

const consent = (topics: Partial<Consent['topics']>): Consent =>
  ({
    businessId: 'biz-1',
    topics: { orders: false, payments: false, care: false, promotions: false, ...topics },
    blocked: false,
    updatedAt: '2026-01-01T00:00:00.000Z',
  }) as Consent;

describe('newlyGranted', () => {
  it('keeps only the chosen topics the stored consent does not allow yet', () => {
    expect(newlyGranted(['orders', 'promotions'], consent({ orders: true }))).toEqual(['promotions']);
  });

  it('is empty when everything chosen was allowed before (nothing to record, nothing to undo)', () => {
    expect(newlyGranted(['orders'], consent({ orders: true, care: true }))).toEqual([]);
  });

  it('grants everything chosen when there is no consent record yet, once each', () => {
    expect(newlyGranted(['orders', 'care', 'orders'], null)).toEqual(['orders', 'care']);
    expect(newlyGranted(['orders'], undefined)).toEqual(['orders']);
  });
});
