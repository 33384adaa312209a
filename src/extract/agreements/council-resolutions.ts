// Resolutions of the UN Security Council and General Assembly that an article reports adopted or names by number
// ("the Security Council adopted a resolution calling for ...", "resolution 2724"), and "the resolution" after them:
// instruments of kind "other" with the body as their party. "a peaceful resolution of the conflict" is none.

import { slug } from '../../domain/ids.ts';
import type { AgreementItem } from '../../domain/extraction-result.ts';
import {
  RESOLUTION_ADOPTING_VERBS,
  RESOLUTION_ADOPTION_NOUN_MAX_GAP,
  RESOLUTION_ADOPTION_NOUNS,
  RESOLUTION_BODIES,
  RESOLUTION_BODY_BEFORE,
  RESOLUTION_BODY_BEFORE_CHARS,
  RESOLUTION_COUNT_CUES,
  RESOLUTION_DETERMINERS,
  RESOLUTION_MODIFIERS,
  RESOLUTION_NOT_DOCUMENT_AFTER,
  RESOLUTION_PASSIVE_AUXILIARIES,
  RESOLUTION_REFERRING,
  RESOLUTION_VOTE_CUES,
} from '../lexicon/agreement-resolution-words.ts';
import { sentenceEvidence } from '../sentence-evidence.ts';
import type { EventMention, ExtractState, Word } from '../types.ts';

type Body = (typeof RESOLUTION_BODIES)[number];

interface Resolution {
  body: Body;
  number: string | null;
  mentions: { start: number; end: number; sentence: number }[];
  surfaces: Set<string>;
  /** Whether the article tells of its adoption, not only cites it. */
  adopted: boolean;
}

/** A Security Council resolution's number: "resolution 2724", "Resolution 1701". */
const NUMBER = /^\d{3,4}$/;

/** Where the words before "resolution" open its noun phrase: past "draft", "key", "UK-drafted". */
function phraseOpen(words: readonly Word[], k: number): number {
  let i = k - 1;
  while (
    i >= 0 &&
    k - i <= 2 &&
    words[i]?.sentence === words[k]?.sentence &&
    (RESOLUTION_MODIFIERS.has(words[i]?.lower ?? '') ||
      /^[\w.]+-(?:drafted|backed|sponsored)$/i.test(words[i]?.text ?? ''))
  )
    i--;
  return i + 1;
}

/**
 * "the adoption of the resolution", "the Council's adoption on Monday of a US-drafted resolution": one adopted, not
 * "called for the adoption of a resolution" (a wish), so "a" only after a body's possessive.
 */
