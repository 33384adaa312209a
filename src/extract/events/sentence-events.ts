// Acts stated without a reported clause: "Wang Yi accused the United States of ...", "Scholz urged China to ...",
// "Araqchi rejected the proposal". The actor is the last one named before the act word in its clause, the target
// the one it governs. Runs over the words no statement event already used. Pure.
import { leadPair } from '../agreements/agreement-facts.ts';
import { CLAUSE_BREAKERS, PAIR_NOUNS } from '../lexicon/act-words.ts';
import { lowerBound } from '../mention-index.ts';
import type { EntityMention, ExtractState, Word } from '../types.ts';
import { winkMayNegate } from '../text/negation-openers.ts';
import { tagsInContext } from '../text/tags-in-context.ts';
import { countryOf } from './event-actors.ts';
import type { EventDraft } from './event-draft.ts';
import { modalityAt, type WordFactsOf } from './event-modality.ts';
import { actVerbCode, objectOf, phraseAt, refine, type ActWord } from './statement-events.ts';

/** How far before the act word its actor may be named, in words ("China's foreign ministry on Friday condemned"). */
const SUBJECT_WINDOW = 8;
const PAIR = new Set(PAIR_NOUNS);

/** "The two sides also agreed": the act word follows "two|both <pair noun>" within a few words. */
function pairSubject(words: readonly Word[], index: number): boolean {
  for (let k = index - 1; k >= 1 && k >= index - 3; k--) {
    const word = words[k] as Word;
    const before = (words[k - 1] as Word).lower;
    if (PAIR.has(word.lower) && (before === 'two' || before === 'both')) return true;
  }
  return false;
}

function subjectOf(state: ExtractState, index: number): EntityMention | null {
  const { words, mentions } = state;
  const act = words[index] as Word;
  const first = words[Math.max(0, index - SUBJECT_WINDOW)] as Word;
  let from = first.start;
  for (let k = index - 1; k >= 0 && k >= index - SUBJECT_WINDOW; k--) {
    const word = words[k] as Word;
    if (word.sentence !== act.sentence || CLAUSE_BREAKERS.has(word.lower)) {
      from = (words[k + 1] as Word).start;
      break;
    }
  }
  let subject: EntityMention | null = null;
  for (let m = lowerBound(mentions, from); m < mentions.length; m++) {
    const mention = mentions[m] as EntityMention;
    if (mention.start >= act.start) break;
    if (mention.start >= from && mention.sentence === act.sentence && mention.kind !== 'place')
      subject = mention;
  }
  return subject;
}

/** "Saudi Arabia and Jordan agreed ...": the actor joined to the subject by "and" is its partner in the act. */
function coordinated(state: ExtractState, subject: EntityMention): EntityMention | null {
  const at = state.mentions.indexOf(subject);
  const before = state.mentions[at - 1];
  if (!before || before.sentence !== subject.sentence || before.kind === 'place') return null;
  return /^\s+and\s+$/.test(state.text.slice(before.end, subject.start)) ? before : null;
}

export function sentenceEvents(
  state: ExtractState,
  wordFacts: WordFactsOf,
  used: ReadonlySet<number>,
): EventDraft[] {
  const drafts: EventDraft[] = [];
  const { words } = state;
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as Word;
    const phrase = phraseAt(words, i);
    const code = phrase?.[0] ?? actVerbCode(word);
    if (!code || used.has(i)) continue;
    const sentence = state.sentences[word.sentence];
    if (!sentence || sentence.ignored) continue;
    const subject = subjectOf(state, i);
    const pair = subject ? [] : pairSubject(words, i) ? leadPair(state) : [];
    if (!subject && pair.length < 2) continue;
    const text = state.text.slice(sentence.start, sentence.end);
    // Tagged only when the model leaves it open: the act word's tag where it stands ("has accused Tehran" is a
    // verb, "the accused" never), and wink's negation of it (no word before it can open one: not negated).
    const tags = phrase ? null : tagsInContext(state.text, sentence, words, i);
    if (tags !== null && !tags.has('VERB')) continue;
    const facts =
      (phrase || tags?.size === 1) && !winkMayNegate(words, i)
        ? null
        : wordFacts(text, word.start - sentence.start);
    if (!phrase && facts && facts.pos !== 'VERB') continue;
    const act: ActWord = { index: i, code, length: phrase?.[1] ?? 1, frame: true };
    const object = objectOf(state, act);
    const actor = subject?.id ?? (pair[0] as string);
    const source = countryOf(state, actor);
    const partner = subject ? coordinated(state, subject) : { id: pair[1] as string };
    const target =
      object && countryOf(state, object.id) !== source
        ? object.id
        : partner && countryOf(state, partner.id) !== source
          ? partner.id
          : null;
    drafts.push({
      code: refine(words, act),
      source: actor,
      target,
      date: null,
      modality: modalityAt(words, i, facts?.negated ?? false),
      from: { kind: 'sentence', id: `sentence:${sentence.index}` },
      trigger: state.text.slice(word.start, (words[i + act.length - 1] as Word).end),
      evidence: { sentence: text, start: sentence.start, end: sentence.end },
      at: i,
    });
  }
  return drafts;
}
