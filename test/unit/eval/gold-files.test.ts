import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ExtractionResult } from '../../../src/domain/extraction-result.ts';
import { GoldFile } from '../../eval/gold-schema.ts';
import { goldToResult } from '../../eval/gold-to-result.ts';
import { normalizeName } from '../../eval/normalize.ts';
import { CATEGORIES, scoreArticle } from '../../eval/score.ts';

const DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../fixtures/articles');
const goldFiles = readdirSync(DIR)
  .filter((f) => f.endsWith('.gold.json'))
  .sort();

function load(file: string): GoldFile {
  return GoldFile.parse(JSON.parse(readFileSync(join(DIR, file), 'utf8')));
}

function textPath(file: string, gold: GoldFile): string {
  return gold.source ? resolve(DIR, gold.source) : join(DIR, file.replace(/\.gold\.json$/, '.txt'));
}

describe('gold files', () => {
  it('include the seed and at least 16 own fixtures', () => {
    expect(goldFiles).toContain('000-seed.gold.json');
    expect(goldFiles.filter((f) => /^\d\d-[a-z0-9-]+\.gold\.json$/.test(f)).length).toBeGreaterThanOrEqual(
      16,
    );
  });

  it.each(goldFiles)('%s is well-formed and consistent', (file) => {
    const gold = load(file);
    const path = textPath(file, gold);
    // The seed lives outside the repository; only check it where the shared folder exists.
    if (!gold.source || existsSync(path)) expect(existsSync(path), path).toBe(true);

    const names = new Set(
      [...gold.persons, ...gold.organizations]
        .flatMap((e) => [e.name, ...(e.aliases ?? [])])
        .map(normalizeName),
    );
    const agreements = new Set(gold.agreements.flatMap((a) => [a.name, ...a.aliases]).map(normalizeName));
    const countries = new Set(gold.countries);
    const known = (ref: string): boolean =>
      countries.has(ref) || names.has(normalizeName(ref)) || agreements.has(normalizeName(ref));

    for (const s of gold.statements) {
      expect(known(s.speaker), `speaker ${s.speaker}`).toBe(true);
      for (const about of s.about) expect(known(about), `about ${about}`).toBe(true);
      if (s.channel) expect(known(s.channel), `channel ${s.channel}`).toBe(true);
    }
    for (const a of gold.agreements) {
      for (const party of a.parties) expect(known(party), `party ${party}`).toBe(true);
      for (const person of a.signatories) expect(known(person), `signatory ${person}`).toBe(true);
    }
    for (const m of gold.meetings)
      for (const p of m.participants) expect(known(p), `participant ${p}`).toBe(true);
    for (const author of gold.authors)
      expect(names.has(normalizeName(author)), `author ${author} is a person`).toBe(false);
  });

  it.each(goldFiles)('%s quotes appear verbatim in the article', (file) => {
    const gold = load(file);
    const path = textPath(file, gold);
    if (!existsSync(path)) return; // the shared seed, on a machine without /work/shared
    const flat = (s: string): string => normalizeName(s);
    const text = flat(readFileSync(path, 'utf8'));
    for (const s of gold.statements) {
      if (s.quote === null) continue;
      // Joined pieces of a split quote are separated by "..." or sentence ends; each piece must be in the text.
      for (const piece of s.quote.split(/\s*\.\.\.\s*|(?<=[.?!,])\s+(?=[A-Z'])/)) {
        if (flat(piece) !== '') expect(text, `quote piece "${piece}"`).toContain(flat(piece));
      }
    }
  });

  it.each(goldFiles)('%s echoed as a prediction scores 1.0 in every category', (file) => {
    const gold = load(file);
    const score = scoreArticle(gold, ExtractionResult.parse(goldToResult(gold)));
    for (const name of CATEGORIES) {
      const c = score.categories[name];
      expect({ name, misses: c.misses, falsePositives: c.falsePositives }).toEqual({
        name,
        misses: [],
        falsePositives: [],
      });
    }
    expect(score.redundantStatements).toEqual([]);
  });
});
