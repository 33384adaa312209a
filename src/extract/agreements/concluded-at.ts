// Pipeline stage: where each agreement was concluded (CONCLUDED_AT), the article's held meeting on its signing
// date, in the same place or where either place is unknown. Runs once agreements and meetings are settled. Pure.

import type { AgreementItem, MeetingItem } from '../../domain/extraction-result.ts';
import type { ExtractState } from '../types.ts';

export function concludedAt(agreement: AgreementItem, meetings: readonly MeetingItem[]): string | null {
  if (agreement.signedOn === null) return null;
  const meeting = meetings.find(
    (m) =>
      m.status === 'held' &&
      m.date === agreement.signedOn &&
      (agreement.place === null || m.place === null || m.place === agreement.place),
  );
  return meeting?.id ?? null;
}

export function concludeAgreements(state: ExtractState): ExtractState {
  const agreements = state.agreements.map((a) => ({ ...a, concludedAt: concludedAt(a, state.meetings) }));
  return { ...state, agreements };
}
