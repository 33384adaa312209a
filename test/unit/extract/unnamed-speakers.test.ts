// Unnamed speakers: "a senior US official said", then "the US official said". The annotation leaves unnamed
// officials out, so neither the country that describes them nor a person of that country named elsewhere speaks.
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

function speakers(text: string): string[] {
  return extract(text).statements.map((s) => s.speaker);
}

describe('an unnamed official introduced with "a"/"an"', () => {
  it.each([
    ['before the verb', 'The truce will start on Monday, a senior US official said.'],
    ['after a quote verb', '"The truce will start on Monday," said an Israeli official.'],
    ['with words between', 'A senior Israeli government official said the truce would start on Monday.'],
    [
      'with a relative clause and a participle',
      'An Israeli official who asked not to be named has said that talks went well, saying a deal was close.',
    ],
  ])('is no speaker, and the country is not either: %s', (_shape, sentence) => {
    expect(speakers(`Truce talks\n\nNegotiators met in Cairo on Sunday.\n\n${sentence}`)).toEqual([]);
  });

  it('keeps a body named in the phrase as the speaker ("a Hamas official" speaks for Hamas)', () => {
    expect(
      speakers(
        'Truce talks\n\nNegotiators met in Cairo on Sunday.\n\nA Hamas official said the talks had stalled.',
      ),
    ).toEqual(['org:hamas']);
  });
});

describe('"the <country> official" after an unnamed one was introduced', () => {
  const text =
    'Truce talks\n\nA senior official said on Sunday that a deal may have been reached.\n\n' +
    '"What happens now is up to the other side," the Israeli official told reporters.\n\n' +
    'Israeli Defence Minister Yoav Galant said later that the army would hold its fire.';

  it('is that unnamed official: not the minister named after, nor the country', () => {
    const quoted = extract(text).statements.filter((s) => s.direct);
    expect(quoted).toEqual([]);
  });

  it('leaves the named minister his own words', () => {
    expect(speakers(text)).toEqual(['person:yoav-galant']);
  });
});

describe('an official named before', () => {
  it('is still who "the <country> official" means when no unnamed one came between', () => {
    const text =
      'Truce talks\n\nIsraeli government official Dana Levi met the mediators on Sunday.\n\n' +
      '"What happens now is up to the other side," the Israeli official told reporters.';
    expect(speakers(text)).toEqual(['person:dana-levi']);
  });
});

describe('an unnamed group of officials or sources, with no article', () => {
  it.each([
    'Indian officials said the two leaders were expected to meet on the sidelines of the summit.',
    'The truce will start on Monday, two Egyptian security sources told reporters.',
    'According to Egyptian intelligence officials, the truce will start on Monday.',
    'The truce will start on Monday, Egyptian media reported.',
    'Egyptian state radio said on Sunday that the truce would start on Monday.',
  ])('is no speaker, and the country describing it is not either: %s', (sentence) => {
    expect(speakers(`Truce talks\n\nNegotiators met in Cairo on Sunday.\n\n${sentence}`)).toEqual([]);
  });

  it.each([
    'Libyan rebel groups have criticized the truce reached in Cairo.',
    'The pro-Egyptian rebels said the truce would not hold.',
  ])('leaves rebels out, and the country that describes them: %s', (sentence) => {
    expect(speakers(`Truce talks\n\nNegotiators met in Cairo on Sunday.\n\n${sentence}`)).toEqual([]);
  });

  it.each([
    'US officials said the truce would start on Monday.',
    'The truce was agreed in Cairo on Sunday, in a deal that U.S. officials said would hold.',
    'The truce will start on Monday, UK defence sources told reporters.',
  ])('takes an abbreviated country name for the adjective it stands as: %s', (sentence) => {
    expect(speakers(`Truce talks\n\nNegotiators met in Cairo on Sunday.\n\n${sentence}`)).toEqual([]);
  });

  it('lets a country named in full before its verb speak: "Egypt today dismissed media reports"', () => {
    expect(
      speakers(
        'Truce talks\n\nNegotiators met in Cairo on Sunday.\n\nEgypt today dismissed media reports that the truce would fail.',
      ),
    ).toEqual(['EGY']);
  });

  it('lets a government the group is tied to speak: "according to Egyptian government sources"', () => {
    expect(
      speakers(
        'Truce talks\n\nNegotiators met in Cairo on Sunday.\n\nAccording to Egyptian government sources, the truce will start on Monday.',
      ),
    ).toEqual(['EGY']);
  });
});

