// The extraction pipeline declared once, as data: named pure stages in the order they run.
// createExtractor validates a custom list against the same shape; each stage reads what the earlier ones added.

import { concludeAgreements } from './agreements/concluded-at.ts';
import { findAgreements } from './agreements/find-agreements.ts';
import { findEvents } from './events/find-events.ts';
import { findDates } from './entities/find-dates.ts';
import { findOrganizations } from './entities/find-organizations.ts';
import { findMeetings } from './meetings/find-meetings.ts';
import { findPersons } from './entities/find-persons.ts';
import { findStatements } from './statements/find-statements.ts';
import { findPlaces } from './entities/find-places.ts';
import { matchGazetteer } from './entities/match-gazetteer.ts';
import { resolvePersonReferences } from './entities/resolve-person-references.ts';
import { resolveStatements } from './statements/resolve-statements.ts';
import { resolveSpeakingBodies } from './statements/speaking-bodies.ts';
import { resolveGovernmentSeats } from './statements/government-seats.ts';
import { resolveRoleSpeakers } from './statements/role-speakers.ts';
import { resolveGroupReferences } from './statements/group-references.ts';
import { resolveOrgReferences } from './entities/resolve-org-references.ts';
import { resolveCounterpartTitles } from './entities/counterpart-titles.ts';
import { inferPersonCountries } from './entities/infer-person-countries.ts';
import { segmentText } from './text/segment-text.ts';
import { tokenizeWords } from './text/tokenize-words.ts';
import type { ExtractState, Resources, Stage } from './types.ts';

export interface NamedStage {
  readonly name: string;
  readonly run: Stage;
}

export const PIPELINE: readonly NamedStage[] = [
  { name: 'segment-text', run: segmentText },
  { name: 'tokenize-words', run: tokenizeWords },
  { name: 'find-dates', run: findDates },
  { name: 'match-gazetteer', run: matchGazetteer },
  { name: 'find-organizations', run: findOrganizations },
  { name: 'resolve-org-references', run: resolveOrgReferences },
  { name: 'find-persons', run: findPersons },
  { name: 'resolve-person-references', run: resolvePersonReferences },
  { name: 'infer-person-countries', run: inferPersonCountries },
  { name: 'resolve-counterpart-titles', run: resolveCounterpartTitles },
  { name: 'find-places', run: findPlaces },
  { name: 'resolve-speaking-bodies', run: resolveSpeakingBodies },
  { name: 'resolve-government-seats', run: resolveGovernmentSeats },
  { name: 'resolve-role-speakers', run: resolveRoleSpeakers },
  { name: 'resolve-group-references', run: resolveGroupReferences },
  { name: 'find-agreements', run: findAgreements },
  { name: 'find-meetings', run: findMeetings },
  { name: 'conclude-agreements', run: concludeAgreements },
  { name: 'find-statements', run: findStatements },
  { name: 'resolve-statements', run: resolveStatements },
  { name: 'find-events', run: findEvents },
];

export function runPipeline(
  initial: ExtractState,
  resources: Resources,
  stages: readonly NamedStage[] = PIPELINE,
): ExtractState {
  let state = initial;
  for (const stage of stages) state = stage.run(state, resources);
  return state;
}
