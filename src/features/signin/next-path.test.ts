import { describe, expect, it } from 'vitest';
import { safeNextPath } from './next-path';

describe('safeNextPath', () => {
  it('keeps a path on this origin, with its query', () => {
    expect(safeNextPath('/r/ABC123?x=1')).toBe('/r/ABC123?x=1');
    expect(safeNextPath('/orders/ord-1')).toBe('/orders/ord-1');
  });

  it.each([
    undefined,
    '',
    'https://evil.example/',
    '//evil.example/x',
    '/\\evil.example',
    'javascript:alert(1)',
    '/signin',
    '/.//evil.com',
    '/..//evil.com',
    '/%2e//evil.com',
    '/%2E%2E//evil.com',
    '/./\\evil.com',
  ])('sends %s home', (next) => {
    expect(safeNextPath(next)).toBe('/');
  });
});
