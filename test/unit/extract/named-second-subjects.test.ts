// A reported clause ends where a second named subject with its own speech verb starts (", and Foreign Ministry
// spokesman X said", ", while Rwanda has accused ..."), so each speaker keeps their own words; sentences written for
// the test.
import { describe, expect, it } from 'vitest';
import { reportedSpeech } from './helpers.ts';

const LEAD =
  'Border talks\n\nKenya and Uganda held talks on the Lake Victoria fisheries accord in Kampala on Monday.\n\n';

describe('a second named subject with a speech verb', () => {
  it('ends a stance before a spokesman\'s quote: ", and ... spokesman X said: "..."', () => {
    const said = reportedSpeech(
      `${LEAD}Kenya announced its support for the fisheries accord, and Kenyan Foreign Ministry spokesman Peter Mwangi said on Tuesday: "Kenya backs this accord and thanks Uganda."`,
    );
    expect(said).toContainEqual(['KEN', 'its support for the fisheries accord']);
    expect(said.filter(([speaker]) => speaker === 'KEN')).toHaveLength(1);
  });

  it('gives the second subject its own words: ", while Uganda insisted ..."', () => {
    const said = reportedSpeech(
      `${LEAD}Kenya accused Uganda of seizing fishing boats, while Uganda insisted the boats had crossed the border.`,
    );
    expect(said).toContainEqual(['KEN', 'accused Uganda of seizing fishing boats']);
    expect(said).toContainEqual(['UGA', 'the boats had crossed the border']);
  });
});
