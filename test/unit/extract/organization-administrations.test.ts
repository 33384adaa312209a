// "Administration" ends the name of a state agency ("National Space Administration") but also follows a leader's
// name or a country alone ("the Biden Administration"), which name a government. Sentences are our own.

import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const orgs = (text: string): string[] => extract(text).organizations.map((o) => o.name);

describe('an agency named "... Administration"', () => {
  it.each([
    [
      'a country opening the name',
      'The Kenya National Fisheries Administration signed the deal.',
      'Kenya National Fisheries Administration',
    ],
    [
      "after a country's possessive",
      "Brazil's Federal River Administration said on Monday it would help.",
      'Federal River Administration',
    ],
  ])('is an organization with %s', (_shape, text, name) => {
    expect(orgs(text)).toContain(name);
  });

  it.each([
    ["a leader's name", 'Officials of the Obama Administration met the envoy on Monday.'],
    ['a country alone', 'The US Administration said it would respond to the letter.'],
  ])('is a government after %s', (_shape, text) => {
    expect(orgs(text).join(' | ')).not.toContain('Administration');
  });
});
