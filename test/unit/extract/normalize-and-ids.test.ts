// Text normalization, offsets into the normalized text, and ids that are the same in every article.

import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../../src/extract/text/normalize-text.ts';
import { extract, surfaces } from './helpers.ts';

describe('normalizeText', () => {
  it.each([
    ['NFC', 'Erdog\u0306an', 'Erdoğan'],
    ['CRLF', 'a\r\nb\rc', 'a\nb\nc'],
    ['trimmed lines', '  a  \n\t b ', 'a\nb'],
    ['collapsed spaces', 'a \u00a0\t b', 'a b'],
    ['blank line runs', 'a\n\n\n\nb', 'a\n\nb'],
    ['two apostrophes for a quote mark', "''We agree,'' she said", '"We agree," she said'],
    ['two grave accents opening a quote', "``We agree,'' she said", '"We agree," she said'],
    ['two grave accents on both sides', '``We agree,`` she said', '"We agree," she said'],
    ['curly quotes kept', '“Yes,” he said', '“Yes,” he said'],
    ['zero-width removed', 'Pu\u200btin', 'Putin'],
  ])('%s', (_name, raw, normalized) => {
    expect(normalizeText(raw)).toBe(normalized);
  });
});

describe('a quote typed with two apostrophes', () => {
  it('is a quote of the speaker its attribution names', () => {
    const text =
      'Ports deal signed\n\nThe two ministers signed a memorandum on ports in Abu Dhabi on Monday.\n\n' +
      "''The memorandum shows how close our two countries have become,'' Minister Omar Al Hashimi said.";
    const quote = extract(text).statements.find((s) => s.quote?.includes('how close'));
    expect(quote?.speaker).toBe('person:omar-al-hashimi');
  });
});

describe('a quote typed with two grave accents', () => {
  it.each([
    "Minister Omar Al Hashimi said: ``The memorandum shows how close our two countries have become.''",
    '``The memorandum shows how close our two countries have become,`` Minister Omar Al Hashimi said.',
  ])('is a quote of the speaker its attribution names: %s', (sentence) => {
    const text = `Ports deal signed\n\nThe two ministers signed a memorandum on ports in Abu Dhabi on Monday.\n\n${sentence}`;
    const quote = extract(text).statements.find((s) => s.quote?.includes('how close'));
    expect(quote?.speaker).toBe('person:omar-al-hashimi');
  });
});

describe('offsets', () => {
  it('index every mention and evidence into the normalized text', () => {
    const result = extract(
      '  Russian   President Vladimir Putin said on Wednesday that the treaty “is not aimed at anyone.”\r\n\r\n“It is a warning,”  Putin told TASS.',
    );
    const putin = result.persons.find((p) => p.id === 'person:vladimir-putin');
    expect(surfaces(result, putin?.mentions ?? [])).toEqual(['Vladimir Putin', 'Putin']);
    for (const country of result.countries)
      for (const text of surfaces(result, country.mentions)) expect(text).toMatch(/^Russian$/);
    for (const s of result.statements)
      expect(result.text.slice(s.evidence.start, s.evidence.end)).toBe(s.evidence.sentence);
  });
});

describe('deterministic ids', () => {
  const a = extract(
    'Russian President Vladimir Putin met North Korean leader Kim Jong-un in Pyongyang. The two leaders signed a mutual defense treaty.',
  );
  const b = extract(
    'Putin told reporters the Russia-North Korea mutual defense treaty was signed. Kim said it was historic.',
    { publishedAt: '2024-06-27' },
  );

  it.each([
    ['person', (r: typeof a) => r.persons.map((p) => p.id), 'person:vladimir-putin'],
    ['country', (r: typeof a) => r.countries.map((c) => c.id), 'PRK'],
  ])('gives the same %s id in both articles', (_kind, ids, id) => {
    expect(ids(a)).toContain(id);
    expect(ids(b)).toContain(id);
  });

  it('names an agreement with the same id in both articles', () => {
    expect(a.agreements[0]?.id).toBeDefined();
    expect(a.agreements[0]?.id).toBe(b.agreements[0]?.id);
  });

  it('takes the article id from input id, then url, then text', () => {
    expect(extract('Putin spoke.', { id: 'article:given' }).article.id).toBe('article:given');
    const byUrl = extract('Putin spoke.', { url: 'https://example.com/a' }).article.id;
    expect(byUrl).toBe(extract('Putin spoke again.', { url: 'https://example.com/a' }).article.id);
    expect(extract('Putin spoke.', {}).article.id).toMatch(/^article:[0-9a-f]{16}$/);
  });
});
