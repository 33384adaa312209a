// Acts in statements: the speech verb is itself an act ("condemned", "accused", "warned", "urged", "rejected",
// "welcomed"), or the content is one of the speaker's ("... and threatened to", "a kind of warning"). A neutral
// "said" is no act. The target is the actor the act word governs ("accused Washington"), else the country the
// statement is about. Pure.
import type { StatementItem } from '../../domain/extraction-result.ts';
import type { CameoCodeId } from '../../domain/plover-codes.ts';
import { ACT_NOUNS, ACT_PHRASES, ACT_VERBS, REFINE_AFTER, REFINE_WINDOW } from '../lexicon/act-words.ts';
import { lowerBound, wordIndexAt } from '../mention-index.ts';
import type { EntityMention, ExtractState, Word } from '../types.ts';
import { countryOf } from './event-actors.ts';
import { modalityAt, negationCueBefore, type WordFactsOf } from './event-modality.ts';
import { winkMayNegate } from '../text/negation-openers.ts';
import { tagsInContext } from '../text/tags-in-context.ts';
import { mustBeTagged } from '../text/tags-without-tagging.ts';
import type { EventDraft } from './event-draft.ts';

/** An act word found in a statement's sentences: where it is and the code it gives. */
export interface ActWord {
  index: number;
  code: CameoCodeId;
  length: number;
  /** In the frame (outside what was said): the speech verb itself. */
  frame: boolean;
}

// Maps, not the lexicon's records: a word is looked up for every word of the article, and a record would answer
// "constructor" with Object.prototype's. Phrases are grouped by their first word, in the lexicon's order.
const VERB_CODES = new Map<string, CameoCodeId>(Object.entries(ACT_VERBS));
const NOUN_CODES = new Map<string, CameoCodeId>(Object.entries(ACT_NOUNS));
const VERB_TAG: ReadonlySet<string> = new Set(['VERB']);
const PHRASES_BY_FIRST = new Map<string, (typeof ACT_PHRASES)[number][]>();
for (const entry of ACT_PHRASES) {
  const first = entry[0][0] ?? '';
  PHRASES_BY_FIRST.set(first, [...(PHRASES_BY_FIRST.get(first) ?? []), entry]);
}

/** The code of an act verb, if the word is one. */
export function actVerbCode(word: Word): CameoCodeId | undefined {
  return VERB_CODES.get(word.lower);
}

export function phraseAt(words: readonly Word[], i: number): [CameoCodeId, number] | null {
  const candidates = PHRASES_BY_FIRST.get(words[i]?.lower ?? '');
  if (!candidates) return null;
  for (const [phrase, code] of candidates) {
    if (phrase.every((part, k) => words[i + k]?.lower === part)) return [code, phrase.length];
  }
  return null;
}

export function refine(words: readonly Word[], act: ActWord): CameoCodeId {
  for (let k = act.index + act.length; k < act.index + act.length + REFINE_WINDOW; k++) {
    const word = words[k];
    if (!word || word.sentence !== words[act.index]?.sentence) break;
    for (const rule of REFINE_AFTER)
      if (rule.from === act.code && rule.words.includes(word.lower)) return rule.to;
  }
  return act.code;
}

/** The act words of a statement's sentences, frame words first (the speech verb outranks what was said). */
function actWords(state: ExtractState, statement: StatementItem): ActWord[] {
  const { words, text } = state;
  const { start, end } = statement.evidence;
  const contentAt = statement.text === '' ? -1 : text.indexOf(statement.text, start);
  const contentEnd = contentAt < 0 ? -1 : contentAt + statement.text.length;
  const found: ActWord[] = [];
  for (let i = wordIndexAt(words, start); i < words.length; i++) {
    const word = words[i] as Word;
    if (word.start >= end) break;
    const frame = contentAt < 0 || word.end <= contentAt || word.start >= contentEnd;
    const phrase = phraseAt(words, i);
    const code =
      phrase?.[0] ?? VERB_CODES.get(word.lower) ?? (frame ? undefined : NOUN_CODES.get(word.lower));
    if (code) found.push({ index: i, code, length: phrase?.[1] ?? 1, frame });
  }
  return found.sort((a, b) => Number(b.frame) - Number(a.frame) || a.index - b.index);
}

