// readSentence reads a sentence's cues once and shares them among the sentence's mentions: what it tells each
// mention is what reading the sentence afresh for it tells, and the status is the cue nearest the mention, as
// running every status pattern over the sentence per mention found.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  newCluster,
  readSentence,
  type Cluster,
  type SentenceCueMemo,
} from '../../../src/extract/agreements/agreement-facts.ts';
import type { RawAgreement } from '../../../src/extract/agreements/agreement-mentions.ts';
import {
  PROVISION_CUE_ADVERBS,
  PROVISION_CUE_WORDS,
  STATUS_CUES,
} from '../../../src/extract/lexicon/event-words.ts';
import type { ExtractState, Sentence } from '../../../src/extract/types.ts';

const PIECES = [
  'the pact',
  'the treaty',
  'a deal',
  'signed',
  'would sign',
  'plans to sign',
  'withdrew from',
  'suspended',
  'ratified',
  'negotiating',
  'talks on',
  'proposed',
  'also calls for',
  'calls for',
  'agreed to restore ties',
  'issued',
  'Kenya and Chad',
  'the two sides',
  'on Monday',
  'in 2001',
  'the 1960',
  'by the ministers',
  'and',
  ',',
];

/** A two-sentence article: any opening sentence, then the sentence whose mentions are read. */
function stateOf(opening: string, body: string): ExtractState {
  const text = `${opening}\n${body}`;
  const sentences: Sentence[] = [
    { index: 0, start: 0, end: opening.length, paragraph: 0, ignored: false },
    { index: 1, start: opening.length + 1, end: text.length, paragraph: 1, ignored: false },
  ];
  return { text, sentences, words: [], mentions: [], dates: [] } as unknown as ExtractState;
}

function mentionAt(
  state: ExtractState,
  start: number,
  length: number,
  kind: RawAgreement['kind'],
): RawAgreement {
  const end = Math.min(state.text.length, start + length);
  const surface = state.text.slice(start, end);
  return {
    start,
    end,
    sentence: 1,
    word: 0,
    kind,
    name: null,
    descriptor: null,
    relationship: false,
    definite: false,
    another: false,
    surface,
    partyPhrase: null,
    parties: [],
    known: null,
  };
}

/** The plain form: every status pattern run over the sentence, the nearest cue within reach winning. */
function plainStatusNear(body: string, start: number, end: number): Cluster['status'] {
  let best: Cluster['status'] = null;
  let bestDistance = 90;
  for (const [status, cue] of STATUS_CUES)
    for (const match of body.matchAll(new RegExp(cue.source, 'gi'))) {
      const gap = body.slice(end, match.index).trim();
      const provided =
        match.index >= end &&
        PROVISION_CUE_WORDS.has(match[0].split(' ')[0]?.toLowerCase() ?? '') &&
        (gap === '' || gap.split(/\s+/).every((w) => PROVISION_CUE_ADVERBS.has(w.toLowerCase())));
      if (status === 'proposed' && provided) continue;
      const distance = match.index < start ? start - match.index : Math.max(0, match.index - end);
      if (distance < bestDistance) {
        bestDistance = distance;
        best = status;
      }
    }
  return best;
}

const sentenceOf = fc
  .array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 14 })
  .map((p) => p.join(' '));

describe('sentence cues shared by the mentions of a sentence', () => {
  it('tell each mention what reading its sentence afresh tells, the status nearest it among them', () => {
    fc.assert(
      fc.property(
        sentenceOf,
        sentenceOf,
        fc.array(
          fc.record({
            at: fc.nat(),
            length: fc.integer({ min: 1, max: 30 }),
            declaration: fc.boolean(),
          }),
          { minLength: 1, maxLength: 5 },
        ),
        (opening, body, spots) => {
          const state = stateOf(opening, body);
          const bodyStart = opening.length + 1;
          const shared: SentenceCueMemo = new Map();
          for (const spot of spots) {
            const raw = mentionAt(
              state,
              bodyStart + (spot.at % body.length),
              spot.length,
              spot.declaration ? 'declaration' : 'agreement',
            );
            const sharing = newCluster(raw);
            const afresh = newCluster(raw);
            readSentence(state, sharing, raw, undefined, shared);
            readSentence(state, afresh, raw, undefined, new Map());
            expect(sharing).toEqual(afresh);
            const nearest = plainStatusNear(body, raw.start - bodyStart, raw.end - bodyStart);
            if (nearest !== null) expect(sharing.status).toBe(nearest);
          }
        },
      ),
      { numRuns: 400 },
    );
  });

  it('read the status the sentence before tells when the sentence itself tells none', () => {
    const state = stateOf('Kenya and Chad signed it on Monday.', 'Among the papers was a deal on grain.');
    const raw = mentionAt(state, state.text.indexOf('a deal'), 6, 'agreement');
    const cluster = newCluster(raw);
    readSentence(state, cluster, raw, undefined, new Map());
    expect(cluster.status).toBe('signed');
  });
});
