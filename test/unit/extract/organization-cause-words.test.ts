// A movement named after causes may open with a word that is also a title ("Justice" as in "Justice Minister"): joined
// by "and" to another capital it is the name's first word, not a holder's title to cut. Sentences are our own.

import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

describe('a cause word that is also a title, opening a movement', () => {
  it.each([
    ['after "of the"', 'The envoy met Omar Said of the Justice and Renewal Movement (JRM) in Doha.'],
    ['after "and the"', 'The government and the Justice and Renewal Movement (JRM) signed a truce.'],
    ['after an adjective', 'The army fought the insurgent Justice and Renewal Movement for years.'],
  ])('keeps the whole name %s', (_shape, text) => {
    expect(extract(text).organizations.map((o) => o.name)).toContain('Justice and Renewal Movement');
  });

  it('still reads a title before a holder as no part of a name', () => {
    const result = extract('Justice Minister Omar Said of the Renewal Movement spoke on Monday.');
    expect(result.organizations.map((o) => o.name).join(' | ')).not.toContain('Justice');
  });
});
