// Turns the working state into the public ExtractionResult: article metadata, entities with their mentions,
// agreements, meetings and statements, in a deterministic order.

import { articleId, compareIds, stableHash } from '../domain/ids.ts';
import type { ExtractionResult, Mention } from '../domain/extraction-result.ts';
import { withoutEditorialBracket } from './entities/person-name-forms.ts';
import { entityEvidence } from './span-evidence.ts';
import type { EntityKind, ExtractState } from './types.ts';

/**
 * Each entity's mentions by kind, and the words each person is named by in the text ("short" and "name" mentions),
 * in one pass over the mentions (a pass per person was quadratic in long articles).
 */
function mentionsByEntity(state: ExtractState): {
  byKind: Map<EntityKind, Map<string, Mention[]>>;
  personWords: Map<string, string[]>;
} {
  const byKind = new Map<EntityKind, Map<string, Mention[]>>();
  const personWords = new Map<string, string[]>();
  for (const mention of state.mentions) {
    let ofKind = byKind.get(mention.kind);
    if (!ofKind) byKind.set(mention.kind, (ofKind = new Map()));
    const list = ofKind.get(mention.id);
    const span = { start: mention.start, end: mention.end };
    if (list) list.push(span);
    else ofKind.set(mention.id, [span]);
    if (mention.kind === 'person' && (mention.via === 'short' || mention.via === 'name')) {
      const words = personWords.get(mention.id);
      const named = withoutEditorialBracket(state.text.slice(mention.start, mention.end));
      if (words) words.push(named);
      else personWords.set(mention.id, [named]);
    }
  }
  return { byKind, personWords };
}

const NO_MENTIONS: ReadonlyMap<string, Mention[]> = new Map();

const byId = <T extends { id: string }>(a: T, b: T): number => compareIds(a.id, b.id);

export function articleIdFor(state: Pick<ExtractState, 'input' | 'text'>): string {
  if (state.input.id) return state.input.id;
  if (state.input.url) return `article:${stableHash(state.input.url)}`;
  return articleId(state.text);
}

export function assembleResult(state: ExtractState): ExtractionResult {
  const { input, text } = state;
  const { byKind, personWords } = mentionsByEntity(state);
  const personMentions = byKind.get('person') ?? NO_MENTIONS;
  const countryMentions = byKind.get('country') ?? NO_MENTIONS;
  const orgMentions = byKind.get('org') ?? NO_MENTIONS;
  const usedPlaces = new Set<string>((byKind.get('place') ?? NO_MENTIONS).keys());
  for (const item of [...state.meetings, ...state.agreements]) if (item.place) usedPlaces.add(item.place);

  const persons = [...state.persons.values()]
    .filter((p) => personMentions.has(p.id))
    .map((p) => {
      const aliases = new Set(p.aliases);
      for (const named of personWords.get(p.id) ?? []) aliases.add(named);
      aliases.delete(p.name);
      const mentions = personMentions.get(p.id) ?? [];
      return {
        id: p.id,
        name: p.name,
        aliases: [...aliases].sort(),
        title: p.title,
        country: p.country,
        organization: p.organization,
        mentions,
        evidence: entityEvidence(text, mentions, p.name),
      };
    })
    .sort(byId);
  return {
    article: {
      id: articleIdFor(state),
      title: state.title,
      url: input.url ?? null,
      publishedAt: input.publishedAt ?? null,
      publisher: input.publisher ?? null,
      // The source's bylines first, then those found in the text.
      authors: [...new Set([...(input.authors ?? []), ...state.authors])],
      language: 'en',
    },
    text,
    persons,
    countries: [...state.countries.values()]
      .filter((c) => countryMentions.has(c.id))
      .map((c) => {
        const mentions = countryMentions.get(c.id) ?? [];
        return {
          id: c.id,
          name: c.name,
          aliases: [...c.aliases],
          mentions,
          evidence: entityEvidence(text, mentions, c.name),
        };
      })
      .sort(byId),
    organizations: [...state.organizations.values()]
      .filter((o) => orgMentions.has(o.id))
      .map((o) => {
        const mentions = orgMentions.get(o.id) ?? [];
        return {
          id: o.id,
          name: o.name,
          aliases: [...o.aliases].sort(),
          kind: o.kind,
          country: o.country,
          mentions,
          evidence: entityEvidence(text, mentions, o.name),
        };
      })
      .sort(byId),
    places: [...state.places.values()]
      .filter((p) => usedPlaces.has(p.id))
      .map((p) => ({ ...p, evidence: entityEvidence(text, [], p.name) }))
      .sort(byId),
    // Every agreement and meeting is found from a mention, so each has a sentence; the name stands in otherwise.
    agreements: state.agreements.map((a) =>
      a.evidence.length > 0 ? a : { ...a, evidence: [entityEvidence(text, [], a.name)] },
    ),
    meetings: state.meetings.map((m) =>
      m.evidence.length > 0 ? m : { ...m, evidence: [entityEvidence(text, [], m.name)] },
    ),
    statements: state.statements,
    events: state.events,
  };
}
