// Folds a deal retold by a speaker, whose sides took the speaker's own country ("France must not tolerate any
// infringement of the peace accord, Hollande said"), into the deal it retells. Sides are read before statements are
// known, so the speaker is read here from the telling's sentences: a person they name beside a speech verb.

import { SPEECH_VERBS } from '../lexicon/word-lists.ts';
import { GENERIC_AGREEMENT_KINDS } from '../lexicon/event-words.ts';
import { startingIn, wordIndexAt } from '../mention-index.ts';
import type { ExtractState, Sentence } from '../types.ts';
import {
  foldFacts,
  foldMentions,
  kindOf,
  oneInstrument,
  oneStanding,
  sidesOf,
  signingDate,
  type Cluster,
} from './agreement-facts.ts';
import { kindsFit } from './resolve-known-agreements.ts';

const SAYING: ReadonlySet<string> = new Set(SPEECH_VERBS);

/** Whether a word of the sentence is a speech verb ("said", "told", "warned"). */
function tellsSpeech(state: ExtractState, sentence: Sentence): boolean {
  for (let i = wordIndexAt(state.words, sentence.start); i < state.words.length; i++) {
    const word = state.words[i];
    if (!word || word.start >= sentence.end) break;
    if (SAYING.has(word.lower)) return true;
  }
  return false;
}

/** The countries of the persons named in the sentences where `cluster` is told with a speech verb. */
function speakersCountries(state: ExtractState, cluster: Cluster): Set<string> {
  const countries = new Set<string>();
  for (const index of new Set(cluster.mentions.map((m) => m.sentence))) {
    const sentence = state.sentences[index] as Sentence;
    const persons = startingIn(state.mentions, sentence.start, sentence.end).filter(
      (m) => m.kind === 'person',
    );
    if (persons.length === 0 || !tellsSpeech(state, sentence)) continue;
    for (const mention of persons) {
      const country = state.persons.get(mention.id)?.country;
      if (country) countries.add(country);
    }
  }
  return countries;
}

/**
 * Whether `telling` may be `told` once the speakers' countries are set aside: their kinds fit, neither alone is
 * proposed, and a year written with the telling ("the 2008 ceasefire agreement") is the deal's. A signing day read
 * off the telling's sentence is not compared: it is often the day of the speech ("said Friday").
 */
function sameDeal(telling: Cluster, told: Cluster): boolean {
  const x = kindOf(telling);
  const y = kindOf(told);
  const kinds = kindsFit(x, y) || GENERIC_AGREEMENT_KINDS.has(x) || GENERIC_AGREEMENT_KINDS.has(y);
  // A known deal's year is the data's, not one its sentences happen to write.
  const year = (told.known?.signedOn ?? signingDate(told))?.slice(0, 4);
  const yearsFit = telling.statedYear === null || year === undefined || telling.statedYear.startsWith(year);
  return kinds && yearsFit && oneStanding(telling, told);
}

/**
 * "Hollande said ... the Minsk peace accord" told as a France–Ukraine accord, "Latvian Foreign Minister Edgars
 * Rinkēvičs said ... the Minsk Agreement" told as a Latvia–Russia one: an unknown deal whose sides beyond another
 * deal's are all countries of the persons speaking where it is told, and whose other sides are some of that deal's,
 * is that deal, when it is the only such one, their kinds fit and neither alone is a proposal. A deal told as one
 * more ("a new accord") stays apart; so does one with no side left once the speakers' countries are set aside (the
 * two ministers' own agreement).
 */
export function joinSpeakerSides(clusters: readonly Cluster[], state: ExtractState): Cluster[] {
  // Cheap guards first: a telling needs another deal with sides to join.
  const sided = clusters.filter((c) => sidesOf(c).length > 0 && oneInstrument(c));
  if (sided.length < 2) return [...clusters];
  const folded = new Set<Cluster>();
  for (const telling of sided) {
    if (telling.known || telling.mentions.some((m) => m.another)) continue;
    const speakers = speakersCountries(state, telling);
    if (speakers.size === 0) continue;
    const kept = telling.parties.filter((p) => !speakers.has(p));
    if (kept.length === 0 || kept.length === telling.parties.length) continue;
    const told = sided.filter(
      (c) =>
        c !== telling &&
        !folded.has(c) &&
        kept.every((p) => sidesOf(c).includes(p)) &&
        telling.parties.some((p) => speakers.has(p) && !sidesOf(c).includes(p)) &&
        sameDeal(telling, c),
    );
    const [target] = told;
    if (!target || told.length > 1) continue;
    target.descriptor ??= telling.descriptor;
    if (telling.name) target.aliases.add(telling.name);
    foldMentions(target, telling);
    for (const [kind, votes] of telling.kinds) target.kinds.set(kind, (target.kinds.get(kind) ?? 0) + votes);
    // The retelling's sides were the speaker's reading: the deal keeps its own (foldFacts leaves them).
    foldFacts(target, telling);
    folded.add(telling);
  }
  return folded.size === 0 ? [...clusters] : clusters.filter((c) => !folded.has(c));
}
