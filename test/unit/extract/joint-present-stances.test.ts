// Joint releases written in the present tense, on sentences written for the test: "The two countries affirm ...",
// "Both sides call on ...", "Kenya and Ethiopia welcome ...", and "They stress that ..." going on with the same issuers.
import { describe, expect, it } from 'vitest';
import { speakersOf } from './helpers.ts';

const LEAD =
  'Neighbours issue joint statement\n\nKenya and Ethiopia issued a joint statement in Nairobi on Tuesday.\n\n';

describe('joint releases in the present tense', () => {
  it.each([
    [
      'The two countries affirm their commitment to concluding a water-sharing treaty by next year.',
      'water-sharing',
    ],
    ['Both sides call on the armed groups along the border to lay down their weapons.', 'armed groups'],
    ['Kenya and Ethiopia welcome the reopening of the railway line between their capitals.', 'railway line'],
    ['The two countries note that trade between them doubled over the past five years.', 'trade between'],
  ])('gives "%s" to each issuer', (sentence, words) => {
    expect(speakersOf(`${LEAD}${sentence}`, words)).toEqual(['ETH', 'KEN']);
  });

  it('goes on with the same issuers when "they" or "the two countries" follow', () => {
    const text = `${LEAD}The two countries affirm their support for the regional grid project. They stress that the grid will lower power prices across the region.\n\nThe two countries call on donors to fund the second phase of the project.`;
    expect(speakersOf(text, 'power prices')).toEqual(['ETH', 'KEN']);
    expect(speakersOf(text, 'second phase')).toEqual(['ETH', 'KEN']);
  });

  it('reads no statement from a bare verb without a plural subject, a call without its particle, or a note without "that"', () => {
    expect(
      speakersOf(
        `${LEAD}Officials hope to stress the importance of the railway line at the summit.`,
        'railway line',
      ),
    ).toEqual([]);
    expect(
      speakersOf(
        `${LEAD}The two countries call the meeting of the border commission every year.`,
        'border commission',
      ),
    ).toEqual([]);
    expect(
      speakersOf(`${LEAD}The two countries note the progress of the border commission.`, 'border commission'),
    ).toEqual([]);
  });
});
