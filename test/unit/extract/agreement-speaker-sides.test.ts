// A deal a speaker retells, whose sides took the speaker's own country ("Ruritania will defend the accord, its
// foreign minister said"), is the deal it retells; a deal of another year the speaker recalls stays apart.
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const agreements = (text: string) =>
  extract(text, { publishedAt: '2024-03-08' }).agreements.map((a) => ({ name: a.name, parties: a.parties }));

const headline = 'Norway urges respect for Chile-Bolivia treaty';
const signing = 'Chile and Bolivia signed the Lauca Treaty on Monday.';

describe("a deal retold with the speaker's own country among its sides", () => {
  it('is the deal it retells, whose sides stand', () => {
    const telling =
      'Norway will not accept any breach of the peace accord to restore calm in Bolivia, Norwegian Foreign Minister Espen Barth Eide told reporters on Thursday.';
    expect(agreements([headline, signing, telling].join('\n\n'))).toEqual([
      { name: 'Lauca Treaty', parties: ['CHL', 'BOL'] },
    ]);
  });

  it('leaves apart a deal of another year the speaker recalls', () => {
    const telling =
      'Norway still honours the 1995 peace accord with Bolivia, Norwegian Foreign Minister Espen Barth Eide told reporters on Thursday.';
    expect(agreements([headline, signing, telling].join('\n\n'))).toHaveLength(2);
  });
});
