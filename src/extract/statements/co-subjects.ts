// The speakers listed together before one verb: "Iran and Turkey said", "Egypt, Iraq, Jordan and Oman welcomed",
// "X and his Egyptian counterpart, Y, stressed", "the African Union, the European Union and the United States called for".
import { subjectBefore, textAfterMention } from './find-speaker.ts';
import { isTitleWord } from '../entities/person-context.ts';
import { COUNTERPART_HEADS } from '../lexicon/role-words.ts';
import { startingIn, wordIndexAt } from '../mention-index.ts';
import type { StatementContext } from './statement-context.ts';
import type { EntityMention, Word } from '../types.ts';

const COUNTERPARTS: ReadonlySet<string> = new Set(COUNTERPART_HEADS);
/** How many words may describe the second of two people: "his U.S. counterpart", "Prime Minister". */
const MAX_DESCRIBING_WORDS = 4;
/** The kinds that speak as a body or a state and may stand in one list of speakers: "the AU, the EU and Norway". */
const BODY_OR_STATE: ReadonlySet<string> = new Set(['org', 'country']);

/**
 * Whether `m` may be listed with a subject of `kind`: a mention of the same kind, or a body listed with states (or a
 * state with bodies) by its name, not by an adjective ("the Sudanese and ..." names no member).
 */
function listableWith(m: EntityMention, kind: string): boolean {
  if (m.kind === kind) return true;
  return BODY_OR_STATE.has(m.kind) && BODY_OR_STATE.has(kind) && m.via !== 'demonym';
}

/**
 * Whether the words joining person `partner` to the next listed person only describe that person: "and his
 * Sudanese counterpart(,)", "and Prime Minister", "and Mr" (or after a comma earlier in the list: "X, his South
 * Korean counterpart Y and Z"). Each word is a title word, a form of address or part of a country's name; a
 * counterpart phrase opens with "his" or "her".
 */
function describedPartner(
  ctx: StatementContext,
  partner: EntityMention,
  next: EntityMention,
  listed: boolean,
): boolean {
  const { state } = ctx;
  const gap = state.text.slice(partner.end, next.start);
  const opener = listed ? /^, (?!and )[^,]*,? $/ : /^,? and [^,]*,? $/;
  if (!opener.test(gap) || /[;:“”"()]/.test(gap)) return false;
  const { words, mentions } = state;
  const opening = wordIndexAt(words, partner.end);
  const first = words[opening]?.lower === 'and' ? opening + 1 : opening;
  const last = wordIndexAt(words, next.start) - 1;
  if (last < first || last - first >= MAX_DESCRIBING_WORDS) return false;
  const lexicon = ctx.resources.lexicon;
  const counterpart = COUNTERPARTS.has((words[last] as Word).lower);
  if (counterpart && !/^(?:his|her)$/.test((words[first] as Word).lower)) return false;
  // Only the counterpart phrase may close with a comma: "and his U.S. counterpart, Barack Obama, said".
  if (!counterpart && /, $/.test(gap)) return false;
  for (let k = counterpart ? first + 1 : first; k <= (counterpart ? last - 1 : last); k++) {
    const word = words[k] as Word;
    if (k > first && /[,;]/.test(word.gap)) return false;
    const country = startingIn(mentions, word.start - 40, word.end).some(
      (m) => m.kind === 'country' && m.start <= word.start && m.end >= word.end,
    );
    if (!country && !isTitleWord(word, lexicon) && !lexicon.addressForms.has(word.text.replace(/\.$/, '')))
      return false;
  }
  return true;
}

/** A member's acronym in brackets right after its name: " (AU)", " (IGAD)". */
const BRACKETED_ACRONYM = /^ \([\p{Lu}.]{2,12}\)/u;

/** Whether mention `m` stands alone in brackets: the "AU" of "the African Union (AU)". */
function bracketed(text: string, m: EntityMention): boolean {
  return text[m.start - 1] === '(' && text[m.end] === ')';
}

/** The name a bracketed acronym follows ("the African Union (AU)"), else the mention itself. */
function bracketedOwner(ctx: StatementContext, m: EntityMention): EntityMention {
  if (!bracketed(ctx.state.text, m)) return m;
  const owner = startingIn(ctx.state.mentions, m.start - 120, m.start)
    .filter((o) => o.id === m.id && o.end === m.start - 2)
    .at(-1);
  return owner ?? m;
}

/**
 * The speakers listed with `speaker`, the subject right before the verb at `verbStart`: mentions of its kind joined
 * to it by "and" (with or without a serial comma) and, before that, by commas; bodies and states may be listed
 * together ("the African Union, the European Union and the United States said"). Two people may be joined by words
 * that describe the second ("X and his Sudanese counterpart Y said"). None is read before `listFrom`.
 */
export function coSubjects(
  ctx: StatementContext,
  speaker: string,
  verbStart: number,
  listFrom = 0,
): string[] {
  const { state } = ctx;
  const found = subjectBefore(state, verbStart - 120, verbStart);
  if (found?.id !== speaker) return [];
  const subject = bracketedOwner(ctx, found);
  const partners: string[] = [];
  let next = subject;
  for (;;) {
    const partner = startingIn(state.mentions, next.start - 80, next.start)
      .filter(
        (m) =>
          listableWith(m, subject.kind) &&
          m.id !== speaker &&
          m.via !== 'capital' &&
          m.end <= next.start &&
          m.start >= listFrom &&
          !bracketed(state.text, m),
      )
      .at(-1);
    if (!partner) break;
    // "the African Union (AU) and the United Nations (UN) said": a member's acronym in brackets after its name.
    const gap = textAfterMention(state.text, partner, next.start).replace(BRACKETED_ACRONYM, '');
    // Read backwards: "and" joins the list's last member, plain commas the ones before it.
    const listed = partners.length > 0;
    const joined =
      (listed ? /^, (?:the )?$/ : /^,? and (?:the )?$/).test(gap) ||
      (subject.kind === 'person' && describedPartner(ctx, partner, next, listed));
    if (!joined) break;
    partners.push(partner.id);
    next = partner;
  }
  return partners;
}
