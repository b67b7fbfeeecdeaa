import { afterEach, describe, expect, it } from 'vitest';
import { parseReceiptCode, receiptUrl } from '../../core/receipt-code';
import { savePendingChoice, takePendingChoice } from '../../data/pending-choice';
import { hasModule, qrPath } from './qr';

describe('parseReceiptCode', () => {
  it('takes a bare code, a path or a URL — keeping only the code', () => {
    expect(parseReceiptCode(' demo-libreria ')).toBe('demo-libreria');
    expect(parseReceiptCode('/r/demo_casa-lucia')).toBe('demo_casa-lucia');
    expect(parseReceiptCode('https://permiso.example/r/AbC123?verification=verified')).toBe('AbC123');
    expect(parseReceiptCode('https://evil.example/r/AbC123/')).toBe('AbC123');
  });

  it('refuses anything else', () => {
    for (const bad of ['', 'no', 'has spaces in it', '/b/biz-onda', 'javascript:alert(1)', '/r/a!b', '/r/x'])
      expect(parseReceiptCode(bad), bad).toBeNull();
  });

  it('builds the link on this origin', () => {
    expect(receiptUrl('abc_1', 'https://app.example')).toBe('https://app.example/r/abc_1');
  });
});

describe('qrPath', () => {
  it('draws a square code with the three finder patterns and a quiet zone', () => {
    const path = qrPath('https://app.example/r/demo-libreria');
    const modules = path.size - 8;
    expect(modules).toBeGreaterThanOrEqual(21);
    expect((modules - 17) % 4).toBe(0); // version v has 17 + 4v modules per side
    for (const [row, col] of [
      [0, 0],
      [0, modules - 1],
      [modules - 1, 0],
      [6, 6],
    ])
      expect(hasModule(path, row as number, col as number)).toBe(true);
    expect(hasModule(path, 7, 7)).toBe(false); // the separator around a finder is light
    expect(path.d).not.toMatch(/[<>"]/);
  });
});

describe('pending receipt choice', () => {
  afterEach(() => sessionStorage.clear());
  const choice = {
    code: 'abcd',
    businessId: 'biz-onda',
    topics: ['orders' as const],
    shownText: 'x',
    dataUseVersion: '1',
  };

  it('is taken once, for the same code and business', () => {
    savePendingChoice(choice);
    expect(takePendingChoice('other', 'biz-onda')).toBeNull();
    expect(takePendingChoice('abcd', 'biz-onda')?.topics).toEqual(['orders']);
    expect(takePendingChoice('abcd', 'biz-onda')).toBeNull();
  });

  it('is dropped when stale, for another business, or tampered with', () => {
    savePendingChoice(choice);
    expect(takePendingChoice('abcd', 'biz-onda', Date.now() + 31 * 60 * 1000)).toBeNull();
    savePendingChoice(choice);
    expect(takePendingChoice('abcd', 'biz-veloz')).toBeNull();
    sessionStorage.setItem('permiso.receiptChoice', '{"code":"abcd","topics":["everything"]}');
    expect(takePendingChoice('abcd', 'biz-onda')).toBeNull();
    sessionStorage.setItem('permiso.receiptChoice', 'not json');
    expect(takePendingChoice('abcd', 'biz-onda')).toBeNull();
  });
});
