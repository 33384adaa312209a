// The ingestion service the API calls for its two mutations; the ingest module implements it and the composition
// root injects it. Plain data in and out, so the API never depends on how articles are extracted or written.

/** One article as the ingestArticle mutation receives it (schema/ingest.graphql IngestArticleInput). */
export interface IngestArticleRequest {
  /** Exactly one of text and html is set (the resolver checks). */
  text?: string;
  html?: string;
  id?: string;
  url?: string;
  title?: string;
  /** YYYY-MM-DD */
  publishedAt?: string;
  publisher?: string;
  authors?: string[];
}

export type IngestStatus = 'NEW' | 'UPDATED' | 'SKIPPED';

export interface IngestedIds {
  persons: string[];
  countries: string[];
  organizations: string[];
  agreements: string[];
  meetings: string[];
  statements: string[];
}

export interface IngestArticleResult {
  articleId: string;
  status: IngestStatus;
  nodesCreated: number;
  relationshipsCreated: number;
  ids: IngestedIds;
}

export interface IngestService {
  /** Idempotent: the same text again answers SKIPPED and writes nothing. Throws AppError (e.g. BAD_USER_INPUT). */
  ingestArticle(input: IngestArticleRequest): Promise<IngestArticleResult>;
}
