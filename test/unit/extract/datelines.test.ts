// The dateline that opens a story or a paragraph ("SEOUL, Jan. 23 (Yonhap) --", "Addis Ababa — ", "(AP) — "): its
// city gives a country-less body its country, its source in brackets is the agency that filed the story (maybe a
// known agency called by the first word of its name: "(Petra)" for the Petra News Agency), and it is no part of the
// clause after it.
import { describe, expect, it } from 'vitest';
import { afterWireDateline, datelineSource } from '../../../src/extract/text/datelines.ts';
import { extract } from './helpers.ts';

function speakerOf(text: string, words: string): string | undefined {
  return extract(text).statements.find((s) => (s.quote ?? s.text).includes(words))?.speaker;
}

const orgNames = (text: string): string[] => extract(text).organizations.map((o) => o.name);

describe('a dateline source named by the first word of a known agency', () => {
  it.each([
    'Amman, June 3 (Petra) -- The foreign ministry welcomed the truce reached in Doha.',
    'Muscat, Oct. 9 (Petra) – The two ministers signed a memorandum on water.',
  ])('%s', (text) => {
    const agency = extract(text).organizations.find((o) => o.name === 'Petra News Agency');
    expect(agency?.kind).toBe('news agency');
    expect(agency?.aliases).toContain('Petra');
  });

  it('is no agency outside a dateline or for an unknown word', () => {
    expect(orgNames('The delegation visited Petra on Monday after the talks in Amman.')).not.toContain(
      'Petra News Agency',
    );
    expect(orgNames('Amman, June 3 (Osh) -- The talks went well.')).toEqual([]);
  });
});

describe('a dateline city', () => {
  it('gives a ministry named without its country the country of a title-case dateline', () => {
    const names = (text: string): string[] => extract(text).organizations.map((o) => o.name);
    expect(
      names(
        'Deal signed\n\nNiamey, 4 March 2019 (ANP) - Niger and Mali signed a transport accord, according to Ministry of Foreign Affairs.',
      ),
    ).toContain('Nigerien Ministry of Foreign Affairs');
    expect(
      names(
        'Envoys briefed\n\nLusaka — Ministry of Foreign Affairs has briefed envoys on the new border accord.',
      ),
    ).toContain('Zambian Ministry of Foreign Affairs');
    // A city opening a sentence is no dateline.
    expect(
      names('Envoys briefed\n\nLusaka, which hosts the talks, said the Foreign Ministry would attend.'),
    ).toContain('Foreign Ministry');
  });
});

describe("a country's role opening the lead after a wire dateline", () => {
  it.each([
    ['a place and an agency', 'WINDHOEK (Reuters) - '],
    ['an agency alone', '(AP) — '],
  ])(
    'is its holder after a wire dateline with %s, so an "and said" clause is theirs, not the agency\'s',
    (_shape, dateline) => {
      const text =
        'Water accord backed\n\n' +
        dateline +
        "Namibia's president toured the dam site on Friday and said the water accord would protect farmers.\n\n" +
        'Namibian President Netumbo Nandi-Ndaitwah opened the session in Windhoek.';
      expect(speakerOf(text, 'protect farmers')).toBe('person:netumbo-nandi-ndaitwah');
    },
  );
});

describe('the parts of a dateline', () => {
  it.each([
    ['TEHRAN, Jun. 05 (MNA) – Officials met.', 'MNA'],
    ['Quito (ANDES) - Officials met.', 'ANDES'],
    ['Talks end\n(CLO) Officials met in Lima.', 'CLO'],
  ])('reads the source of %j', (text, source) => {
    expect(datelineSource(text)?.[1]).toBe(source);
  });

  it('reads no source from brackets inside a sentence', () => {
    expect(datelineSource('Officials of the bank (IDB) met in Lima.')).toBeNull();
  });

  it.each([
    ['LIMA (Reuters) - Peru signed.', 'Peru signed.'],
    ['(AP) — Peru signed.', 'Peru signed.'],
    ["Peru's ministry (MFA): Peru signed.", "Peru's ministry (MFA): Peru signed."],
  ])('opens the clause of %j after its wire dateline', (text, clause) => {
    expect(text.slice(afterWireDateline(text, 0))).toBe(clause);
  });
});
