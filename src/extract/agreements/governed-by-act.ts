// Whether a noun such as "ceasefire" is an agreement in its sentence: a verb that makes, keeps or breaks it
// governs it ("agreed to an immediate ceasefire", "the truce held"), not one that only asks for it.

import { AGREEMENT_ACT_CUES } from '../lexicon/event-words.ts';
import {
  ASIDE_ACT_OPENERS,
  GOAL_LEAD_WORDS,
  GOAL_MAKING_VERBS,
  GOAL_MODALS,
} from '../lexicon/agreement-act-words.ts';
import type { Word } from '../types.ts';

/** "the urgent need to reach", "efforts to secure": a making verb that names the agreement sought, before its noun. */
const SOUGHT_BEFORE = new RegExp(
  `\\b(?:${GOAL_LEAD_WORDS.join('|')}) (?:${GOAL_MAKING_VERBS.join('|')})\\s*$`,
  'i',
);
/** "should be achieved", "can be reached": a making verb under a modal, after its noun. */
const SOUGHT_AFTER = new RegExp(
  `\\b(?:${GOAL_MODALS.join('|')}) be (?:${GOAL_MAKING_VERBS.join('|')})\\b`,
  'gi',
);

/**
 * An aside set off by a comma that opens with the verb that made the truce, after a relative pronoun or not ("a
 * ceasefire between Israel and Hamas, brokered by Egypt, ...", "the truce, which was agreed on Friday, ..."); one
 * whose subject stands first ("a truce, which Israel rejected") is no act on it.
 */
const ACT_ASIDE = new RegExp(
  `^\\s*,\\s*(?:(?:${ASIDE_ACT_OPENERS.join('|')})\\s+)*(?=\\S)(?:${AGREEMENT_ACT_CUES.source})`,
  'i',
);

/** How far back a noun phrase's determiner may stand ("an immediate and unconditional ceasefire"). */
const NOUN_PHRASE_REACH = 6;
/**
 * Words between a verb and the noun phrase it governs ("agreed to", "reached"), with a day or a particle between
 * them ("agreed Friday on a 24-hour ceasefire", "signed off on a seven-day ceasefire").
 */
const VERB_REACH = 3;
/** Words after the noun where its own verb stands ("the truce held", "the ceasefire is expected to take effect"). */
const VERB_AFTER_REACH = 5;
/** How long a "between Israel and Hamas" after the noun may be before its verb. */
const PARTY_PHRASE_REACH = 6;

/**
 * Whether the noun at word k is made, kept or broken by a verb that governs it: the verb right before its noun
 * phrase ("agreed to an immediate ceasefire", "brokered a truce") or right after it ("the ceasefire held").
 */
export function governedByAct(
  text: string,
  words: readonly Word[],
  k: number,
  determiners: ReadonlySet<string>,
): boolean {
  const word = words[k] as Word;
  const inSentence = (i: number): boolean => words[i]?.sentence === word.sentence;
  let phrase = k;
  for (let j = k - 1; j >= k - NOUN_PHRASE_REACH && inSentence(j); j--) {
    if (determiners.has(words[j]?.lower ?? '')) {
      phrase = j;
      break;
    }
  }
  let from = phrase;
  while (from > phrase - VERB_REACH && inSentence(from - 1)) from--;
  // "the ceasefire between Israel and Hamas will go into effect": its verb stands after its parties.
  let head = k;
  if (words[k + 1]?.lower === 'between' && inSentence(k + 1)) {
    for (let j = k + 2; j <= k + 1 + PARTY_PHRASE_REACH && inSentence(j); j++) {
      if (words[j]?.lower !== 'and') continue;
      head = j + 1;
      while (words[head + 1]?.cap && words[head + 1]?.gap === ' ' && inSentence(head + 1)) head++;
      break;
    }
  }
  let to = head;
  while (to < head + VERB_AFTER_REACH && inSentence(to + 1)) to++;
  const before = text.slice(words[from]?.start ?? word.start, words[phrase]?.start ?? word.start);
  // "welcomed the announced 96-hour humanitarian pause", "the agreed truce": a participle inside its noun phrase.
  const inside = phrase < k ? text.slice(words[phrase]?.end ?? word.start, word.start) : '';
  // The noun's own clause only: "a truce, which Israel rejected" is not made by its verb.
  const rest = text.slice(words[head]?.end ?? word.end, words[to]?.end ?? word.end);
  const after = rest.split(/[,;:.]/)[0] ?? '';
  // "the need to reach a ceasefire", "a ceasefire should be achieved": one sought, not made.
  return (
    AGREEMENT_ACT_CUES.test(before.replace(SOUGHT_BEFORE, '')) ||
    AGREEMENT_ACT_CUES.test(inside) ||
    AGREEMENT_ACT_CUES.test(after.replace(SOUGHT_AFTER, '')) ||
    ACT_ASIDE.test(rest)
  );
}
