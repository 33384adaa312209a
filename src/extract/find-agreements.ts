// Finds agreements: named ones ("New START Treaty") and the one an article calls "the treaty", "the pact", "the new
// agreement" or "comprehensive strategic partnership", with parties, signatories, date, place and status.

import { slug } from '../domain/ids.ts';
import type { AgreementItem, Evidence } from '../domain/extraction-result.ts';
import { AGREEMENT_WORDS, SIGN_VERBS, STATUS_CUES } from './data/events.ts';
import { coverWords, startingIn } from './mention-index.ts';
import type { EntityMention, EventMention, ExtractState, Resources, Sentence, Word } from './types.ts';

const DETERMINERS = new Set([
  'the',
  'a',
  'an',
  'this',
  'that',
  'their',
  'its',
  'his',
  'her',
  'our',
  'such',
  'any',
  'which',
]);
const DESCRIPTOR_WORDS =
  /^(?:comprehensive|strategic|mutual|military|defen[cs]e|security|economic|trade|nuclear|peace|partnership|cooperation|friendship|free|arms|control|bilateral|trilateral|alliance|maritime|energy|grain|ceasefire|cease-fire|investment|technology|space|border|non-aggression|mutual-defense|assistance|good-neighborliness)$/;
const MODIFIERS =
  /^(?:new|newly|signed|recent|landmark|historic|proposed|planned|draft|bilateral|this|the|latest|old|existing|reached)$/;
const STATUS_ORDER: Record<string, number> = {
  withdrawn: 6,
  suspended: 5,
  ratified: 4,
  signed: 3,
  negotiating: 2,
  proposed: 1,
};
const NOT_AGREEMENT_NEXT = new Set(['with']);

interface RawMention {
  start: number;
  end: number;
  sentence: number;
  kind: AgreementItem['kind'] | null;
  name: string | null;
  descriptor: string | null;
  surface: string;
  parties: string[];
}

interface Cluster {
  name: string | null;
  kinds: Map<string, number>;
  descriptors: string[];
  aliases: Set<string>;
  parties: string[];
  signatories: string[];
  signedOn: string | null;
  place: string | null;
  status: AgreementItem['status'];
  mentions: RawMention[];
}

/** Capitalized words before and an "on/of the ..." tail after a capitalized kind word: the agreement's name. */
function namedSpan(words: readonly Word[], k: number): [number, number] | null {
  let first = k;
  while (
    first > 0 &&
    words[first]?.gap === ' ' &&
    words[first - 1]?.cap &&
    !DETERMINERS.has(words[first - 1]?.lower ?? '')
  )
    first--;
  let last = k;
  if (['on', 'of'].includes(words[k + 1]?.lower ?? '') && words[k + 1]?.gap === ' ') {
    let j = k + 2;
    if (words[j]?.lower === 'the') j++;
    while (words[j]?.cap && words[j]?.gap === ' ') {
      last = j;
      j++;
      if (['of', 'and', 'on', 'in'].includes(words[j]?.lower ?? '') && words[j + 1]?.cap) j++;
    }
  }
  return last > first ? [first, last] : null;
}

function countriesIn(mentions: readonly EntityMention[], start: number, end: number): string[] {
  return startingIn(mentions, start, end)
    .filter((m) => m.kind === 'country' && m.via !== 'capital')
    .map((m) => m.id);
}

