// An agreement and the name the article gives it in apposition are one instrument: "Dubbed the Declaration of
// Principles, Saturday's agreement ...", "The agreement, officially called the Abraham Accords: ...". Reads text only.

import type { Cluster } from './agreement-facts.ts';
import { foldFacts, foldMentions, foldParties } from './agreement-facts.ts';
import type { RawAgreement } from './agreement-mentions.ts';
import type { ExtractState } from '../types.ts';
import {
  NAME_TAIL_INNER_WORDS,
  NAME_TAIL_PREPOSITIONS,
  NAMING_ADVERBS,
  NAMING_COPULAS,
  NAMING_VERBS,
} from '../lexicon/agreement-mention-words.ts';
import { PART_NUMBERS } from '../lexicon/agreement-reference-words.ts';
import { articleCues, NAMING_CUE } from './article-cues.ts';

const VERB = `(?:(?:${NAMING_ADVERBS.join('|')})\\s+)?(?:${NAMING_VERBS.join('|')})\\s+(?:the\\s+)?["“]?`;
/** Between a description and the name after it: "the agreement, officially called the ", "The accord is known as the ". */
const NAME_AFTER = new RegExp(`^\\s*(?:[,—–(]\\s*|(?:${NAMING_COPULAS.join('|')})\\s+)${VERB}$`, 'i');
/** After a description, the naming words before a name no mention covers: "the new accord, dubbed ". */
const NAMING_OPENS = new RegExp(`^\\s*(?:[,—–(]\\s*|(?:${NAMING_COPULAS.join('|')})\\s+)${VERB}`, 'i');
/** A name runs to the clause's end: "Wye two, could ...", "Doha Framework for Comprehensive Peace, “lays ...". */
const NAME_RUN = /^[^,;:.()"“”—–]+/;
const NAME_MAX_WORDS = 12;
const INNER_WORDS: ReadonlySet<string> = new Set([...NAME_TAIL_INNER_WORDS, ...NAME_TAIL_PREPOSITIONS]);

/** Before a name opening its sentence: "Dubbed the ". */
const NAME_BEFORE = new RegExp(`^\\s*["“]?${VERB}$`, 'i');
/** Between that name and the description it names: "Declaration of Principles, Saturday's agreement". */
const NAME_THEN_COMMA = /^\s*["”]?\s*,\s*(?:\S+['’]s\s+)?$/;
/**
 * No naming verb, nothing to join: most articles skip the pass. Every pattern above has the verb stand as a word of
 * its own, so the article's words are asked ("known" for "known as"), not its whole text.
 */
const REACH = 40;

/** Where a name ends in the text: its mention may be its kind word alone ("Declaration" of "Declaration of Principles"). */
function nameEnd(text: string, raw: RawAgreement): number {
  return raw.name !== null && text.startsWith(raw.name, raw.start)
    ? Math.max(raw.end, raw.start + raw.name.length)
    : raw.end;
}

/**
 * Where a name starts in the text: its mention may be its kind word alone, after the name's first words ("Memorandum"
 * of "Communication Interoperability and Security Memorandum of Agreement").
 */
function nameStart(text: string, raw: RawAgreement): number {
  if (raw.name === null) return raw.start;
  const from = Math.max(0, raw.start - raw.name.length);
  const at = text.slice(from, raw.start + raw.name.length).indexOf(raw.name);
  return at === -1 ? raw.start : from + at;
}

/** Whether `named` names `described` in apposition within one sentence, on either side of it. */
function inApposition(
  text: string,
  sentenceStart: number,
  described: RawAgreement,
  named: RawAgreement,
): boolean {
  if (described.sentence !== named.sentence) return false;
  const start = nameStart(text, named);
  if (start >= described.end && start - described.end <= REACH)
    return NAME_AFTER.test(text.slice(described.end, start));
  // "Dubbed the Declaration of Principles, Saturday's agreement": the name opens the sentence, the description follows.
  const end = nameEnd(text, named);
  if (described.start >= end && described.start - end <= REACH)
    return (
      NAME_BEFORE.test(text.slice(sentenceStart, named.start)) &&
      NAME_THEN_COMMA.test(text.slice(end, described.start))
    );
  return false;
}

/**
 * "The agreement, officially called the Abraham Accords: Declaration of Peace ...", "Dubbed the Declaration of
 * Principles, Saturday's agreement says ...": an unnamed agreement one of whose mentions the article names in
 * apposition is the named one; its mentions, sides and facts join it.
 */
function joinNamedAppositions(state: ExtractState, clusters: readonly Cluster[]): Cluster[] {
  const { text } = state;
  const out = [...clusters];
  for (const named of clusters) {
    if (named.name === null && !named.known) continue;
    for (const raw of named.mentions) {
      if (!raw.name && !raw.known) continue;
      const other = out.find(
        (c) =>
          c !== named &&
          c.name === null &&
          !c.known &&
          c.mentions.some((m) => inApposition(text, state.sentences[m.sentence]?.start ?? 0, m, raw)),
      );
      if (!other || !out.includes(named)) continue;
      foldMentions(named, other);
      for (const [kind, votes] of other.kinds) named.kinds.set(kind, (named.kinds.get(kind) ?? 0) + votes);
      foldParties(named, other);
      // The name's own sentence tells its status best ("Dubbed ..., Saturday's agreement signed ...").
      const status = named.status;
      foldFacts(named, other);
      named.status = status ?? named.status;
      out.splice(out.indexOf(other), 1);
    }
  }
  return out;
}

/** The name a naming verb gives right after `raw`, when every word of it is capitalized, an inner word or a number. */
function givenName(text: string, raw: RawAgreement, sentenceEnd: number): string | null {
  const after = text.slice(raw.end, Math.min(sentenceEnd, raw.end + REACH + NAME_MAX_WORDS * 12));
  const opening = NAMING_OPENS.exec(after);
  if (!opening) return null;
  const name = NAME_RUN.exec(after.slice(opening[0].length))?.[0].trim() ?? '';
  const words = name.split(/\s+/);
  if (!/^\p{Lu}/u.test(name) || words.length > NAME_MAX_WORDS) return null;
  const fits = (w: string): boolean =>
    /^\p{Lu}/u.test(w) || INNER_WORDS.has(w) || PART_NUMBERS.has(w.toLowerCase());
  return words.every(fits) ? name : null;
}

/**
 * "the new accord, dubbed Wye two, could ...", "the agreement, called the Doha Framework for Comprehensive Peace,
 * ...": a name no agreement mention covers (it has no kind word) names the unnamed agreement it stands beside.
 */
function nameFromAppositions(state: ExtractState, clusters: readonly Cluster[]): void {
  const { text } = state;
  for (const cluster of clusters) {
    if (cluster.name !== null || cluster.known) continue;
    for (const raw of cluster.mentions) {
      const sentence = state.sentences[raw.sentence];
      const name = sentence ? givenName(text, raw, sentence.end) : null;
      // A name some agreement mention covers is that agreement's: joinNamedAppositions has read it.
      const start = name === null ? -1 : text.indexOf(name, raw.end);
      if (
        name === null ||
        clusters.some((c) => c.mentions.some((m) => m.start >= start && m.start < start + name.length))
      )
        continue;
      cluster.name = name;
      break;
    }
  }
}

/**
 * Joins the agreements named in apposition, then names the unnamed ones from theirs: both only when the article has a
 * naming verb anywhere (CUE_WORDS), asked once for the two passes.
 */
export function readNamedAppositions(state: ExtractState, clusters: readonly Cluster[]): Cluster[] {
  if (!(articleCues(state.words).any & NAMING_CUE)) return [...clusters];
  const joined = joinNamedAppositions(state, clusters);
  nameFromAppositions(state, joined);
  return joined;
}
