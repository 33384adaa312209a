// Shared test helpers for the extractor: one extractor for all tests (the model loads once) and small finders.

import { expect } from 'vitest';
import { createExtractor } from '../../../src/extract/index.ts';
import type { ArticleInput, ExtractionResult } from '../../../src/domain/extraction-result.ts';

export const extractor = createExtractor();

export function extract(
  text: string,
  extra: Omit<ArticleInput, 'text'> = { publishedAt: '2024-06-26' },
): ExtractionResult {
  return extractor.extract({ text, ...extra });
}

/** The speakers, sorted, of the statements whose text holds `words`. */
export function speakersOf(text: string, words: string): string[] {
  return extract(text)
    .statements.filter((s) => s.text.includes(words))
    .map((s) => s.speaker)
    .sort();
}

/** How many of the article's agreements the statement whose words begin with `opening` is about. */
export function linkedAgreements(text: string, opening: string): number {
  const result = extract(text);
  const statement = result.statements.find((s) => (s.quote ?? s.text).startsWith(opening));
  expect(statement, `a statement opening "${opening}"`).toBeDefined();
  const ids = new Set(result.agreements.map((a) => a.id));
  return statement?.about.filter((id) => ids.has(id)).length ?? 0;
}

/** The surface texts of an item's mentions. */
export function surfaces(
  result: ExtractionResult,
  mentions: ReadonlyArray<{ start: number; end: number }>,
): string[] {
  return mentions.map((m) => result.text.slice(m.start, m.end));
}

/** A participant's name: the person's, else the country's, else the id itself. */
function participantName(result: ExtractionResult): (id: string) => string {
  return (id) =>
    result.persons.find((p) => p.id === id)?.name ?? result.countries.find((c) => c.id === id)?.name ?? id;
}

/** Each meeting's kind, date, status and participants by name (persons, else countries, else the id). */
export function meetingFacts(
  text: string,
  publishedAt = '2024-06-26',
): { kind: string; date: string | null; status: string; who: string[] }[] {
  const result = extract(text, { publishedAt });
  const name = participantName(result);
  return result.meetings.map((m) => ({
    kind: m.kind,
    date: m.date,
    status: m.status,
    who: m.participants.map(name),
  }));
}

/** Each meeting's kind, status, place and participants by name, published 2024-06-26 (a Wednesday). */
export function meetingPlaces(
  text: string,
): { kind: string; status: string; place: string | null; who: string[] }[] {
  const result = extract(text);
  const name = participantName(result);
  return result.meetings.map((m) => ({
    kind: m.kind,
    status: m.status,
    place: m.place,
    who: m.participants.map(name),
  }));
}

/** Each reported (unquoted) statement as [speaker id, reported text]. */
export function reportedSpeech(text: string): Array<[string, string]> {
  return extract(text)
    .statements.filter((s) => s.quote === null)
    .map((s) => [s.speaker, s.text]);
}