describe('an unnamed diplomat, an official "from" a country, an abbreviated country', () => {
  it.each([
    ['a diplomat', 'The talks have made no real progress, a Saudi diplomat told AFP on Monday.'],
    ['diplomats', 'Egyptian diplomats said the talks had made no real progress.'],
    [
      'officials from a country',
      'Officials from Sudan told AFP that "both delegations were heading to Jeddah".',
    ],
    [
      'officials from countries',
      'Officials from Egypt, Qatar and the United States said the talks had stalled.',
    ],
    ['an official from a country', 'A senior official from Egypt said the talks had stalled.'],
    ['"U.S." with its period', 'The talks are moving to Doha, according to a U.S. official.'],
  ])('is no speaker, and the country is not either: %s', (_shape, sentence) => {
    expect(speakers(`Truce talks\n\nNegotiators met in Cairo on Sunday.\n\n${sentence}`)).toEqual([]);
  });

  it('"the Saudi diplomat said" goes back to "a Saudi diplomat", not to an untitled commander named between', () => {
    const text =
      'Truce talks\n\nThe talks have made no real progress, a Saudi diplomat told AFP.\n\n' +
      'Army chief Abdel Fattah al-Burhan and Mohamed Hamdan Daglo sent envoys to Jeddah.\n\n' +
      '"Nobody is ready to stop fighting," the Saudi diplomat said.';
    expect(speakers(text)).toEqual([]);
  });

  it('"the diplomat" with no unnamed one before is still the ambassador named', () => {
    const text =
      'Jordan backs the deal\n\nAmbassador Dina Kawar addressed the council on Tuesday.\n\n' +
      'The diplomat stressed that the agency must keep reporting on the deal.';
    expect(speakers(text)).toEqual(['person:dina-kawar']);
  });

  it('keeps a body an official comes from as the speaker ("an official from Hamas")', () => {
    expect(
      speakers(
        'Truce talks\n\nNegotiators met in Cairo on Sunday.\n\nAn official from Hamas said the talks had stalled.',
      ),
    ).toEqual(['org:hamas']);
  });
});

describe('an unnamed private person: an observer, a resident, a witness', () => {
  it.each([
    ['an observer', 'A Kenyan observer said the truce could hold.'],
    ['a resident', 'The truce will hold, a Libyan resident told reporters.'],
    ['a witness', 'A Yemeni witness said the shelling had stopped.'],
  ])('is no speaker, and the country is not either: %s', (_shape, sentence) => {
    expect(speakers(`Truce talks\n\nNegotiators met in Cairo on Sunday.\n\n${sentence}`)).toEqual([]);
  });
});

describe("quotes after an unnamed speaker are not the last named speaker's", () => {
  it('a quote in the unnamed one\'s sentence, then "he said", stay unattributed', () => {
    const text =
      'Lusaka truce signed\n\nThe two factions signed a truce in Lusaka on Monday. The Zambian leaders condemned ' +
      '"in the strongest terms all attacks on civilians", the truce said.\n\n' +
      'A Zambian observer in Lusaka told reporters the truce mattered "if both sides keep their word". ' +
      '"This truce could move the talks forward," he said.';
    const quotes = extract(text).statements.map((s) => s.quote);
    expect(quotes).not.toContain('if both sides keep their word');
    expect(quotes).not.toContain('This truce could move the talks forward,');
    expect(quotes.filter((q) => q?.startsWith('This truce'))).toEqual([]);
  });

  it.each([
    ['a country in the phrase', 'A senior Egyptian source said there had been no contact before the summit.'],
    ['no country', '"There had been no contact before the summit," the source said.'],
  ])('"he said" after an unnamed source is not the person named before it: %s', (_shape, sentence) => {
    const text =
      'Summit talks\n\nKing Faisal invited six leaders to Kuwait on Monday.\n\n' +
      `${sentence} "It was a genuine surprise," he said.`;
    expect(speakers(text)).toEqual([]);
  });

  it('"he said" after a person named after the unnamed one is still that person\'s', () => {
    const text =
      'Summit talks\n\nA Somali observer said there had been no contact before the summit.\n\n' +
      'King Faisal spoke on Tuesday. "It was a genuine surprise," he said.';
    expect(speakers(text)).toEqual(['person:faisal']);
  });
});
