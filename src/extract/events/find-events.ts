// Pipeline stage: codes the acts of the article as PLOVER events, after agreements, meetings and statements are
// settled. Each source proposes drafts; here they get their category, Goldstein intensity, countries, date and a
// deterministic id, and a statement with no target of its own takes its speaker's usual counterpart. Pure.
import type { EventItem } from '../../domain/event-item.ts';
import { compareIds, stableHash } from '../../domain/ids.ts';
import { cameoCode } from '../../domain/plover-codes.ts';
import { articleIdFor } from '../assemble-result.ts';
import type { ExtractState, Resources } from '../types.ts';
import { agreementEvents } from './agreement-events.ts';
import { countryOf } from './event-actors.ts';
import type { EventDraft } from './event-draft.ts';
import { articleWordFacts } from './event-modality.ts';
import { meetingEvents } from './meeting-events.ts';
import { sentenceEvents } from './sentence-events.ts';
import { statementEvents } from './statement-events.ts';

/**
 * "The treaty is a kind of warning", said by a speaker whose other words that day are about Seoul: a speaker's
 * act that names no target is addressed to the country their other acts and statements in the story address most.
 */
function usualTargets(state: ExtractState, drafts: readonly EventDraft[]): Map<string, string> {
  const counts = new Map<string, Map<string, number>>();
  const count = (speaker: string, target: string) => {
    const bySpeaker = counts.get(speaker) ?? new Map<string, number>();
    bySpeaker.set(target, (bySpeaker.get(target) ?? 0) + 1);
    counts.set(speaker, bySpeaker);
  };
  for (const statement of state.statements) {
    const own = countryOf(state, statement.speaker);
    for (const about of statement.about) {
      const country = countryOf(state, about);
      if (country !== null && country !== own && /^[A-Z]{3}$/.test(about)) count(statement.speaker, about);
    }
  }
  for (const draft of drafts) if (draft.target !== null) count(draft.source, draft.target);
  const out = new Map<string, string>();
  for (const [speaker, targets] of counts) {
    const best = [...targets].sort((a, b) => b[1] - a[1] || compareIds(a[0], b[0]))[0];
    if (best) out.set(speaker, best[0]);
  }
  return out;
}

function complete(state: ExtractState, articleId: string, draft: EventDraft): EventItem {
  const code = cameoCode(draft.code);
  const sourceCountry = countryOf(state, draft.source);
  const targetCountry = draft.target === null ? null : countryOf(state, draft.target);
  return {
    id: `event:${stableHash([articleId, draft.from.id, draft.code, draft.source, draft.target ?? ''].join('|'))}`,
    category: code.category,
    mode: code.mode,
    cameo: draft.code,
    intensity: code.goldstein,
    source: draft.source,
    target: draft.target,
    sourceCountry,
    targetCountry,
    date: draft.date ?? state.input.publishedAt ?? null,
    modality: draft.modality,
    from: draft.from,
    trigger: draft.trigger,
    evidence: draft.evidence,
  };
}

export function findEvents(state: ExtractState, resources: Resources): ExtractState {
  const wordFacts = articleWordFacts(state, resources);
  const fromStatements = statementEvents(state, wordFacts);
  const used = new Set(fromStatements.flatMap((draft) => (draft.at === undefined ? [] : [draft.at])));
  const fromSentences = sentenceEvents(state, wordFacts, used);
  const drafts = [
    ...meetingEvents(state),
    ...agreementEvents(state, wordFacts),
    ...fromStatements,
    ...fromSentences,
  ];
  const usual = usualTargets(state, drafts);
  for (const draft of fromStatements)
    if (draft.target === null) draft.target = usual.get(draft.source) ?? null;
  const articleId = articleIdFor(state);
  const events = new Map<string, EventItem>();
  for (const draft of drafts) {
    const event = complete(state, articleId, draft);
    // An act within one country ("Moscow" answering "Russia") is no dyad.
    if (event.sourceCountry !== null && event.sourceCountry === event.targetCountry) continue;
    if (!events.has(event.id)) events.set(event.id, event);
  }
  return { ...state, events: [...events.values()].sort((a, b) => compareIds(a.id, b.id)) };
}
