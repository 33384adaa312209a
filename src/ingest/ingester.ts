// One article from source to graph: extract (pure) then write (one transaction). Errors come back typed:
// BAD_USER_INPUT for articles the extractor refuses, CONFLICT for a changed article without replace.
import type { ArticleInput, ExtractionResult } from '../domain/extraction-result.ts';
import type { GraphWriter, WriteReport } from '../graph/graph-writer.ts';
import type { SourceArticle } from './sources/index.ts';

export interface ArticleExtractor {
  extract(input: ArticleInput): ExtractionResult;
}

export interface IngestOptions {
  replace?: boolean;
  /** Used only when neither the source nor the text gives a publication date. */
  publishedDefault?: string;
}

export interface IngestedArticle extends WriteReport {
  ids: {
    persons: string[];
    countries: string[];
    organizations: string[];
    agreements: string[];
    meetings: string[];
    statements: string[];
  };
}

export interface Ingester {
  ingest(article: SourceArticle, options?: IngestOptions): Promise<IngestedArticle>;
}

export function createIngester(deps: { extractor: ArticleExtractor; writer: GraphWriter }): Ingester {
  return {
    async ingest(article, options = {}) {
      const { authors, ...input } = article;
      const publishedAt = input.publishedAt ?? options.publishedDefault;
      const result = deps.extractor.extract(publishedAt === undefined ? input : { ...input, publishedAt });
      // The page's own byline (HTML meta) complements the bylines found in the text.
      if (authors && authors.length > 0) {
        result.article.authors = [...new Set([...authors, ...result.article.authors])];
      }
      const report = await deps.writer.writeArticle(result, { replace: options.replace ?? false });
      return {
        ...report,
        ids: {
          persons: result.persons.map((p) => p.id),
          countries: result.countries.map((c) => c.id),
          organizations: result.organizations.map((o) => o.id),
          agreements: result.agreements.map((a) => a.id),
          meetings: result.meetings.map((m) => m.id),
          statements: result.statements.map((s) => s.id),
        },
      };
    },
  };
}
