// Talks and meetings told only by the country they sat in ("negotiations in Qatar", "the meeting in Norway"): the
// country is their place, even when no party is named with them and "the" opens the first one told.

import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

function meetingsOf(text: string): { kind: string; place: string | null }[] {
  const result = extract(text);
  return result.meetings.map((m) => ({
    kind: m.kind,
    place: m.place ? (result.places.find((p) => p.id === m.place)?.name ?? m.place) : null,
  }));
}

describe('meetings hosted by a country', () => {
  it('places talks in the country named after "in"', () => {
    expect(
      meetingsOf('The rebels accepted the truce on Sunday after three days of negotiations in Qatar.'),
    ).toEqual([{ kind: 'talks', place: 'Qatar' }]);
  });

  it('keeps the first meeting told with "the" when its country follows', () => {
    expect(
      meetingsOf('After the meeting in Norway, both delegations published a short joint communique.'),
    ).toEqual([{ kind: 'meeting', place: 'Norway' }]);
  });

  it('still reads a topic country as no place of the talks', () => {
    expect(
      meetingsOf('Ministers from Kenya and Uganda held talks on the fighting in Sudan on Monday.').map(
        (m) => m.place,
      ),
    ).not.toContain('Sudan');
  });

  it('reads no country of talks from a seat of government', () => {
    expect(
      meetingsOf(
        'The Danish Prime Minister flew to Washington on Thursday. In a statement issued after talks in the White House, both sides pledged closer ties.',
      ).map((m) => m.place),
    ).not.toContain('United States');
  });
});
