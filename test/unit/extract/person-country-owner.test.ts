// A person whose title names no country takes the one country of their introducing sentence, but not a country
// that belongs to someone else: one attached to another name by its title ("Philippine Foreign Secretary X",
// "X of Chile", "Chile's X") or one inside a quote (what was said, not whom the speaker represents).

import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const countryOf = (text: string, name: string): string | null | undefined =>
  extract(text).persons.find((p) => p.name === name)?.country;

describe("a person's country from their sentence", () => {
  it.each([
    'Defense Minister Jonas Berg held talks with Philippine Foreign Secretary Marco Reyes in Manila.',
    'Adviser Jonas Berg met President Carla Ruiz of Chile on Monday.',
    "Adviser Jonas Berg met Chile's Foreign Minister Carla Ruiz on Monday.",
    '"Japan is investing in the relationship," said Jonas Berg, a professor at a private university.',
    '“Even without Russia, the corridor must stay open,” his spokesman, Jonas Berg, said on Monday.',
    // A country that qualifies a title held by someone the sentence does not name is that holder's.
    "Spokeswoman Jonas Berg said the Chilean foreign minister's trip was routine.",
    'The Danish envoy will later call on Speaker Jonas Berg at the assembly.',
    'Adviser Jonas Berg welcomed her Peruvian counterpart at the airport.',
  ])('"%s" gives Jonas Berg no country', (text) => {
    expect(countryOf(text, 'Jonas Berg')).toBeNull();
  });

  it.each([
    ['Trade Minister Jonas Berg of Norway met the delegation on Monday.', 'NOR'],
    ['Trade Minister Jonas Berg said Norway would sign the accord.', 'NOR'],
    ['Philippine Foreign Secretary Marco Reyes met Jonas Berg, the trade minister of Norway.', 'NOR'],
    // A demonym before two coordinated names covers both.
    ['The visit was hosted by Norwegian Prime Minister Marco Reyes and Trade Minister Jonas Berg.', 'NOR'],
    // A demonym before an opposition office, and before two lower-case offices joined by "and".
    ['Norwegian opposition leader Jonas Berg said Sweden had erred.', 'NOR'],
    ['Norwegian presidential adviser and spokesman Jonas Berg said Sweden had erred.', 'NOR'],
    // Two titles of one holder joined by "and" still run into the holder's name.
    ["Norway's deputy minister and chief negotiator Jonas Berg said the talks went well.", 'NOR'],
    ['The Chilean foreign minister met the press before Trade Minister Jonas Berg of Norway spoke.', 'NOR'],
    // "X of <country>" says whom X represents even when the sentence names another country after it.
    ['Trade Minister Jonas Berg of Norway spoke by phone, the Kremlin press service said.', 'NOR'],
  ] as const)('"%s" still gives Jonas Berg %s', (text, expected) => {
    expect(countryOf(text, 'Jonas Berg')).toBe(expected);
  });

  it('keeps the country of the one it is attached to', () => {
    expect(
      countryOf(
        'Defense Minister Jonas Berg held talks with Philippine Foreign Secretary Marco Reyes in Manila.',
        'Marco Reyes',
      ),
    ).toBe('PHL');
  });

  it.each([
    ['Norwegian opposition leader Jonas Berg said Sweden had erred.', 'opposition leader'],
    [
      'Norwegian presidential adviser and spokesman Jonas Berg said Sweden had erred.',
      'presidential adviser and spokesman',
    ],
  ])('reads the whole title of "%s"', (text, title) => {
    expect(extract(text).persons.find((p) => p.name === 'Jonas Berg')?.title).toBe(title);
  });
});
