// "the peace agreement" a story calls the ceasefire it told of is that ceasefire, not a second instrument.
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const names = (text: string): string[] =>
  extract(text, { publishedAt: '2025-03-02' }).agreements.map((a) => a.name);

describe('the peace agreement after the story’s ceasefire', () => {
  it.each([
    [
      'an agreement on a cessation of hostilities',
      'After a week of talks in Arusha, delegates of both sides signed an agreement on a "permanent cessation of hostilities" on Monday.\n"Implementation of the peace agreement signed today is vital," the mediator said.',
    ],
    [
      'a truce',
      'Mediators brokered a truce between the army and the rebels in Arusha on Monday.\nThe peace deal was sealed after ten days of talks, the mediators said.',
    ],
  ])('is that ceasefire: %s', (_shape, text) => {
    expect(names(text)).toHaveLength(1);
  });

  it('stays apart from a peace agreement of another year', () => {
    expect(
      names(
        'Mediators brokered a truce between the army and the rebels in Arusha on Monday.\nThe truce should save the 2018 peace deal, the mediators said.',
      ),
    ).toHaveLength(2);
  });
});
