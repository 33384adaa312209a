// The speed shortcuts of the agreement finder give what the plain code they stand for gives.

import { describe, expect, it } from 'vitest';
import { anyCountryIn, countriesIn } from '../../../src/extract/agreements/agreement-mentions.ts';
import { createExtractor } from '../../../src/extract/index.ts';
import { PIPELINE } from '../../../src/extract/pipeline.ts';
import type { ExtractState, Resources } from '../../../src/extract/types.ts';

/** The state the agreement finder is handed for `text`. */
function stateBeforeAgreements(text: string): ExtractState {
  let seen: ExtractState | null = null;
  const stages = PIPELINE.map((stage) =>
    stage.name === 'find-agreements'
      ? {
          name: stage.name,
          run: (state: ExtractState, resources: Resources): ExtractState => {
            seen = state;
            return stage.run(state, resources);
          },
        }
      : stage,
  );
  createExtractor({ stages }).extract({ text });
  if (!seen) throw new Error('find-agreements never ran');
  return seen;
}

describe('agreement fast paths', () => {
  it('anyCountryIn says whether countriesIn lists a country, over every span of words', () => {
    const state = stateBeforeAgreements(
      'Under a Qatari-brokered truce, Norway and Peru signed a fisheries pact in Lima on Monday. ' +
        "The deal, mediated by Chile and Brazil, covers Peru's southern coast and the territory of Ecuador. " +
        'Officials in Oslo said Mexico would join the accord between Norway and Peru next year.',
    );
    const { words } = state;
    const answers = new Set<boolean>();
    for (let i = 0; i < words.length; i++)
      for (let j = i; j < Math.min(words.length, i + 12); j++) {
        const start = words[i]?.start ?? 0;
        const end = words[j]?.end ?? 0;
        expect(anyCountryIn(state, start, end), `${start}-${end}`).toBe(
          countriesIn(state, start, end).length > 0,
        );
        answers.add(anyCountryIn(state, start, end));
      }
    // Spans with a side's country and spans without one were both asked.
    expect([...answers].sort()).toEqual([false, true]);
  });
});