/** The first actor mention right after the act word, in its clause ("accused Washington of", "urged Seoul to"). */
export function objectOf(state: ExtractState, act: ActWord): EntityMention | null {
  const { words, mentions } = state;
  const last = words[act.index + act.length - 1] as Word;
  const next = words[act.index + act.length];
  if (!next || next.sentence !== last.sentence || /[,;:.“”"]/.test(next.gap)) return null;
  const at = lowerBound(mentions, next.start);
  for (let m = at; m < mentions.length; m++) {
    const mention = mentions[m] as EntityMention;
    // "accused the United States": at most an article or two words stand between the verb and its object.
    if (mention.start - last.end > 12) break;
    if (mention.kind !== 'place') return mention;
  }
  return null;
}

/** "said Kyiv had condemned ...": an act in what was said whose subject is another country's is not the speaker's. */
function actedByOther(state: ExtractState, act: ActWord, source: string | null): boolean {
  const word = state.words[act.index] as Word;
  const from = state.words[Math.max(0, act.index - 3)] as Word;
  const { mentions } = state;
  for (let m = lowerBound(mentions, from.start); m < mentions.length; m++) {
    const mention = mentions[m] as EntityMention;
    if (mention.start > word.start) break;
    if (mention.end <= word.start && mention.kind !== 'place' && countryOf(state, mention.id) !== source)
      return true;
  }
  return false;
}

function targetOf(
  state: ExtractState,
  statement: StatementItem,
  act: ActWord,
  source: string | null,
): string | null {
  const object = objectOf(state, act);
  if (object && countryOf(state, object.id) !== source) return object.id;
  for (const about of statement.about) {
    const country = countryOf(state, about);
    if (country !== null && country !== source) return about;
  }
  return null;
}

export function statementEvents(state: ExtractState, wordFacts: WordFactsOf): EventDraft[] {
  const drafts: EventDraft[] = [];
  // Two statements drafted from one sentence share its speech verb: it is one act.
  const used = new Set<number>();
  for (const statement of state.statements) {
    const sourceCountry = countryOf(state, statement.speaker);
    for (const act of actWords(state, statement)) {
      if (used.has(act.index)) break;
      const word = state.words[act.index] as Word;
      const sentence = state.sentences[word.sentence];
      if (!sentence) continue;
      if (!act.frame && actedByOther(state, act, sourceCountry)) continue;
      // Tagged only past the checks above: part-of-speech tagging is the costliest step of this stage. Not at all
      // with no word before it that could negate it, for a word wink reads as a verb wherever it stands ("urged") or
      // where it stands ("has accused Tehran"); nor is a word wink cannot read as a verb there.
      const isNoun = NOUN_CODES.has(word.lower) && !act.frame;
      const verbOnly = isNoun || act.length > 1 || mustBeTagged(state.text, sentence, word, VERB_TAG);
      // Whether wink could negate it, from its own negation patterns ("unlikely to"); a verb wherever it stands is
      // tagged only where a cue of the lexicon stands before it, too.
      const negatable =
        winkMayNegate(state.words, act.index) && (!verbOnly || negationCueBefore(state.words, act.index));
      const tags = verbOnly || negatable ? null : tagsInContext(state.text, sentence, state.words, act.index);
      // "would always be welcome": an act verb used as an adjective or noun is no act.
      if (tags !== null && !tags.has('VERB')) continue;
      const untagged = !negatable && (verbOnly || (tags !== null && tags.size === 1));
      const facts = untagged
        ? null
        : wordFacts(state.text.slice(sentence.start, sentence.end), word.start - sentence.start);
      if (!isNoun && act.length === 1 && facts && facts.pos !== 'VERB') continue;
      drafts.push({
        code: refine(state.words, act),
        source: statement.speaker,
        target: targetOf(state, statement, act, sourceCountry),
        date: statement.date,
        modality: modalityAt(state.words, act.index, facts?.negated ?? false),
        from: { kind: 'statement', id: statement.id },
        trigger: state.text.slice(word.start, (state.words[act.index + act.length - 1] as Word).end),
        evidence: statement.evidence,
        at: act.index,
      });
      used.add(act.index);
      break;
    }
  }
  return drafts;
}
