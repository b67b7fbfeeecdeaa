import { describe, expect, it } from 'vitest';
import { checkScriptUrl, checkTemplateHtml } from './trusted-types';

describe('the default Trusted Types policy', () => {
  it('lets Solid templates through', () => {
    const template = '<section><h1 id="inbox-title"></h1><ul class="list"></ul></section>';
    expect(checkTemplateHtml(template)).toBe(template);
  });

  it.each([
    '<img src=x onerror="alert(1)">',
    '<script>alert(1)</script>',
    '<a href="javascript:alert(1)">x</a>',
    '<iframe src="/"></iframe>',
    '<svg><a ONCLICK = "x()"></a></svg>',
  ])('refuses HTML that could run code: %s', (html) => {
    expect(() => checkTemplateHtml(html)).toThrow(TypeError);
  });

  it('allows only our own service worker as a script URL', () => {
    expect(checkScriptUrl('/sw.js')).toBe(`${location.origin}/sw.js`);
    expect(() => checkScriptUrl('https://evil.example/sw.js')).toThrow(TypeError);
    expect(() => checkScriptUrl('/other.js')).toThrow(TypeError);
  });
});
