// Persons the gazetteer does not know, read from where they stand in the sentence, on sentences written for the
// test in the shapes seen in real news (Reuters, Deccan Herald, NZ Herald, Xinhua copy).
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

function speakers(text: string): Array<[string, string]> {
  return extract(text).statements.map((s) => [s.speaker, s.quote ?? s.text]);
}

describe('unknown names in speaker positions', () => {
  it('reads `," <Name>, a member of <body>, told <outlet>` as the named person', () => {
    const said = speakers(
      'Negotiators met again in Doha. "The rules of the talks are settled and the agenda comes next," Tomas Verhagen, a member of the mediation team, told reporters.',
    );
    expect(said).toContainEqual([
      'person:tomas-verhagen',
      'The rules of the talks are settled and the agenda comes next',
    ]);
  });

  it('reads `<Name>, the <body> <role> for <region>, told <body> that ...` as the named person', () => {
    const result = extract(
      'The council met on Monday. Ilse Marquardt, the U.N. special coordinator for the lake region, told the council that both sides would meet again soon.',
    );
    expect(result.persons.map((p) => p.id)).toContain('person:ilse-marquardt');
  });

  it('keeps a body set off by an apposition a body', () => {
    const result = extract(
      'The accord was signed on Monday. Green Horizon Alliance, a coalition of farmers, said the deal was unfair.',
    );
    expect(result.persons).toEqual([]);
  });

  it('reads `<Body> Special Envoy for <country> <Name>` as a person posted for that country', () => {
    const result = extract(
      'The talks ended in Geneva. The UN Special Envoy for Libya Anders Holmqvist on Friday announced that the next round would open in May.',
    );
    const person = result.persons.find((p) => p.id === 'person:anders-holmqvist');
    expect(person?.title).toBe('Special Envoy for Libya');
    expect(person?.country).toBeNull();
  });

  it("reads a found person's full name repeated with no title or speech verb beside it as that person", () => {
    const said = speakers(
      'The Interior Ministry spokesperson, Rashid Noorzai, said the border would reopen. Rashid Noorzai again made it clear that the crossing would stay under joint control.',
    );
    expect(said).toContainEqual(['person:rashid-noorzai', 'the crossing would stay under joint control']);
  });

  it('keeps "Nominee" in "Ambassador Nominee to <country> <Name>" a title word, not a person', () => {
    const result = extract(
      'The envoy arrived on Monday. "Ambassador Nominee to Kenya Laura Brandt met the foreign minister," the embassy said.',
    );
    expect(result.persons.map((p) => p.id)).not.toContain('person:nominee');
  });

  it('reads an abbreviated month before a name word as a given name, and keeps "Jan 31" a date', () => {
    const said = speakers(
      'Aid groups welcomed the truce. "Both sides must now let the convoys through," said the group\'s chief, Jan Halvorsen, in a statement. On Jan 31 the convoys were stopped again.',
    );
    expect(said).toContainEqual(['person:jan-halvorsen', 'Both sides must now let the convoys through']);
    const result = extract('The talks resumed. In Jan Kosovo said it would sign the accord.');
    expect(result.persons).toEqual([]);
  });

  it("reads a known person's surname run on by another given name as someone else's full name", () => {
    const result = extract(
      'The summit ended in Seoul. "Both leaders will meet again in June," the presidential spokesman, Yoon Seong-ho, said on Friday.',
    );
    const ids = result.persons.map((p) => p.id);
    expect(ids).toContain('person:yoon-seong-ho');
    expect(ids).not.toContain('person:yoon-suk-yeol');
  });

  it('reads a known name spelled with its hyphen dropped as the known person', () => {
    const said = speakers(
      'Iran\'s top diplomat Hossein Amirabdollahian arrived in Muscat on Monday. "We are ready to sign the trade accord," Amirabdollahian said.',
    );
    expect(said).toContainEqual(['person:hossein-amir-abdollahian', 'We are ready to sign the trade accord']);
  });
});
