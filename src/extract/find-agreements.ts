// Groups agreement mentions into agreements: named ones, described ones ("crude oil supply agreement"), and the
// one in focus that "the treaty"/"the pact" refer to; adds parties, signatories, date, place and status.

import { slug } from '../domain/ids.ts';
import type { AgreementItem, Evidence } from '../domain/extraction-result.ts';
import { readAgreementMentions, type RawAgreement } from './agreement-mentions.ts';
import { SIGN_VERBS, STATUS_CUES } from './data/events.ts';
import { startingIn } from './mention-index.ts';
import type { EventMention, ExtractState, Resources, Sentence } from './types.ts';

const STATUS_ORDER: Record<string, number> = {
  withdrawn: 6,
  suspended: 5,
  ratified: 4,
  signed: 3,
  negotiating: 2,
  proposed: 1,
};
const STATUS_REACH = 90;
const GLOBAL_STATUS_CUES = STATUS_CUES.map(
  ([status, cue]) => [status, new RegExp(cue.source, 'gi')] as const,
);
/** Verbs whose subjects are an agreement's parties ("Iran and Saudi Arabia agreed ... in a deal"). */
const PARTY_VERBS = /\b(?:signed|signing|inked|reached|struck|sealed|concluded)\b/i;
const STRICT_SIGN = /\b(?:signed|signing|inked)\b/i;
/** "the two sides", "both countries": the article's main pair of countries are the parties. */
const BILATERAL = /\b(?:two|both) (?:sides|countries|nations|leaders|governments)\b|\bbilateral\b/i;

interface Cluster {
  name: string | null;
  descriptor: string | null;
  kinds: Map<string, number>;
  relationships: string[];
  aliases: Set<string>;
  parties: string[];
  signatories: string[];
  signedOn: string | null;
  place: string | null;
  status: AgreementItem['status'];
  mentions: RawAgreement[];
}

const newCluster = (raw: RawAgreement): Cluster => ({
  name: raw.name,
  descriptor: raw.relationship ? null : raw.descriptor,
  kinds: new Map(),
  relationships: [],
  aliases: new Set(),
  parties: [],
  signatories: [],
  signedOn: null,
  place: null,
  status: null,
  mentions: [],
});

/** The status cue nearest the mention in its sentence ("suspended New START ... withdrew from the INF Treaty"). */
function statusNear(body: string, offset: number): AgreementItem['status'] {
  let best: AgreementItem['status'] = null;
  let bestDistance = STATUS_REACH;
  for (const [status, cue] of GLOBAL_STATUS_CUES) {
    for (const match of body.matchAll(cue)) {
      const distance = Math.abs(match.index - offset);
      if (distance < bestDistance) {
        bestDistance = distance;
        best = status;
      }
    }
  }
  return best;
}

/** People who signed: the subject before a signing verb ("Putin and Kim reached"), or the agent after "signed ... by". */
function signersIn(state: ExtractState, sentence: Sentence, signAt: number, signEnd: number): string[] {
  const { text, mentions } = state;
  const persons = (from: number, to: number): string[] =>
    startingIn(mentions, from, to)
      .filter((m) => m.kind === 'person')
      .map((m) => m.id);
  const after = text.slice(signEnd, sentence.end);
  const agent = /^(?: [\w-]+){0,4}? by /.exec(after);
  if (agent) {
    const stop = /[;.]|, (?!and )|\b(?:in a|witnessed|while|as)\b/.exec(after.slice(agent[0].length));
    return persons(signEnd, signEnd + agent[0].length + (stop ? stop.index : after.length));
  }
  const head = text.slice(sentence.start, signAt);
  if (/\b(?:their|both)\b[^.]{0,30}$/i.test(head)) return persons(sentence.start, signAt);
  const clauseStart = Math.max(head.lastIndexOf(', '), head.lastIndexOf('; '));
  const before = persons(clauseStart === -1 ? sentence.start : sentence.start + clauseStart, signAt);
  const withPeople = /^ with /.test(after) ? persons(signEnd, signEnd + 80) : [];
  return [...before, ...withPeople];
}

