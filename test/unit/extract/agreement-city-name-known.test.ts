// "the Istanbul agreement" in a story that names the Black Sea Grain Initiative: a city's name for a deal is the known
// agreement of that city the article already names, not another one signed in the same city.
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const names = (text: string): string[] =>
  extract(text, { publishedAt: '2022-08-01' }).agreements.map((a) => a.name);

describe("a city's name for a known agreement the article names", () => {
  it('is that agreement, not a second one', () => {
    expect(
      names(
        'Beijing welcomes the Istanbul agreement on the export of grain, foreign ministry spokesman Li Wei said on Monday. ' +
          'Ukraine and Russia signed the Black Sea Grain Initiative last month with the help of Turkey and the United Nations.',
      ),
    ).toEqual(['Black Sea Grain Initiative']);
  });

  it('wins over another known agreement of that city whose sides the article names', () => {
    const found = names(
      'Moscow is unhappy with the Istanbul Agreements, the foreign ministry said on Tuesday. ' +
        'Russia says Ukraine gains most from the Black Sea Grain Initiative.',
    );
    expect(found).toEqual(['Black Sea Grain Initiative']);
  });

  it('keeps the name the article gave it', () => {
    const [grainDeal] = extract(
      'Beijing welcomes the Istanbul agreement, foreign ministry spokesman Li Wei said on Monday. ' +
        'Ukraine and Russia signed the Black Sea Grain Initiative last month.',
      { publishedAt: '2022-08-01' },
    ).agreements;
    expect(grainDeal?.aliases).toContain('Istanbul agreement');
  });
});
