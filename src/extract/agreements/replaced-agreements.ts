// An agreement the story tells as replaced by a newer one ("the new X replaces the old Y"), read at two stages. The
// agreement stage keeps later bare references ("the agreement", "the new accord") off a deal the story brings up as
// older than its own: introduced as "an earlier/previous deal", or the object of "replaces"/"supersedes". The
// statement stage reads a mention called new ("the new treaty") that matched a deal signed years before the article
// as the deal that replaces it.

import type { AgreementItem } from '../../domain/extraction-result.ts';
import { REVISION_WORDS } from '../lexicon/agreement-mention-words.ts';
import {
  EARLIER_AGREEMENT_MODIFIERS,
  IN_FORCE_MODIFIERS,
  INDEFINITE_ARTICLES,
  MAKING_NOUNS,
  NEW_AGREEMENT_MODIFIERS,
  ORIGINAL_AGREEMENT_MODIFIERS,
  REPLACEMENT_MODIFIERS,
  REPLACING_NOUNS,
  REPLACING_VERBS,
} from '../lexicon/agreement-reference-words.ts';
import { wordIndexAt } from '../mention-index.ts';
import type { ExtractState, Range } from '../types.ts';
import type { Cluster } from './agreement-facts.ts';
import type { RawAgreement } from './agreement-mentions.ts';

/**
 * How far before a mention its determiner and a verb may stand ("replaces the ", "An earlier ", "will replace the
 * 20-year-old "").
 */
const BEFORE_REACH = 40;

/** How many words may stand between "the" and the replaced agreement's name ("the 20-year-old Cotonou Agreement"). */
const MODIFIER_REACH = 3;

/**
 * Where a mention starting at `start` opens: at its name when the name is written so that it reaches the mention
 * ("Kessel Agreement"), else at `start`. Only the stretch such a name can lie in is searched: a search back from
 * `start` ran through the whole text before it whenever the article writes the name otherwise.
 */
export function nameOpening(text: string, start: number, name: string): number {
  const from = Math.max(0, start - name.length);
  const at = text.slice(from, start + name.length).lastIndexOf(name);
  return at >= 0 ? from + at : start;
}

/** Ends a clause for the words before a mention: ".", "!", "?", ";". */
const isClauseEnd = (code: number): boolean => code === 46 || code === 33 || code === 63 || code === 59;
const LETTER_RUNS = /\p{L}+/gu;

/**
 * The lowercase words of its clause in the BEFORE_REACH characters before `opening`, nearest last: the clause's
 * start found by a scan back, the words as runs of letters (no split leaving empty strings to drop).
 */
export function clauseWordsBefore(text: string, opening: number): string[] {
  const from = Math.max(0, opening - BEFORE_REACH);
  let clauseStart = opening;
  while (clauseStart > from && !isClauseEnd(text.charCodeAt(clauseStart - 1))) clauseStart--;
  return text.slice(clauseStart, opening).toLowerCase().match(LETTER_RUNS) ?? [];
}

/** The lowercase words of its sentence right before a mention, nearest last. */
function wordsBefore(text: string, mention: RawAgreement): string[] {
  const opening = mention.name === null ? mention.start : nameOpening(text, mention.start, mention.name);
  return clauseWordsBefore(text, opening);
}

/**
 * "An earlier peace deal signed in 2015 broke down": "another" agreement whose modifier dates it before the story's
 * (the modifier opens the mention or stands right before it).
 */
function introducedAsEarlier(text: string, mention: RawAgreement): boolean {
  if (!mention.another) return false;
  const opener = mention.surface.split(' ', 1)[0]?.toLowerCase() ?? '';
  const before = wordsBefore(text, mention);
  return (
    EARLIER_AGREEMENT_MODIFIERS.has(opener) ||
    EARLIER_AGREEMENT_MODIFIERS.has(before[before.length - 1] ?? '')
  );
}

