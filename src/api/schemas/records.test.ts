import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { Business, MessageTemplate, SameOriginImagePath } from './records';

describe('image URLs from the backend', () => {
  it.each(['/logos/libreria-prado.png', '/img/a%20b.webp?v=2', '/x'])('accepts the same-origin path %s', (url) => {
    expect(v.is(SameOriginImagePath, url)).toBe(true);
    expect(new URL(url, 'https://app.example').origin).toBe('https://app.example');
  });

  it.each([
    '/\\evil.com/p.png',
    '//evil.com/p.png',
    '/\t/evil.com/p.png',
    '/\n/evil.com/p.png',
    '/ok\\..\\..\\x.png',
    'https://evil.com/p.png',
    'http://localhost/p.png',
    'data:image/svg+xml,<svg/onload=alert(1)>',
    'javascript:alert(1)',
    'logo.png',
    '',
    `/${'a'.repeat(500)}`,
  ])('refuses %j', (url) => {
    expect(v.is(SameOriginImagePath, url)).toBe(false);
  });

  it('checks a business logo and a template header image, both nullable', () => {
    const logo = Business.entries.logoUrl;
    expect(v.is(logo, null)).toBe(true);
    expect(v.is(logo, '/\\evil.com/p.png')).toBe(false);
    const header = { body: 'Hi', buttons: [] };
    expect(v.is(MessageTemplate, { ...header, headerImageUrl: null })).toBe(true);
    expect(v.is(MessageTemplate, { ...header, headerImageUrl: '/img/header.png' })).toBe(true);
    expect(v.is(MessageTemplate, { ...header, headerImageUrl: '/\\evil.com/p.png' })).toBe(false);
  });
});
