import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from './security-policy';

const directive = (csp: string, name: string) =>
  csp
    .split('; ')
    .find((part) => part.startsWith(`${name} `))
    ?.split(' ')
    .slice(1);

describe('the Content-Security-Policy', () => {
  it('allows only the Trusted Types policy the app creates (src/trusted-types.ts: default)', () => {
    expect(directive(contentSecurityPolicy(), 'trusted-types')).toEqual(['default']);
    expect(directive(contentSecurityPolicy(), 'require-trusted-types-for')).toEqual(["'script'"]);
  });
});
