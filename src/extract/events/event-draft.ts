// An event before its id, scores and countries are settled: what each source (statements, meetings,
// agreements) proposes. find-events.ts completes and deduplicates them.
import type { EventItem } from '../../domain/event-item.ts';
import type { CameoCodeId } from '../../domain/plover-codes.ts';

export interface EventDraft {
  code: CameoCodeId;
  source: string;
  target: string | null;
  date: string | null;
  modality: EventItem['modality'];
  from: EventItem['from'];
  trigger: string;
  evidence: EventItem['evidence'];
  /** Index of the act word in the article's words, when a word made it an act. */
  at?: number;
}