function rawMentions(state: ExtractState): RawMention[] {
  const { words, text, mentions, sentences } = state;
  const cover = coverWords(words, mentions);
  const out: RawMention[] = [];
  for (let k = 0; k < words.length; k++) {
    const word = words[k];
    const kind = word ? AGREEMENT_WORDS[word.lower] : undefined;
    if (!word || !kind || sentences[word.sentence]?.ignored || cover[k] !== -1) continue;
    const next = words[k + 1];
    if (
      next &&
      NOT_AGREEMENT_NEXT.has(next.lower) &&
      ['deal', 'agreement'].includes(word.lower) &&
      words[k - 1]?.lower === 'to'
    )
      continue;
    if (word.lower === 'deal' && ['to', 'great', 'good'].includes(words[k - 1]?.lower ?? '')) continue;
    const named = word.cap ? namedSpan(words, k) : null;
    let first = k;
    while (first > 0 && words[first]?.gap === ' ' && DESCRIPTOR_WORDS.test(words[first - 1]?.lower ?? ''))
      first--;
    const descriptor =
      first < k || kind === 'other' ? text.slice(words[first]?.start ?? word.start, word.end) : null;
    // A bare "partnership" or "protocol" is too vague to be an agreement.
    if (kind === 'other' && !named && first === k) continue;
    let surfaceStart = first;
    while (
      surfaceStart > 0 &&
      words[surfaceStart]?.gap === ' ' &&
      MODIFIERS.test(words[surfaceStart - 1]?.lower ?? '') &&
      !DETERMINERS.has(words[surfaceStart - 1]?.lower ?? '')
    )
      surfaceStart--;
    const sentence = sentences[word.sentence] as Sentence;
    const parties = new Set<string>();
    // "<kind> with X", "between X and Y": explicit parties.
    const after = text.slice(word.end, Math.min(sentence.end, word.end + 60));
    const withMatch = /^ (?:with|between) /.exec(after);
    if (withMatch)
      for (const id of countriesIn(mentions, word.end, word.end + 60).slice(0, 2)) parties.add(id);
    // "Russia-North Korea treaty": countries inside the noun phrase.
    for (const id of countriesIn(mentions, words[Math.max(0, first - 4)]?.start ?? 0, word.start)) {
      const between = text.slice(words[Math.max(0, first - 4)]?.start ?? 0, word.start);
      if (!/[,.;]/.test(between)) parties.add(id);
    }
    if (parties.size === 1 && withMatch) {
      // "X's new treaty with Y" or "X says new treaty with Y": the first country before it in the sentence is the other party.
      const owner = countriesIn(mentions, sentence.start, word.start)[0];
      if (owner) parties.add(owner);
    }
    const name = named
      ? text.slice(words[named[0]]?.start ?? 0, words[named[1]]?.end ?? 0).replace(/^The /, '')
      : null;
    out.push({
      start: words[surfaceStart]?.start ?? word.start,
      end: word.end,
      sentence: word.sentence,
      kind: kind === 'other' && !named ? null : kind,
      name,
      descriptor: kind === 'other' || descriptor ? descriptor : null,
      surface: text.slice(words[surfaceStart]?.start ?? word.start, word.end),
      parties: [...parties],
    });
  }
  return out;
}

function dateIn(state: ExtractState, sentence: number): string | null {
  const date = state.dates.find((d) => d.sentence === sentence && /^\d{4}-\d{2}(-\d{2})?$/.test(d.value));
  return date?.value ?? null;
}

/** Facts from a sentence that names the agreement: signing people and date, place, status. */
function readSentence(state: ExtractState, cluster: Cluster, raw: RawMention): void {
  const sentence = state.sentences[raw.sentence] as Sentence;
  const body = state.text.slice(sentence.start, sentence.end);
  for (const [status, cue] of STATUS_CUES) {
    if (cue.test(body) && (STATUS_ORDER[status] ?? 0) > (STATUS_ORDER[cluster.status ?? ''] ?? 0))
      cluster.status = status;
  }
  const sign = SIGN_VERBS.exec(body);
  if (!sign) return;
  const signAt = sentence.start + sign.index;
  const inSentence = startingIn(state.mentions, sentence.start, sentence.end);
  const possessive = /\b(?:their|both)\b[^.]{0,20}$/i.test(state.text.slice(sentence.start, signAt));
  for (const mention of inSentence) {
    if (mention.kind !== 'person') continue;
    const near = Math.abs(mention.start - signAt) < 90 || (possessive && mention.start < signAt);
    if (near && !cluster.signatories.includes(mention.id)) cluster.signatories.push(mention.id);
  }
  cluster.signedOn ??= dateIn(state, raw.sentence);
  const place = inSentence.find((m) => m.kind === 'place');
  cluster.place ??= place?.id ?? null;
}

