// The ingestion service the API calls for its two mutations; the ingest module implements it and the composition
// root injects it. The request and result shapes are the ingest module's own (types only: no runtime dependency).
import type { ArticleRequest, RequestIngestResult } from '../ingest/ingest-request.ts';

/** One article as the ingestArticle mutation receives it (schema/ingest.graphql IngestArticleInput). */
export type IngestArticleRequest = ArticleRequest;

export type IngestArticleResult = RequestIngestResult;

export interface IngestService {
  /** Idempotent: the same text again answers SKIPPED and writes nothing. Throws AppError (e.g. BAD_USER_INPUT). */
  ingestArticle(input: IngestArticleRequest): Promise<IngestArticleResult>;
}
