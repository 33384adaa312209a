// Scores agreements and meetings of one article, with the agreement fields (parties, signedOn, status) and
// meeting status. Returns the agreement matching too: statement-agreement links are scored through it.
import type { ExtractionResult } from '../../src/domain/extraction-result.ts';
import { emptyField, recordField, type CategoryScore, type FieldScore } from './counts.ts';
import type { GoldAgreement, GoldMeeting } from './gold-schema.ts';
import { matchInTiers, matchOneToOne, type Matching } from './matching.ts';
import { agreementNamesOverlap, datesCompatible, placesOverlap } from './normalize.ts';
import { refsAgree, type Resolve } from './resolve.ts';

type PredictedAgreement = ExtractionResult['agreements'][number];
type PredictedMeeting = ExtractionResult['meetings'][number];

/** Same parties: every gold party agrees with exactly one predicted party and nothing is left over. */
export function sameParties(
  gold: readonly string[],
  predicted: readonly string[],
  resolveGold: Resolve,
  resolvePredicted: Resolve,
): boolean {
  if (gold.length !== new Set(predicted).size) return false;
  const g = gold.map(resolveGold);
  const p = [...new Set(predicted)].map(resolvePredicted);
  return matchOneToOne(g, p, refsAgree).pairs.length === g.length;
}

export interface AgreementScore {
  category: CategoryScore;
  matching: Matching;
  parties: FieldScore;
  signedOn: FieldScore;
  status: FieldScore;
}

export function scoreAgreements(
  gold: readonly GoldAgreement[],
  result: ExtractionResult,
  resolveGold: Resolve,
  resolvePredicted: Resolve,
): AgreementScore {
  const byName = (g: GoldAgreement, p: PredictedAgreement): boolean =>
    [g.name, ...g.aliases].some((a) => [p.name, ...p.aliases].some((b) => agreementNamesOverlap(a, b)));
  const byKindAndParties = (g: GoldAgreement, p: PredictedAgreement): boolean =>
    g.parties.length > 0 &&
    g.kind === p.kind &&
    sameParties(g.parties, p.parties, resolveGold, resolvePredicted);
  const matching = matchInTiers(gold, result.agreements, [byName, byKindAndParties]);
  const parties: FieldScore = emptyField();
  const signedOn: FieldScore = emptyField();
  const status: FieldScore = emptyField();
  for (const [i, j] of matching.pairs) {
    const g = gold[i];
    const p = result.agreements[j];
    if (!g || !p) continue;
    recordField(
      parties,
      sameParties(g.parties, p.parties, resolveGold, resolvePredicted),
      g.name,
      g.parties,
      p.parties,
    );
    recordField(
      signedOn,
      g.signedOn === null || p.signedOn === null
        ? g.signedOn === p.signedOn
        : datesCompatible(g.signedOn, p.signedOn),
      g.name,
      g.signedOn,
      p.signedOn,
    );
    recordField(status, g.status === p.status, g.name, g.status, p.status);
  }
  return {
    category: {
      tp: matching.pairs.length,
      fp: matching.unmatchedPredicted.length,
      fn: matching.unmatchedGold.length,
      misses: matching.unmatchedGold.map((i) => gold[i]?.name ?? '?'),
      falsePositives: matching.unmatchedPredicted.map((j) => result.agreements[j]?.name ?? '?'),
    },
    matching,
    parties,
    signedOn,
    status,
  };
}

/** A call is only ever a call; summits, talks, visits, meetings and conferences are often the same event. */
export function meetingKindsCompatible(a: GoldMeeting['kind'], b: GoldMeeting['kind']): boolean {
  return (a === 'call') === (b === 'call');
}

function placeName(place: string | null, result: ExtractionResult): string | null {
  if (place === null) return null;
  const known = result.places.find((p) => p.id === place);
  if (known) return known.name;
  return place.startsWith('place:') ? place.slice('place:'.length).replace(/-/g, ' ') : place;
}

function meetingLabel(m: {
  kind: string;
  date: string | null;
  place: string | null;
  participants: readonly string[];
}) {
  return `${m.kind} ${m.date ?? '?'} ${m.place ?? ''} [${m.participants.join(', ')}]`.replace(/\s+/g, ' ');
}

export interface MeetingScore {
  category: CategoryScore;
  status: FieldScore;
}

export function scoreMeetings(
  gold: readonly GoldMeeting[],
  result: ExtractionResult,
  resolveGold: Resolve,
  resolvePredicted: Resolve,
): MeetingScore {
  const isMatch = (g: GoldMeeting, p: PredictedMeeting): boolean => {
    if (!meetingKindsCompatible(g.kind, p.kind)) return false;
    if (g.date !== null && (p.date === null || !datesCompatible(g.date, p.date))) return false;
    const predPlace = placeName(p.place, result);
    if (g.place !== null && predPlace !== null && placesOverlap(g.place, predPlace)) return true;
    const predParticipants = p.participants.map(resolvePredicted);
    return g.participants.some((name) => {
      const ref = resolveGold(name);
      return predParticipants.some((other) => refsAgree(ref, other));
    });
  };
  const matching = matchOneToOne(gold, result.meetings, isMatch);
  const status: FieldScore = emptyField();
  for (const [i, j] of matching.pairs) {
    const g = gold[i];
    const p = result.meetings[j];
    if (g && p) recordField(status, g.status === p.status, meetingLabel(g), g.status, p.status);
  }
  return {
    category: {
      tp: matching.pairs.length,
      fp: matching.unmatchedPredicted.length,
      fn: matching.unmatchedGold.length,
      misses: matching.unmatchedGold.flatMap((i) => (gold[i] ? [meetingLabel(gold[i])] : [])),
      falsePositives: matching.unmatchedPredicted.flatMap((j) => {
        const p = result.meetings[j];
        return p ? [meetingLabel({ ...p, place: placeName(p.place, result) })] : [];
      }),
    },
    status,
  };
}