export function findAgreements(state: ExtractState, _resources: Resources): ExtractState {
  const clusters: Cluster[] = [];
  let focus: Cluster | null = null;
  for (const raw of rawMentions(state)) {
    let cluster: Cluster | undefined;
    if (raw.name) cluster = clusters.find((c) => c.name !== null && slug(c.name) === slug(raw.name ?? ''));
    else if (
      focus &&
      (raw.parties.length === 0 ||
        focus.parties.length === 0 ||
        raw.parties.some((p) => focus?.parties.includes(p)))
    )
      cluster = focus;
    if (!cluster) {
      cluster = {
        name: raw.name,
        kinds: new Map(),
        descriptors: [],
        aliases: new Set(),
        parties: [],
        signatories: [],
        signedOn: null,
        place: null,
        status: null,
        mentions: [],
      };
      clusters.push(cluster);
    }
    focus = cluster;
    cluster.mentions.push(raw);
    if (raw.kind) cluster.kinds.set(raw.kind, (cluster.kinds.get(raw.kind) ?? 0) + 1);
    if (raw.descriptor && !cluster.descriptors.includes(raw.descriptor))
      cluster.descriptors.push(raw.descriptor);
    cluster.aliases.add(raw.surface);
    for (const party of raw.parties) if (!cluster.parties.includes(party)) cluster.parties.push(party);
    readSentence(state, cluster, raw);
  }
  const agreements: AgreementItem[] = [];
  const agreementMentions: EventMention[] = [];
  for (const cluster of clusters) {
    for (const signatory of cluster.signatories) {
      const country = state.persons.get(signatory)?.country;
      if (country && !cluster.parties.includes(country)) cluster.parties.push(country);
    }
    const kind = ([...cluster.kinds.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ??
      'other') as AgreementItem['kind'];
    const partyNames = cluster.parties.map((p) => state.countries.get(p)?.name ?? p);
    const descriptor = cluster.descriptors.find((d) => d.includes(' ')) ?? null;
    const descriptorText = descriptor ? descriptor.replace(new RegExp(`\\s*${kind}$`, 'i'), '') : '';
    const name =
      cluster.name ?? [partyNames.join('–'), descriptorText, kind].filter((part) => part !== '').join(' ');
    const year = cluster.signedOn?.slice(0, 4) ?? state.input.publishedAt?.slice(0, 4) ?? '';
    const key = cluster.name ?? [[...cluster.parties].sort().join(' '), kind, year].join(' ');
    const id = `agreement:${slug(key) || 'unnamed'}`;
    const evidence: Evidence[] = [];
    for (const raw of cluster.mentions) {
      const sentence = state.sentences[raw.sentence] as Sentence;
      if (!evidence.some((e) => e.start === sentence.start))
        evidence.push({
          sentence: state.text.slice(sentence.start, sentence.end),
          start: sentence.start,
          end: sentence.end,
        });
      agreementMentions.push({ id, start: raw.start, end: raw.end, sentence: raw.sentence });
    }
    const aliases = [...new Set([...cluster.descriptors, ...cluster.aliases])]
      .filter((a) => a !== name)
      .sort();
    const existing = agreements.find((a) => a.id === id);
    if (existing) {
      existing.evidence.push(...evidence);
      continue;
    }
    agreements.push({
      id,
      name,
      aliases,
      kind,
      parties: cluster.parties,
      signatories: cluster.signatories,
      signedOn: cluster.signedOn,
      place: cluster.place,
      status: cluster.status ?? (cluster.signedOn ? 'signed' : null),
      evidence,
    });
  }
  agreementMentions.sort((a, b) => a.start - b.start);
  return { ...state, agreements, agreementMentions };
}
