// The speed shortcuts of the entity finders give what the plain code they replaced gives, on any words.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildGazetteer, type Gazetteer } from '../../../src/extract/lexicon/build-gazetteer.ts';
import { longestMatch, type PhraseMatch } from '../../../src/extract/entities/match-gazetteer.ts';
import { hasDigit } from '../../../src/extract/entities/person-context.ts';
import { createExtractor } from '../../../src/extract/index.ts';
import { PIPELINE } from '../../../src/extract/pipeline.ts';
import type { ExtractState, Resources, Word } from '../../../src/extract/types.ts';

const gazetteer = buildGazetteer();

/** longestMatch as it was before the word tree: ever longer keys, looked up in the phrases and their prefixes. */
function longestMatchByKeys(words: readonly Word[], i: number, gaz: Gazetteer): PhraseMatch | null {
  const first = words[i];
  if (!first || !first.cap) return null;
  let key = first.text;
  const keys: string[] = [key];
  for (let j = i + 1; j < words.length && j - i < gaz.maxWords && gaz.prefixes.has(key); j++) {
    const previous = words[j - 1] as Word;
    const next = words[j] as Word;
    const joins =
      next.gap === ' ' ||
      next.gap === '-' ||
      (next.gap === '. ' && previous.text.length <= 3 && previous.cap) ||
      (/^['’]s $/.test(next.gap) && previous.cap && next.cap);
    if (!joins) break;
    key += ` ${next.text}`;
    keys.push(key);
  }
  for (let n = keys.length; n >= 1; n--) {
    const entry = gaz.phrases.get(keys[n - 1] ?? '');
    if (entry) return { entry, first: i, last: i + n - 1 };
  }
  return null;
}

/** Words of invented runs: pieces of known names, made-up names, small words, with the gaps words meet at. */
function wordsFrom(pieces: readonly [string, string][]): Word[] {
  let at = 0;
  return pieces.map(([gap, text]) => {
    const start = at + gap.length;
    at = start + text.length;
    const cap = /^\p{Lu}/u.test(text);
    return { text, lower: text.toLowerCase(), cap, gap, start, end: at, sentence: 0 };
  });
}

describe('entity fast paths', () => {
  it('hasDigit answers as /\\d/ does, on ASCII and other digits alike', () => {
    const text = fc.oneof(
      fc.string({ maxLength: 10 }),
      fc.string({ maxLength: 10, unit: 'binary' }),
      fc
        .array(fc.constantFrom('G', '7', '0', '9', '/', ':', '٣', '７', '²', 'é'), { maxLength: 8 })
        .map((p) => p.join('')),
    );
    fc.assert(
      fc.property(text, (t) => {
        expect(hasDigit(t)).toBe(/\d/.test(t));
      }),
      { numRuns: 3000 },
    );
  });

  it('longestMatch over the word tree finds what looking up ever longer keys finds', () => {
    const piece = fc.tuple(
      fc.constantFrom(' ', ' ', ' ', '-', '. ', "'s ", '’s ', ', ', '\n'),
      fc.constantFrom(
        'South',
        'North',
        'Korea',
        'Sudan',
        'United',
        'States',
        'Nations',
        'Kingdom',
        'Arab',
        'Emirates',
        'People',
        'Republic',
        'of',
        'China',
        'Lao',
        'Democratic',
        'European',
        'Union',
        'Council',
        'Security',
        'Saudi',
        'Arabia',
        'U.S.',
        'UN',
        'Congo',
        'Kinshasa',
        'Vladimir',
        'Putin',
        'Xi',
        'Jinping',
        'Zorbland',
        'Ministry',
        'the',
        'and',
        'Foreign',
      ),
    );
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 10 }), (pieces) => {
        const words = wordsFrom(pieces);
        for (let i = 0; i < words.length; i++)
          expect(longestMatch(words, i, gazetteer)).toEqual(longestMatchByKeys(words, i, gazetteer));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('entity maps passed on uncopied', () => {
  const article = [
    'Russian President Vladimir Putin met Chinese President Xi Jinping in Beijing on Monday, the Kremlin said.',
    'The foreign ministry said the two leaders signed a memorandum on energy with the Zorbland Development Agency.',
    '"We agreed on a lot," Putin told reporters, the state-run Zorbland Times newspaper reported.',
  ].join('\n');

  it('no stage adds to or drops from the entity maps of the state it was given', () => {
    const keysOf = (state: ExtractState): string[][] =>
      [state.persons, state.countries, state.organizations, state.places].map((map) => [...map.keys()]);
    const checked = PIPELINE.map((stage) => ({
      name: stage.name,
      run: (state: ExtractState, resources: Resources): ExtractState => {
        const before = keysOf(state);
        const next = stage.run(state, resources);
        expect(keysOf(state), stage.name).toEqual(before);
        return next;
      },
    }));
    const result = createExtractor({ stages: checked }).extract({ text: article });
    expect(result.persons.map((p) => p.name)).toContain('Vladimir Putin');
  });
});
