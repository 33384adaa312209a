// A stage of the deal in view ("In phase one, ...", "the second phase", "the first stage") is about that deal; a
// phase of something else ("the next phase of the war") or a time ("the coming phase") is not.

import { describe, expect, it } from 'vitest';
import { linkedAgreements } from './helpers.ts';

const DEAL =
  'Israel, Hamas agree ceasefire deal\n\nIsrael and Hamas agreed to a ceasefire deal in Doha on Wednesday after months of talks.\n\n';

describe('a stage of the deal in view', () => {
  it.each([
    [
      '"In phase one, ..."',
      '“In phase one, 33 hostages will be freed,” Egyptian Foreign Minister Sameh Shoukry said.',
      'In phase',
    ],
    [
      '"the second phase"',
      'Egyptian Foreign Minister Sameh Shoukry said the second phase would start in March.',
      'the second',
    ],
    [
      '"the first stage"',
      'Egyptian Foreign Minister Sameh Shoukry said the first stage would last six weeks.',
      'the first',
    ],
  ])('%s is about the deal', (_shape, sentence, opening) => {
    expect(linkedAgreements(`${DEAL}${sentence}`, opening)).toBe(1);
  });

  it.each([
    [
      'a time ("the coming phase")',
      'Egyptian Foreign Minister Sameh Shoukry said the coming phase would need patience.',
      'the coming',
    ],
    [
      'a phase of something else',
      'Egyptian Foreign Minister Sameh Shoukry said the next phase of the war would be worse.',
      'the next',
    ],
  ])('but not %s', (_shape, sentence, opening) => {
    expect(linkedAgreements(`${DEAL}${sentence}`, opening)).toBe(0);
  });
});
