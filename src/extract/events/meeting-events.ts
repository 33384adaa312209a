// Meetings as CONSULT events between the countries that took part: a call is CONSULT/phone (CAMEO 041); a
// meeting in one participant's country is a visit by the others (042) and their hosting (043); one elsewhere is
// a meeting at a third location (044); one with no place is a consultation (040). Each ordered pair of countries
// is one event, as CAMEO codes reciprocal acts. A planned meeting is a future event. Pure.
import type { MeetingItem } from '../../domain/extraction-result.ts';
import type { CameoCodeId } from '../../domain/plover-codes.ts';
import { MAX_MEETING_COUNTRIES } from '../lexicon/act-words.ts';
import type { ExtractState } from '../types.ts';
import { countryOf } from './event-actors.ts';
import type { EventDraft } from './event-draft.ts';

/** One actor per country: the first participant that stands for it (a leader before their country). */
function actorsByCountry(state: ExtractState, meeting: MeetingItem): Map<string, string> {
  const byCountry = new Map<string, string>();
  for (const participant of meeting.participants) {
    const country = countryOf(state, participant);
    if (country !== null && !byCountry.has(country)) byCountry.set(country, participant);
  }
  return byCountry;
}

function codeFor(meeting: MeetingItem, source: string, target: string, host: string | null): CameoCodeId {
  if (meeting.kind === 'call') return '041';
  if (host === null) return meeting.place === null ? '040' : '044';
  if (source === host) return '043';
  if (target === host) return '042';
  return '044';
}

export function meetingEvents(state: ExtractState): EventDraft[] {
  const drafts: EventDraft[] = [];
  for (const meeting of state.meetings) {
    const actors = actorsByCountry(state, meeting);
    const placeCountry = meeting.place ? (state.places.get(meeting.place)?.country ?? null) : null;
    // "Kishida visited Washington": a visit names only the visitor; the place's country is the host.
    if (meeting.kind === 'visit' && actors.size === 1 && placeCountry !== null && !actors.has(placeCountry))
      actors.set(placeCountry, placeCountry);
    if (actors.size < 2 || actors.size > MAX_MEETING_COUNTRIES) continue;
    const host =
      meeting.kind !== 'call' && placeCountry !== null && actors.has(placeCountry) ? placeCountry : null;
    const evidence = meeting.evidence[0];
    if (!evidence) continue;
    for (const [sourceCountry, source] of actors) {
      for (const [targetCountry, target] of actors) {
        if (sourceCountry === targetCountry) continue;
        drafts.push({
          code: codeFor(meeting, sourceCountry, targetCountry, host),
          source,
          target,
          date: meeting.date,
          modality: meeting.status === 'planned' ? 'future' : 'asserted',
          from: { kind: 'meeting', id: meeting.id },
          trigger: meeting.kind,
          evidence,
        });
      }
    }
  }
  return drafts;
}
