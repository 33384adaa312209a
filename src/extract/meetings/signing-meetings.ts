// A signing the article reports as news, with the signers named or told by office, is a meeting of the signing
// parties ("the foreign ministers of Argentina and Chile on Tuesday signed five protocols"), unless a meeting found
// already holds it.

import { slug } from '../../domain/ids.ts';
import type { AgreementItem, MeetingItem } from '../../domain/extraction-result.ts';
import { SIGNER_OFFICE_WORDS, SIGNING_NEWS_DAYS, SIGNING_WORDS } from '../lexicon/meeting-words.ts';
import { personsIn } from './meeting-agents.ts';
import { firstWordOfSentence } from '../mention-index.ts';
import { referenceInstant } from '../entities/find-dates.ts';
import type { EventMention, ExtractState, Word } from '../types.ts';

const DAY_MS = 86_400_000;

/** Signed on a day within the week before publication: the article's own news. */
function recent(agreement: AgreementItem, publishedAt: string | null): boolean {
  const on = agreement.signedOn;
  if (agreement.status !== 'signed' || !on || on.length !== 10 || !publishedAt) return false;
  const days = (referenceInstant(publishedAt).getTime() - referenceInstant(on).getTime()) / DAY_MS;
  return days >= 0 && days <= SIGNING_NEWS_DAYS;
}

/** Whether sentence `index` holds one of `vocabulary`: its words found by binary search, not a scan of every word. */
function sentenceHolds(words: readonly Word[], index: number, vocabulary: ReadonlySet<string>): boolean {
  for (let i = firstWordOfSentence(words, index); i < words.length && words[i]?.sentence === index; i++)
    if (vocabulary.has(words[i]?.lower ?? '')) return true;
  return false;
}

/** The sentences of an agreement's evidence that tell its signing. */
function signingSentences(state: ExtractState, agreement: AgreementItem): number[] {
  const out: number[] = [];
  for (const e of agreement.evidence) {
    const index = state.sentences.findIndex((s) => s.start === e.start);
    if (index === -1) continue;
    if (sentenceHolds(state.words, index, SIGNING_WORDS)) out.push(index);
  }
  return out;
}

/** The people named in the signing sentences, then the agreement's country parties. */
function signers(state: ExtractState, agreement: AgreementItem, sentences: number[]): string[] {
  const people: string[] = [];
  for (const index of sentences) {
    const sentence = state.sentences[index];
    if (!sentence) continue;
    for (const id of personsIn(state.mentions, sentence.start, sentence.end))
      if (!people.includes(id)) people.push(id);
  }
  // A signing that names nobody, by name or by office ("Cyprus and the UK have signed a memorandum", "the deal
  // signed on Friday"), reports the deal, not a gathering of people the article tells.
  if (people.length === 0 && !sentences.some((i) => sentenceHolds(state.words, i, SIGNER_OFFICE_WORDS)))
    return [];
  const parties = agreement.parties.filter((p) => state.countries.has(p));
  if (people.length < 2 && parties.length < 2) return [];
  return [...people, ...parties];
}

export function signingMeetings(
  state: ExtractState,
  meetings: MeetingItem[],
  mentions: EventMention[],
): void {
  const published = state.input.publishedAt ?? null;
  for (const agreement of state.agreements) {
    if (!recent(agreement, published)) continue;
    const sentences = signingSentences(state, agreement);
    if (sentences.length === 0) continue;
    const participants = signers(state, agreement, sentences);
    if (participants.length < 2) continue;
    const date = agreement.signedOn;
    // A visit or talks of the same days with one of these parties holds the signing already ("signed during
    // the prime minister's visit"), whatever status it was read with.
    const held = meetings.some(
      (m) =>
        (!m.date || !date || m.date.startsWith(date) || date.startsWith(m.date)) &&
        m.participants.some(
          (p) =>
            participants.includes(p) ||
            participants.includes(state.persons.get(p)?.country ?? '') ||
            participants.some((q) => state.persons.get(q)?.country === p),
        ),
    );
    if (held) continue;
    // "signed on Sunday ... Negotiations had taken place in Ndele": talks or a summit already held, told with no one
    // at the table, in the same month or day and not in another city, are the gathering the deal was signed at; the
    // signers sit at it. Talks still ahead ("will host a fresh round") are a later sitting.
    const gathering = meetings.find(
      (m) =>
        m.participants.length === 0 &&
        m.status === 'held' &&
        (!m.place || !agreement.place || m.place === agreement.place) &&
        m.date !== null &&
        date !== null &&
        (date.startsWith(m.date) || m.date.startsWith(date)),
    );
    if (gathering) {
      gathering.participants.push(...participants);
      continue;
    }
    const names = participants.map(
      (id) => state.persons.get(id)?.name ?? state.countries.get(id)?.name ?? id,
    );
    const id = `meeting:${slug(['meeting', date ?? '', names.join(' ')].join(' '))}`;
    const evidence = sentences.map((index) => {
      const s = state.sentences[index] as { start: number; end: number };
      return { sentence: state.text.slice(s.start, s.end), start: s.start, end: s.end };
    });
    if (meetings.some((m) => m.id === id)) continue;
    meetings.push({
      id,
      name: `${names.join('–')} meeting`,
      kind: 'meeting',
      participants,
      place: agreement.place,
      date,
      status: 'held',
      evidence,
    });
    for (const index of sentences) {
      const s = state.sentences[index] as { start: number; end: number };
      mentions.push({ id, start: s.start, end: s.end, sentence: index });
    }
  }
}
