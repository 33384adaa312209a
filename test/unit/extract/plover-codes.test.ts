// The event vocabulary is consistent and documented: every code has a PLOVER category, a mode its category
// defines and a Goldstein score in range; every lexicon word points at a known code; docs/events.md shows them all.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CAMEO_CODES, CATEGORY_DEFINITIONS, PLOVER_CATEGORIES } from '../../../src/domain/plover-codes.ts';
import { ACT_NOUNS, ACT_PHRASES, ACT_VERBS, REFINE_AFTER } from '../../../src/extract/lexicon/act-words.ts';

const docs = readFileSync(new URL('../../../docs/events.md', import.meta.url), 'utf8');

describe('the PLOVER and CAMEO data', () => {
  it.each(Object.entries(CAMEO_CODES))(
    'CAMEO %s is a PLOVER category with a defined mode and a score',
    (_, code) => {
      expect(PLOVER_CATEGORIES).toContain(code.category);
      if (code.mode !== null) expect(CATEGORY_DEFINITIONS[code.category].modes).toContain(code.mode);
      expect(code.goldstein).toBeGreaterThanOrEqual(-10);
      expect(code.goldstein).toBeLessThanOrEqual(10);
    },
  );

  it('keeps the issue examples: call +1.0, visit +1.9, host +2.8, negotiate +7.0, sign +8.0, ceasefire +9.0', () => {
    const score = (code: keyof typeof CAMEO_CODES) => CAMEO_CODES[code].goldstein;
    expect([score('041'), score('042'), score('043'), score('046'), score('057'), score('0871')]).toEqual([
      1.0, 1.9, 2.8, 7.0, 8.0, 9.0,
    ]);
    expect([score('111'), score('127'), score('161'), score('163')]).toEqual([-2.0, -5.0, -4.0, -8.0]);
  });

  it('has every lexicon word point at a known code', () => {
    const codes = [
      ...Object.values(ACT_VERBS),
      ...Object.values(ACT_NOUNS),
      ...ACT_PHRASES.map(([, code]) => code),
      ...REFINE_AFTER.flatMap((rule) => [rule.from, rule.to]),
    ];
    for (const code of codes) expect(Object.keys(CAMEO_CODES)).toContain(code);
  });

  it('documents every category and every code with its score in docs/events.md', () => {
    for (const category of PLOVER_CATEGORIES) expect(docs).toContain(`| ${category} |`);
    for (const [code, { goldstein }] of Object.entries(CAMEO_CODES)) {
      const score = `${goldstein > 0 ? '+' : ''}${goldstein.toFixed(1)}`;
      expect(docs).toMatch(new RegExp(`\\| ${code} \\|.*\\| ${score.replace('+', '\\+')} \\|`));
    }
  });
});