function adoptionOf(text: string, words: readonly Word[], determinerAt: number): boolean {
  const of = words[determinerAt - 1];
  const determiner = words[determinerAt]?.lower ?? '';
  if (of?.lower !== 'of' || of.sentence !== words[determinerAt]?.sentence) return false;
  for (let i = determinerAt - 2; i >= determinerAt - 1 - RESOLUTION_ADOPTION_NOUN_MAX_GAP; i--) {
    const before = words[i];
    if (before?.sentence !== of.sentence) return false;
    if (RESOLUTION_ADOPTION_NOUNS.has(before.lower))
      // The tokenizer leaves a possessive "'s" out of its word: read it after the word before.
      return (
        RESOLUTION_REFERRING.has(determiner) ||
        /^['’]s\b/.test(text.slice(words[i - 1]?.end ?? 0, (words[i - 1]?.end ?? 0) + 3))
      );
  }
  return false;
}

/** "the resolution was adopted", "a draft resolution has been approved": adopted, the verb after it. */
function adoptedAfter(words: readonly Word[], k: number): boolean {
  const same = (i: number): string =>
    words[i]?.sentence === words[k]?.sentence ? (words[i]?.lower ?? '') : '';
  const aux = same(k + 1) === 'has' || same(k + 1) === 'had' ? k + 2 : k + 1;
  return RESOLUTION_PASSIVE_AUXILIARIES.has(same(aux)) && RESOLUTION_ADOPTING_VERBS.has(same(aux + 1));
}

/** The body a sentence names, else the first the article names. */
function bodyOf(sentenceText: string, articleBodies: readonly Body[]): Body | undefined {
  return RESOLUTION_BODIES.find((b) => b.pattern.test(sentenceText)) ?? articleBodies[0];
}

export function councilResolutions(state: ExtractState): {
  agreements: AgreementItem[];
  mentions: EventMention[];
} {
  const { text, words, sentences } = state;
  const articleBodies = RESOLUTION_BODIES.filter((b) => b.pattern.test(text));
  if (articleBodies.length === 0 || !/\bresolution\b/i.test(text)) return { agreements: [], mentions: [] };
  const found: Resolution[] = [];
  // "the UN Security Council resolution" anywhere: the one the article reports adopted, once the loop has found it.
  const named: { body: Body; start: number; end: number; sentence: number }[] = [];
  let last: Resolution | null = null;
  for (let k = 0; k < words.length; k++) {
    const word = words[k] as Word;
    if (word.lower !== 'resolution') continue;
    const sentence = sentences[word.sentence];
    if (!sentence) continue;
    const sentenceText = text.slice(sentence.start, sentence.end);
    const next = words[k + 1];
    const number = next && next.sentence === word.sentence && NUMBER.test(next.text) ? next.text : null;
    const open = phraseOpen(words, k);
    const determiner = words[open - 1]?.sentence === word.sentence ? (words[open - 1]?.lower ?? '') : '';
    // "adopted a draft resolution", "Adopting resolution 2724", "passed its resolution".
    const verbAt = RESOLUTION_DETERMINERS.has(determiner) ? open - 2 : open - 1;
    const passive = adoptedAfter(words, k);
    const adopted =
      (words[verbAt]?.sentence === word.sentence &&
        RESOLUTION_ADOPTING_VERBS.has(words[verbAt]?.lower ?? '')) ||
      (RESOLUTION_DETERMINERS.has(determiner) &&
        !RESOLUTION_NOT_DOCUMENT_AFTER.has(next?.sentence === word.sentence ? next.lower : '') &&
        adoptionOf(text, words, open - 1)) ||
      passive;
    // A three- or four-digit number is the Security Council's ("resolution 2254"); the Assembly's read "ES-10/24".
    const body =
      number !== null
        ? articleBodies.find((b) => b === RESOLUTION_BODIES[0])
        : bodyOf(sentenceText, articleBodies);
    if (!body) continue;
    let target: Resolution | undefined;
    if (number !== null) {
      // A number the sentence tells of being adopted is the resolution the article reports adopted.
      target =
        found.find((r) => r.number === number) ??
        (RESOLUTION_VOTE_CUES.test(sentenceText) ? found.find((r) => r.number === null) : undefined);
      if (target) target.number ??= number;
    } else if (
      adopted &&
      (body.pattern.test(sentenceText) || (passive && RESOLUTION_COUNT_CUES.test(sentenceText)))
    ) {
      // "adopted the resolution" is the one in view; "adopted a resolution", the article's adopted one or a new one.
      target =
        (RESOLUTION_REFERRING.has(determiner) ? (last ?? undefined) : undefined) ??
        found.find((r) => r.number === null);
    } else if (
      last !== null &&
      RESOLUTION_REFERRING.has(determiner) &&
      !RESOLUTION_NOT_DOCUMENT_AFTER.has(next?.sentence === word.sentence ? next.lower : '')
    ) {
      target = last;
    } else {
      const from = Math.max(sentence.start, word.start - RESOLUTION_BODY_BEFORE_CHARS);
      const name = number === null ? RESOLUTION_BODY_BEFORE.exec(text.slice(from, word.start)) : null;
      if (name?.[1])
        named.push({ body, start: word.start - name[1].length, end: word.end, sentence: word.sentence });
      continue;
    }
    if (!target) {
      target = { body, number, mentions: [], surfaces: new Set(), adopted: false };
      found.push(target);
    }
    target.adopted ||= adopted || (number !== null && RESOLUTION_VOTE_CUES.test(sentenceText));
    const end = number !== null && next ? next.end : word.end;
    const start = words[open]?.start ?? word.start;
    target.mentions.push({ start, end, sentence: word.sentence });
    target.surfaces.add(text.slice(start, end));
    last = target;
  }
  for (const n of named) {
    const adopted = found.filter((r) => r.adopted && r.number === null && r.body === n.body);
    if (adopted.length !== 1 || !adopted[0]) continue;
    adopted[0].mentions.push({ start: n.start, end: n.end, sentence: n.sentence });
    adopted[0].surfaces.add(text.slice(n.start, n.end));
  }
  const agreements: AgreementItem[] = [];
  const mentions: EventMention[] = [];
  // "principles supported by UN Security Council Resolution 2735": a resolution cited once is the ground of
  // another instrument; one the article tells of adopting, or comes back to, is one of its own.
  for (const r of found.filter((f) => f.adopted || f.mentions.length >= 2)) {
    const name = `${r.body.name} ${r.number ? 'Resolution' : 'resolution'}${r.number ? ` ${r.number}` : ''}`;
    // An unnumbered one is told apart by its day: another article's "Security Council resolution" is another.
    const id = `agreement:${slug(r.number ? name : `${name} ${state.input.publishedAt ?? ''}`)}`;
    const party = [...state.organizations.keys()].find((o) => r.body.id.test(o));
    const aliases = new Set([...r.surfaces, name.replace(/^UN /, '')]);
    if (r.number) aliases.add(`resolution ${r.number}`);
    aliases.delete(name);
    agreements.push({
      id,
      name,
      aliases: [...aliases].sort(),
      kind: 'other',
      parties: party ? [party] : [],
      signatories: [],
      signedOn: null,
      place: null,
      status: null,
      evidence: sentenceEvidence(state, r.mentions),
      concludedAt: null,
    });
    for (const m of r.mentions) mentions.push({ id, start: m.start, end: m.end, sentence: m.sentence });
  }
  return { agreements, mentions };
}