/**
 * "The new agreement replaces the North American Free Trade Agreement", "will replace the 20-year-old "Cotonou
 * Agreement"", "towards the replacement of the Cotonou Agreement": the object of a replacing verb, or of a replacing
 * noun's "of"/"to", a few modifiers after its "the" allowed.
 */
function replacedBy(text: string, mention: RawAgreement): boolean {
  const before = wordsBefore(text, mention);
  const last = before.length - 1;
  if (REPLACING_VERBS.has(before[last] ?? '')) return true;
  const the = before.lastIndexOf('the');
  if (the < 0 || last - the > MODIFIER_REACH) return false;
  const head = before[the - 1] ?? '';
  if (REPLACING_VERBS.has(head)) return true;
  return (head === 'of' || head === 'to') && REPLACING_NOUNS.has(before[the - 2] ?? '');
}

/**
 * A check of one mention, answered once: clusterFor, the joins and canonicalKeys ask the age checks below again for
 * every mention of every cluster they compare, and each reads the text around the mention anew. Keyed by the mention
 * object, whose offsets, surface, name and flags are set when it is read and never change; the article's text is kept
 * beside the answer, so a mention asked about with another text is read again.
 */
function memoPerMention(
  check: (text: string, mention: RawAgreement) => boolean,
): (text: string, mention: RawAgreement) => boolean {
  const answers = new WeakMap<RawAgreement, { text: string; value: boolean }>();
  return (text, mention) => {
    const known = answers.get(mention);
    if (known !== undefined && known.text === text) return known.value;
    const value = check(text, mention);
    answers.set(mention, { text, value });
    return value;
  };
}

/** How far after a mention "which was signed in 2001" may end (a bracketed "[between Iran and Russia]" between). */
const SIGNED_YEAR_AFTER_REACH = 60;

/** "..., which was signed in 2001", ", signed in 2001": a signing year told after the mention, in its sentence. */
const SIGNED_YEAR_AFTER = /^[^.!?;]*?\bsigned in (?:19|20)\d\d\b/;

/**
 * "since the signing of the current treaty", "the existing agreement, signed in 2001": a definite mention called the
 * one in force whose signing its sentence tells (the making noun's "of the" before it, or a signing year after it),
 * which the story brings up beside the deal it tells of. Not "the current ceasefire will hold": the deal in view.
 */
export const toldAsInForce = memoPerMention((text: string, mention: RawAgreement): boolean => {
  if (!mention.definite) return false;
  const opens = IN_FORCE_MODIFIERS.has(mention.surface.split(' ', 1)[0] ?? '');
  // Cheap first: the word right before the mention, asked for every definite one.
  const previous = /(\p{L}+)\s+$/u.exec(text.slice(Math.max(0, mention.start - 12), mention.start))?.[1];
  if (!opens && !IN_FORCE_MODIFIERS.has(previous?.toLowerCase() ?? '')) return false;
  const before = wordsBefore(text, mention);
  if (!opens) before.pop();
  const last = before.length - 1;
  if (before[last] === 'the' && before[last - 1] === 'of' && MAKING_NOUNS.has(before[last - 2] ?? ''))
    return true;
  return SIGNED_YEAR_AFTER.test(text.slice(mention.end, mention.end + SIGNED_YEAR_AFTER_REACH));
});

/** Whether the story brings up this mention's deal as older than its own (see introducedAsOlder). */
const toldAsOlder = memoPerMention(
  (text: string, mention: RawAgreement): boolean =>
    introducedAsEarlier(text, mention) || replacedBy(text, mention) || toldAsInForce(text, mention),
);

/**
 * Whether the story brings the agreement up as older than its own: as an earlier one, as the one replaced, or as the
 * one in force since its told signing.
 */
export function introducedAsOlder(text: string, cluster: Cluster): boolean {
  return cluster.mentions.some((m) => toldAsOlder(text, m));
}

