// Agreements as events between their parties: signing or ratifying is SUPPORT (CAMEO 057, sign formal agreement),
// negotiating is CONSULT (046), suspending or withdrawing is SANCTION (160, reduce relations) by the party named
// before the verb toward the others. Only what the article reports: the verb must be in an evidence sentence, and
// a signing dated long before the article is history, not an event of this article. Pure.
import type { AgreementItem } from '../../domain/extraction-result.ts';
import type { CameoCodeId } from '../../domain/plover-codes.ts';
import { RECENT_SIGNING_DAYS } from '../lexicon/act-words.ts';
import { AGREEMENT_ACT_WORDS } from '../lexicon/agreement-act-words.ts';
import { wordIndexAt } from '../mention-index.ts';
import { winkMayNegate } from '../text/negation-openers.ts';
import type { ExtractState, Word } from '../types.ts';
import { countryOf } from './event-actors.ts';
import type { EventDraft } from './event-draft.ts';
import { modalityAt, type WordFactsOf } from './event-modality.ts';

const CODE_OF_STATUS: Partial<Record<NonNullable<AgreementItem['status']>, CameoCodeId>> = {
  signed: '057',
  ratified: '057',
  negotiating: '046',
  suspended: '160',
  withdrawn: '160',
};

const DAY_MS = 86_400_000;

function isHistory(signedOn: string | null, publishedAt: string | undefined): boolean {
  if (signedOn === null || publishedAt === undefined) return false;
  const signed = Date.parse(
    signedOn.length === 4 ? `${signedOn}-12-31` : signedOn.length === 7 ? `${signedOn}-28` : signedOn,
  );
  return Date.parse(publishedAt) - signed > RECENT_SIGNING_DAYS * DAY_MS;
}

/** The first word of the agreement's evidence that reports its status ("signed", "withdrew"), if any. */
function statusWord(state: ExtractState, agreement: AgreementItem, status: string): number {
  const cues: readonly string[] = AGREEMENT_ACT_WORDS[status as keyof typeof AGREEMENT_ACT_WORDS] ?? [];
  for (const evidence of agreement.evidence) {
    for (let i = wordIndexAt(state.words, evidence.start); i < state.words.length; i++) {
      const word = state.words[i] as Word;
      if (word.start >= evidence.end) break;
      if (cues.includes(word.lower)) return i;
    }
  }
  return -1;
}

/** The party that acted: the last actor named before the verb in its sentence ("Russia suspended ..."). */
function actorBefore(state: ExtractState, at: number): string | null {
  const word = state.words[at] as Word;
  let actor: string | null = null;
  for (const mention of state.mentions) {
    if (mention.start >= word.start) break;
    if (mention.sentence === word.sentence && mention.kind !== 'place') actor = mention.id;
  }
  return actor;
}

export function agreementEvents(state: ExtractState, wordFacts: WordFactsOf): EventDraft[] {
  const drafts: EventDraft[] = [];
  for (const agreement of state.agreements) {
    const code = agreement.status ? CODE_OF_STATUS[agreement.status] : undefined;
    if (!code || !agreement.status) continue;
    // An old treaty suspended today is today's act; only its signing is history.
    if (code === '057' && isHistory(agreement.signedOn, state.input.publishedAt)) continue;
    const at = statusWord(state, agreement, agreement.status);
    if (at < 0) continue;
    const word = state.words[at] as Word;
    const sentence = state.sentences[word.sentence];
    if (!sentence) continue;
    // Only wink's negation flag is read: with no word before it that can open a negation it is false, untagged.
    const facts = winkMayNegate(state.words, at)
      ? wordFacts(state.text.slice(sentence.start, sentence.end), word.start - sentence.start)
      : null;
    const modality = modalityAt(state.words, at, facts?.negated ?? false);
    const evidence = {
      sentence: state.text.slice(sentence.start, sentence.end),
      start: sentence.start,
      end: sentence.end,
    };
    const actorOf = (party: string) =>
      agreement.signatories.find((s) => countryOf(state, s) === countryOf(state, party)) ?? party;
    let sources = agreement.parties;
    if (code === '160') {
      const actor = actorBefore(state, at);
      const country = actor === null ? null : countryOf(state, actor);
      const party = agreement.parties.find((p) => countryOf(state, p) === country);
      sources = party ? [party] : [];
    }
    for (const source of sources) {
      for (const target of agreement.parties) {
        if (target === source || countryOf(state, target) === countryOf(state, source)) continue;
        drafts.push({
          code,
          source: actorOf(source),
          target: actorOf(target),
          date: agreement.signedOn !== null && code === '057' ? agreement.signedOn : null,
          modality,
          from: { kind: 'agreement', id: agreement.id },
          trigger: word.text,
          evidence,
        });
      }
    }
  }
  return drafts;
}
