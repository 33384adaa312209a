// Ingests one article given as data (the GraphQL mutations' input): text or HTML plus metadata.
// The API's ingestion mutations take these shapes as their own; this module imports nothing from the API.
import { AppError, ErrorCode } from '../domain/errors.ts';
import type { IngestedArticle, Ingester } from './ingester.ts';
import { parseArticle, type SourceArticle } from './sources/index.ts';

export interface ArticleRequest {
  /** Exactly one of text and html is set. */
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

export interface RequestIngestResult {
  articleId: string;
  status: 'NEW' | 'UPDATED' | 'SKIPPED';
  nodesCreated: number;
  relationshipsCreated: number;
  ids: IngestedArticle['ids'];
}

const STATUS = { new: 'NEW', updated: 'UPDATED', skipped: 'SKIPPED' } as const;

/** Explicit request fields win over what the text or page says about itself. */
export function requestToArticle(request: ArticleRequest): SourceArticle {
  const hasText = typeof request.text === 'string';
  const hasHtml = typeof request.html === 'string';
  if (hasText === hasHtml) {
    throw new AppError(ErrorCode.BAD_USER_INPUT, 'give exactly one of text and html');
  }
  const parsed = hasHtml ? parseArticle('html', request.html!) : parseArticle('text', request.text!);
  const defined = Object.fromEntries(
    Object.entries({
      id: request.id,
      url: request.url,
      title: request.title,
      publishedAt: request.publishedAt,
      publisher: request.publisher,
      authors: request.authors,
    }).filter(([, value]) => value !== undefined && value !== null),
  );
  return { ...parsed, ...defined };
}

export function createRequestIngester(ingester: Ingester, options: { replace: boolean }) {
  return {
    async ingestArticle(request: ArticleRequest): Promise<RequestIngestResult> {
      const report = await ingester.ingest(requestToArticle(request), { replace: options.replace });
      return {
        articleId: report.articleId,
        status: STATUS[report.status],
        nodesCreated: report.nodesCreated,
        relationshipsCreated: report.relationshipsCreated,
        ids: report.ids,
      };
    },
  };
}