/**
 * "the new pact", "the original accord", "the revised deal": words of a telling (its surface and descriptor) that
 * set its deal apart by age, so it says which of an old and a new deal it is rather than pointing back at one.
 */
export const toldByAge = (words: string): boolean =>
  words
    .toLowerCase()
    .split(' ')
    .some(
      (w) =>
        NEW_AGREEMENT_MODIFIERS.has(w) ||
        EARLIER_AGREEMENT_MODIFIERS.has(w) ||
        ORIGINAL_AGREEMENT_MODIFIERS.has(w) ||
        REVISION_WORDS.has(w),
    );

/**
 * "the new treaty", "a new agreement": a mention whose own first word, lowercase, calls it new. "New START" is a
 * name, not a call.
 */
export function calledNew(mention: RawAgreement): boolean {
  return REPLACEMENT_MODIFIERS.has(mention.surface.split(' ', 1)[0] ?? '');
}

/**
 * A well-known agreement signed in a year before the article's (NAFTA in a 2018 story): what the story calls new is
 * not it, but the deal it tells of.
 */
export function olderKnown(cluster: Cluster, published: string | null): boolean {
  const signed = cluster.known?.signedOn;
  return (
    published !== null &&
    signed !== null &&
    signed !== undefined &&
    signed.slice(0, 4) < published.slice(0, 4)
  );
}

/** Whether two agreements are between the same known sides (the replacement and the deal it replaces). */
function sameSides(a: AgreementItem, b: AgreementItem): boolean {
  return (
    a.parties.length > 0 &&
    a.parties.length === b.parties.length &&
    a.parties.every((p) => b.parties.includes(p))
  );
}

/**
 * The agreement a mention in a statement's sentence stands for: its own, unless a lowercase replacement word opens it
 * or stands right before it while its own was signed in a year before the article's. Then the agreement between the
 * same sides signed after it ("the new North American Free Trade agreement" in a story on the USMCA), the lead's if
 * there are several, else none after "the" ("rejected an opportunity to sign the new treaty" after the old Minsk
 * agreements). Not "New START": a capitalized word is part of a name.
 */
export function replacementMentionAgreement(
  state: ExtractState,
  mention: Range & { id: string },
  lead: string | null,
): string | null {
  const published = state.input.publishedAt;
  if (published === undefined) return mention.id;
  const at = wordIndexAt(state.words, mention.start);
  const first = state.words[at];
  if (first === undefined) return mention.id;
  const calledAt = [at, at - 1].find((i) => {
    const w = state.words[i];
    return w !== undefined && w.sentence === first.sentence && !w.cap && REPLACEMENT_MODIFIERS.has(w.lower);
  });
  if (calledAt === undefined) return mention.id;
  const own = state.agreements.find((a) => a.id === mention.id);
  const signedYear = own?.signedOn?.slice(0, 4);
  if (own === undefined || signedYear === undefined || signedYear >= published.slice(0, 4)) return mention.id;
  const ownDate = own.signedOn ?? '';
  // The agreement stage may already have read "new" as the later deal (the USMCA beside NAFTA): it stands.
  const replacesAnother = state.agreements.some(
    (a) => a !== own && sameSides(own, a) && a.signedOn !== null && a.signedOn < ownDate,
  );
  if (replacesAnother) return mention.id;
  // The replacement: between the same sides and signed after it, the lead's if the lead is one such.
  const replacements = state.agreements.filter(
    (a) => a !== own && sameSides(own, a) && a.signedOn !== null && a.signedOn > ownDate,
  );
  const replacement =
    replacements.find((a) => a.id === lead) ?? (replacements.length === 1 ? replacements[0] : undefined);
  if (replacement) return replacement.id;
  // "comply with a new ceasefire agreement reached in Minsk": one the story introduces, which the agreement stage
  // folded into the older deal's item; that item stands for it. "The new treaty" with none made points at none.
  return INDEFINITE_ARTICLES.has(state.words[calledAt - 1]?.lower ?? '') ? mention.id : null;
}
