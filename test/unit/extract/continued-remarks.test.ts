// The same speaker's next words after their words on a deal, saying what one of its sides will or must do ("He said
// Niger would withdraw its troops ...") state a term of that deal though they name none; not words on something else,
// nor more talks to come.

import { describe, expect, it } from 'vitest';
import { linkedAgreements } from './helpers.ts';

const HEAD =
  'Chad, Niger seal border accord\n\nChad and Niger signed a border demarcation agreement in Abuja on Monday.\n\n';
const NAMED =
  'Chadian Foreign Minister Abderaman Koulamallah said the agreement would end years of disputes over the river islands.\n\n';

describe("a term of the deal in the same speaker's next words", () => {
  it.each([
    [
      'a side and "would"',
      'He said Niger would withdraw its troops from the disputed islands within a month.',
    ],
    ['a side and "must"', 'Koulamallah said Niger must hand over the customs post at Bosso by March.'],
  ])('%s, the sentence after', (_shape, sentence) => {
    expect(linkedAgreements(`${HEAD}${NAMED}${sentence}`, 'Niger')).toBe(1);
  });

  it('across a sentence of background between them', () => {
    const text = `${HEAD}${NAMED}The islands have changed hands three times since 1990.\n\nHe said Niger would withdraw its troops from the disputed islands within a month.`;
    expect(linkedAgreements(text, 'Niger')).toBe(1);
  });

  it('but not words with no side bound to anything', () => {
    const text = `${HEAD}${NAMED}He said the fishermen of the lake had suffered for too long.`;
    expect(linkedAgreements(text, 'the fishermen')).toBe(0);
  });

  it('nor more talks to come', () => {
    const text = `${HEAD}${NAMED}He said Niger would host talks on the water sharing next month.`;
    expect(linkedAgreements(text, 'Niger')).toBe(0);
  });
});