/** Facts from the sentence of a mention: signing people and date, place, status, subject parties. */
function readSentence(state: ExtractState, cluster: Cluster, raw: RawAgreement): void {
  const sentence = state.sentences[raw.sentence] as Sentence;
  const body = state.text.slice(sentence.start, sentence.end);
  // "Among them was a long-term agreement ...": the signing may be told in the sentence before.
  const previous = state.sentences[raw.sentence - 1];
  const previousSigned =
    previous !== undefined &&
    !previous.ignored &&
    STRICT_SIGN.test(state.text.slice(previous.start, previous.end));
  const status = statusNear(body, raw.start - sentence.start) ?? (previousSigned ? 'signed' : null);
  if (status && (STATUS_ORDER[status] ?? 0) > (STATUS_ORDER[cluster.status ?? ''] ?? 0))
    cluster.status = status;
  const near = state.dates.filter(
    (d) => d.sentence === raw.sentence && d.start > raw.start - 30 && d.start < raw.end + 30,
  );
  const sign = SIGN_VERBS.exec(body);
  // Else the date nearest the signing verb ("signed in Pyongyang on June 19", not the dateline's date).
  const signAt0 = sign ? sentence.start + sign.index : -1;
  const sameSentence = sign
    ? state.dates.filter((d) => d.sentence === raw.sentence && Math.abs(d.start - signAt0) < 140)
    : [];
  sameSentence.sort((a, b) => Math.abs(a.start - signAt0) - Math.abs(b.start - signAt0));
  const dated = near[0] ?? sameSentence[0];
  if (dated && /^\d{4}/.test(dated.value)) cluster.signedOn ??= dated.value;
  if (!sign) return;
  const signAt = sentence.start + sign.index;
  for (const id of signersIn(state, sentence, signAt, signAt + sign[0].length))
    if (!cluster.signatories.includes(id)) cluster.signatories.push(id);
  // "Japan and the Philippines signed a defense pact": the countries that sign are the parties.
  if (signAt < raw.start && PARTY_VERBS.test(sign[0])) {
    const head = state.text.slice(sentence.start, signAt);
    const boundary = /(?:, |\b(?:that|which|who) )(?![\s\S]*(?:, |\b(?:that|which|who) ))/.exec(head);
    const clauseStart = boundary ? sentence.start + boundary.index : sentence.start;
    for (const m of startingIn(state.mentions, clauseStart, signAt))
      if (m.kind === 'country' && m.via !== 'capital' && !cluster.parties.includes(m.id))
        cluster.parties.push(m.id);
  }
  const place = startingIn(state.mentions, sentence.start, sentence.end).find((m) => m.kind === 'place');
  cluster.place ??= place?.id ?? null;
}

function clusterFor(clusters: Cluster[], focus: Cluster | null, raw: RawAgreement): Cluster | undefined {
  if (raw.name) return clusters.find((c) => c.name !== null && slug(c.name) === slug(raw.name ?? ''));
  if (raw.relationship) return focus ?? undefined;
  if (raw.descriptor) {
    const same = clusters.find(
      (c) => c.descriptor !== null && slug(c.descriptor) === slug(raw.descriptor ?? ''),
    );
    // A headline's "treaty" previews the agreement the first paragraph then describes.
    const previewOnly =
      focus !== null &&
      !focus.name &&
      !focus.descriptor &&
      focus.mentions.every((m) => m.sentence === 0 || m.relationship);
    // "..., completing the steps for the mutual defense pact signed by ...": a definite re-description in the
    // sentence that just named the agreement in focus is that agreement.
    const lastSentence = focus?.mentions[focus.mentions.length - 1]?.sentence;
    const redescribed =
      focus !== null &&
      raw.definite &&
      lastSentence === raw.sentence &&
      (raw.parties.length === 0 || raw.parties.some((p) => focus.parties.includes(p)));
    return same ?? (previewOnly || redescribed ? (focus ?? undefined) : undefined);
  }
  // "The agreement": the one just named, else the article's main one (a side agreement mentioned in passing
  // does not take over every later "the agreement").
  const lastSentence = focus?.mentions[focus.mentions.length - 1]?.sentence ?? -9;
  const main = [...clusters].sort((a, b) => b.mentions.length - a.mentions.length)[0];
  const target = raw.sentence - lastSentence <= 1 ? focus : (main ?? focus);
  if (
    target &&
    (raw.parties.length === 0 ||
      target.parties.length === 0 ||
      raw.parties.some((p) => target.parties.includes(p)))
  )
    return target;
  return undefined;
}

