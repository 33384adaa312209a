// A bloc named after its founding treaty ("the Collective Security Treaty Organization") is an organization, not the
// treaty: only words that cite the treaty itself ("under Article 4 of the North Atlantic Treaty") name an agreement.
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const names = (text: string): string[] =>
  extract(text, { publishedAt: '2024-05-10' }).agreements.map((a) => a.name);

describe('a treaty inside an organization name', () => {
  it('is no agreement when the bloc is named', () => {
    expect(
      names(
        'Ministers meet in Yerevan\nThe two ministers discussed cooperation within the Collective Security Treaty Organization on Thursday.',
      ),
    ).toEqual([]);
  });

  it('is still the treaty when the text cites the treaty itself', () => {
    expect(
      names(
        'Allies consult\nPoland asked for consultations under Article 4 of the North Atlantic Treaty on Thursday, officials said.',
      ),
    ).toEqual(['North Atlantic Treaty']);
  });
});
