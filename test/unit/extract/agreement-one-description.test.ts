// One description told under two kind words ("a legally binding agreement ... a legally binding deal"), sides
// unsaid, is one instrument; a description that says something else stays apart.
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const names = (text: string): string[] => extract(text).agreements.map((a) => a.name);

describe('one description under two kind words', () => {
  it('is one agreement when its sides are unsaid', () => {
    expect(
      names(
        'Nile states given a month to reach dam deal\nNegotiators were given a month to reach a legally binding agreement that settles every open question.\nEgypt, which fears the dam would cut its share of the water, said then that Ethiopia did not want a legally binding deal.',
      ),
    ).toHaveLength(1);
  });

  it('keeps descriptions of two subjects apart', () => {
    expect(
      names(
        'Two deals\nThe negotiators reached a legally binding agreement on the reservoir. They also discussed a separate trade deal on cotton.',
      ),
    ).toHaveLength(2);
  });
});
