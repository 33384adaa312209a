// The result of an extractor that found nothing: what the evaluation scores when the extractor throws or
// returns an invalid result, so a crash costs recall instead of silently shrinking the test set.
import type { ExtractionResult } from '../../src/domain/extraction-result.ts';

export function emptyResult(id: string, publishedAt: string | null): ExtractionResult {
  return {
    article: { id, title: null, url: null, publishedAt, publisher: null, authors: [], language: 'en' },
    text: '',
    persons: [],
    countries: [],
    organizations: [],
    places: [],
    agreements: [],
    meetings: [],
    statements: [],
    events: [],
  };
}
