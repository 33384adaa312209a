// Ids must be the same in every article that names the same thing: that is what lets the graph writer MERGE
// the Putin and the treaty of one article with those of the next. These articles all concern one treaty.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createExtractor } from '../../../src/extract/index.ts';

const root = resolve(import.meta.dirname, '../../..');
const ARTICLES = [
  ['the seed article', resolve(root, '../shared/articles/000_e2f08d4d0a4a9df8.txt'), '2024-06-26'],
  ['a ratification follow-up', resolve(root, 'test/fixtures/ingest/treaty-ratified.txt'), '2024-11-10'],
  ['the signing sample', resolve(root, 'samples/2024-06-20-putin-kim-partnership-treaty.txt'), '2024-06-20'],
  [
    'the North Korean ratification sample',
    resolve(root, 'samples/2024-11-12-north-korea-ratifies-treaty.txt'),
    '2024-11-12',
  ],
] as const;

const extractor = createExtractor();
const results = ARTICLES.map(([name, path, publishedAt]) => ({
  name,
  result: extractor.extract({ text: readFileSync(path, 'utf8'), publishedAt }),
}));

describe('the same treaty and people across articles', () => {
  it('get the same person ids for Putin and Kim Jong-un', () => {
    for (const { name, result } of results) {
      const ids = result.persons.map((p) => p.id);
      expect(ids, name).toContain('person:vladimir-putin');
      expect(ids, name).toContain('person:kim-jong-un');
    }
  });

  it('yield one Russia–North Korea partnership treaty with one id shared by every article', () => {
    const treatyIds = results.map(({ name, result }) => {
      const treaties = result.agreements.filter(
        (a) =>
          [...a.parties].sort().join(',') === 'PRK,RUS' &&
          /partnership|treaty|pact/i.test([a.name, ...a.aliases].join(' ')),
      );
      expect(treaties, `${name}: ${result.agreements.map((a) => a.id).join(', ')}`).toHaveLength(1);
      return treaties[0]!.id;
    });
    expect(new Set(treatyIds).size, treatyIds.join(', ')).toBe(1);
  });

  it('never names an agreement after headline words', () => {
    for (const { name, result } of results) {
      for (const agreement of result.agreements) {
        expect(agreement.name, name).not.toMatch(
          /\b(ratif(y|ies)|lawmakers|on (Monday|Tuesday|Wednesday|Thursday|Friday))\b/i,
        );
      }
    }
  });
});