/** A short description just before a named agreement is usually that agreement ("a defense pact ... The RAA was signed"). */
function absorbDescriptions(clusters: Cluster[]): Cluster[] {
  const out: Cluster[] = [];
  for (const cluster of clusters) {
    const previous = out[out.length - 1];
    const first = cluster.mentions[0];
    // Judge the description by what came before the name: later "the pact"s may have gathered around it since.
    const earlier = previous?.mentions.filter((m) => m.sentence <= (first?.sentence ?? 0)) ?? [];
    const last = earlier[earlier.length - 1];
    if (
      cluster.name &&
      previous &&
      !previous.name &&
      earlier.length <= 2 &&
      first &&
      last &&
      first.sentence - last.sentence <= 2 &&
      (previous.descriptor ?? '').split(' ').length <= 3
    ) {
      cluster.mentions.unshift(...previous.mentions);
      cluster.mentions.sort((a, b) => a.start - b.start);
      for (const alias of previous.aliases) cluster.aliases.add(alias);
      for (const party of previous.parties) if (!cluster.parties.includes(party)) cluster.parties.push(party);
      cluster.signedOn ??= previous.signedOn;
      cluster.status ??= previous.status;
      out[out.length - 1] = cluster;
      continue;
    }
    out.push(cluster);
  }
  return out;
}

/** The two countries an article names most: "the two sides" of a bilateral story. */
function mainPair(state: ExtractState): string[] {
  const counts = new Map<string, number>();
  for (const m of state.mentions) if (m.kind === 'country') counts.set(m.id, (counts.get(m.id) ?? 0) + 1);
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  // Only a clear pair: the third country must trail well behind the second.
  if (ranked.length < 2 || (ranked[2] && (ranked[2][1] ?? 0) * 1.5 > (ranked[1]?.[1] ?? 0))) return [];
  return ranked.slice(0, 2).map(([id]) => id);
}

/** The full date of the first sentence that tells of a signing ("signed ... on Tuesday"). */
function articleSignDate(state: ExtractState): string | null {
  for (const date of state.dates) {
    const sentence = state.sentences[date.sentence];
    if (
      sentence &&
      date.value.length === 10 &&
      STRICT_SIGN.test(state.text.slice(sentence.start, sentence.end))
    )
      return date.value;
  }
  return null;
}

