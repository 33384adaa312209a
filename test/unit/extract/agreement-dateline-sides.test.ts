// A country that only tells where a story was filed ("NIAMEY, Niger --", "Accra, (GNA - ...)") is no side of the
// deal the story reports.
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const parties = (text: string) =>
  extract(text, { publishedAt: '2024-03-14' }).agreements.flatMap((a) => a.parties);

describe('a country in the dateline', () => {
  it('is where the story was filed, not a side of the deal it reports', () => {
    const text = [
      'Chad and rebels sign truce',
      'NIAMEY, Niger -- Chadian President Idriss Deby and rebel leader Mahamat Nouri signed a truce in Niger on Wednesday after weeks of talks. Nigerien President Mohamed Bazoum watched the ceremony.',
      'The truce ends two years of fighting in the east of Chad, officials said.',
    ].join('\n\n');
    expect(parties(text)).toEqual(['TCD']);
  });

  it('stays a side when the story names it signing', () => {
    const text = [
      'Chad and Niger sign truce',
      'NIAMEY, Niger -- Chad and Niger signed a border truce on Wednesday after weeks of talks.',
      'The truce between Chad and Niger ends two years of clashes, officials said.',
    ].join('\n\n');
    expect(parties(text)).toEqual(expect.arrayContaining(['TCD', 'NER']));
  });
});
