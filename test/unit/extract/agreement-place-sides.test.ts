// An agreement signed in a city is the well-known one named after that city even when news writes its sides'
// demonym before it ("the Sudanese peace agreement" signed in Juba): whose it is, not what it is about.
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const names = (text: string, publishedAt = '2020-09-01'): string[] =>
  extract(text, { publishedAt }).agreements.map((a) => a.name);

describe("an agreement told by its sides' demonym and signed in a city", () => {
  it.each([
    [
      'a peace deal signed in Juba',
      'Khartoum and rebels seal accord\nThe Sudanese transitional government and the rebel alliance signed the final peace agreement in Juba on Saturday. Officials called it the Sudanese peace agreement.',
      'Juba Peace Agreement',
      '2020-10-04',
    ],
    [
      'a deal on restoring ties reached in Beijing',
      'UN hails new ties\nThe UN welcomed the Saudi-Iranian agreement to restore diplomatic relations, reached in Beijing on Friday.',
      'Saudi-Iran agreement',
      '2023-03-11',
    ],
  ])('is the city’s known agreement: %s', (_shape, text, known, date) => {
    expect(names(text, date)).toEqual([known]);
  });

  it('keeps a subject of its own apart from the known agreement of that city', () => {
    expect(
      names(
        'Pipeline deal signed\nSudan and Ethiopia signed the Sudanese Nile Pipeline agreement in Juba on Monday.',
      ),
    ).not.toContain('Juba Peace Agreement');
  });
});