function dominantKind(cluster: Cluster): AgreementItem['kind'] {
  return ([...cluster.kinds.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ??
    'other') as AgreementItem['kind'];
}

/**
 * The key an agreement's id comes from, the same in every article naming it: its proper name, else its parties,
 * kind and year. Only when two agreements of one article would share that key does the lesser one add its
 * description ("crude oil supply"), so the main agreement keeps the key other articles also give it.
 */
function canonicalKeys(clusters: readonly Cluster[], publishedAt: string | null): Map<Cluster, string> {
  const keys = new Map<Cluster, string>();
  const taken = new Set<string>();
  for (const cluster of [...clusters].sort((a, b) => b.mentions.length - a.mentions.length)) {
    if (cluster.name) {
      keys.set(cluster, cluster.name);
      continue;
    }
    const year = cluster.signedOn?.slice(0, 4) ?? publishedAt?.slice(0, 4) ?? '';
    const base = [[...cluster.parties].sort().join(' '), dominantKind(cluster), year].join(' ');
    const key = taken.has(base) && cluster.descriptor ? `${base} ${cluster.descriptor}` : base;
    taken.add(key);
    keys.set(cluster, key);
  }
  return keys;
}

export function findAgreements(state: ExtractState, _resources: Resources): ExtractState {
  let clusters: Cluster[] = [];
  let focus: Cluster | null = null;
  for (const raw of readAgreementMentions(state)) {
    let cluster = clusterFor(clusters, focus, raw);
    if (!cluster) {
      cluster = newCluster(raw);
      clusters.push(cluster);
    }
    focus = cluster;
    cluster.descriptor ??= raw.relationship ? null : raw.descriptor;
    cluster.mentions.push(raw);
    if (raw.kind) cluster.kinds.set(raw.kind, (cluster.kinds.get(raw.kind) ?? 0) + (raw.name ? 10 : 1));
    if (raw.relationship && raw.descriptor && !cluster.relationships.includes(raw.descriptor))
      cluster.relationships.push(raw.descriptor);
    cluster.aliases.add(raw.surface);
    for (const party of raw.parties) if (!cluster.parties.includes(party)) cluster.parties.push(party);
    readSentence(state, cluster, raw);
  }
  clusters = absorbDescriptions(clusters);
  const pair = mainPair(state);
  const signDate = articleSignDate(state);
  for (const cluster of clusters) {
    const bodies = cluster.mentions.map((m) =>
      state.text.slice(state.sentences[m.sentence]?.start ?? 0, state.sentences[m.sentence]?.end ?? 0),
    );
    if (
      cluster.parties.length === 0 &&
      cluster.signatories.length === 0 &&
      pair.length === 2 &&
      (cluster.status === 'signed' || bodies.some((b) => BILATERAL.test(b)))
    )
      cluster.parties.push(...pair);
    if (cluster.status === 'signed' && !cluster.signedOn && !cluster.name) cluster.signedOn = signDate;
  }
  for (const cluster of clusters) {
    for (const signatory of cluster.signatories) {
      const country = state.persons.get(signatory)?.country;
      if (country && !cluster.parties.includes(country)) cluster.parties.push(country);
    }
  }
  const keys = canonicalKeys(clusters, state.input.publishedAt ?? null);
  const agreements: AgreementItem[] = [];
  const agreementMentions: EventMention[] = [];
  for (const cluster of clusters) {
    const kind = dominantKind(cluster);
    const partyNames = cluster.parties.map((p) => state.countries.get(p)?.name ?? p).join('-');
    const relationship = cluster.relationships.find((d) => d.includes(' '));
    const described =
      cluster.descriptor ??
      [relationship?.replace(/\s*partnership$/i, ' partnership') ?? '', kind]
        .filter((p) => p !== '')
        .join(' ');
    const name = cluster.name ?? [partyNames, described].filter((p) => p !== '').join(' ');
    const key = keys.get(cluster) ?? name;
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
    const aliases = [...new Set([...cluster.relationships, ...cluster.aliases])]
      .filter((a) => a !== name)
      .sort();
    const status =
      cluster.status ??
      (cluster.signedOn && cluster.signedOn <= (state.input.publishedAt ?? '9999') ? 'signed' : null);
    const existing = agreements.find((a) => a.id === id);
    if (existing) existing.evidence.push(...evidence);
    else
      agreements.push({
        id,
        name,
        aliases,
        kind,
        parties: cluster.parties,
        signatories: cluster.signatories,
        signedOn: cluster.signedOn?.match(/^\d{4}-\d{2}/) ? cluster.signedOn : null,
        place: cluster.place,
        status,
        evidence,
      });
  }
  agreementMentions.sort((a, b) => a.start - b.start);
  return { ...state, agreements, agreementMentions };
}
