// A second stance verb after "and" or "but" is a statement of the subject whose words have just ended in the
// sentence (", and announced its refusal to ...", ", and urged ... to ..."), unless someone else was named since;
// sentences written for the test.
import { describe, expect, it } from 'vitest';
import { reportedSpeech } from './helpers.ts';

const LEAD =
  'Dam talks stall\n\nKenya and Uganda held talks on the Lake Victoria fisheries accord in Kampala on Monday.\n\n';

describe('a second stance verb of the same subject', () => {
  it.each([
    [
      'Kenya accused Uganda of stalling the talks, and announced its refusal to sign the fisheries accord.',
      'announced its refusal to sign the fisheries accord',
    ],
    [
      'Kenya accused Uganda of stalling the talks, and urged Kampala to sign the fisheries accord.',
      'urged Kampala to sign the fisheries accord',
    ],
    [
      'Kenya lauded the fisheries accord, and called on both sides to respect it.',
      'called on both sides to respect it',
    ],
  ])('is a statement of its own: %s', (sentence, words) => {
    const said = reportedSpeech(`${LEAD}${sentence}`);
    expect(said).toContainEqual(['KEN', words]);
    expect(said).toHaveLength(2);
  });

  it('is not the first speaker\'s when another subject is named between: "..., while Uganda ... and urged ..."', () => {
    const said = reportedSpeech(
      `${LEAD}Kenya demanded the release of the fishermen, while Uganda closed the border and urged calm.`,
    );
    expect(said.filter(([speaker]) => speaker === 'KEN')).toHaveLength(1);
  });
});
