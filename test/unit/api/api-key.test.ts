import { describe, expect, it } from 'vitest';
import { checkApiKey } from '../../../src/api/api-key.ts';

const KEYS = ['first-key-0123456789', 'second-key-0123456789'];

describe('checkApiKey', () => {
  it.each([
    ['Bearer first-key-0123456789', 'valid'],
    ['bearer second-key-0123456789', 'valid'],
    ['Bearer  second-key-0123456789  ', 'valid'],
    [undefined, 'missing'],
    ['', 'missing'],
    ['first-key-0123456789', 'invalid'],
    ['Basic Zmlyc3Q=', 'invalid'],
    ['Bearer first-key-012345678', 'invalid'],
    ['Bearer first-key-0123456789x', 'invalid'],
    ['Bearer first-key-0123456789 extra', 'invalid'],
  ] as const)('%j is %s', (header, verdict) => {
    expect(checkApiKey(header, KEYS)).toBe(verdict);
  });

  it('says when no key is configured, whatever the header', () => {
    expect(checkApiKey('Bearer anything-at-all-here', [])).toBe('not-configured');
  });
});
