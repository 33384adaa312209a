// A name set beside its title by a comma ("alongside Kenyan Foreign Minister, Amina Were") is the object of what
// comes before the title, not a new subject: a later "he added" still means the one who spoke, on sentences
// written for the test.
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

function quoteSpeakers(text: string): Array<[string, string]> {
  return extract(text).statements.map((s) => [s.speaker, s.quote ?? '']);
}

describe('a name after a title and a comma', () => {
  it('does not take "he added" from the speaker who stood alongside it', () => {
    const text =
      'Border talks in Kigali\n\nRwandan Foreign Minister Jean Habimana said the talks had moved forward. ' +
      '"We have narrowed the gaps," Habimana told reporters in Kigali alongside Kenyan Foreign Minister, Amina Were. ' +
      '"The border commission will meet again next month," he added.';
    expect(quoteSpeakers(text)).toContainEqual([
      'person:jean-habimana',
      'The border commission will meet again next month',
    ]);
  });

  it('reads past an opening phrase that names a counterpart beside its title', () => {
    const text =
      'Refugee talks in Amman\n\nDuring his meeting with the Dutch Foreign Minister, Pieter de Graaf, Jordanian ' +
      'Foreign Minister Omar Haddad spoke of the cost of hosting refugees. He said helping Jordan carry the burden ' +
      'served the whole region.';
    const speakers = extract(text).statements.map((s) => s.speaker);
    expect(speakers).toContain('person:omar-haddad');
    expect(speakers).not.toContain('person:pieter-de-graaf');
  });

  it('still reads a subject set off by commas after an opening phrase', () => {
    const text =
      'Talks in Nairobi\n\nOn Monday, Kenya’s foreign minister, Amina Were, met her Ugandan counterpart. ' +
      '"We agreed to reopen the crossing," she said.';
    expect(quoteSpeakers(text)).toContainEqual(['person:amina-were', 'We agreed to reopen the crossing']);
  });

  it('still reads a subject that opens its sentence with a long title set off by commas', () => {
    const text =
      "Aid pledges in Geneva\n\nThe African Union's top humanitarian official, Grace Achieng, said the pledges fell " +
      'short. "The parties must open the roads," she said.';
    expect(quoteSpeakers(text)).toContainEqual(['person:grace-achieng', 'The parties must open the roads']);
  });
});
