// Articles from source to graph: extract (pure) then write (one transaction per article, or per batch of
// articles). Errors come back typed: BAD_USER_INPUT for articles the extractor refuses, CONFLICT for a changed
// article without replace.
import type { ArticleInput, ExtractionResult } from '../domain/extraction-result.ts';
import type { GraphWriter, WriteCounts, WriteReport, WriteStatus } from '../graph/graph-writer.ts';
import type { SourceArticle } from './sources/index.ts';

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

export interface ArticleExtractor {
  /** Recorded on every article it derives (src/extract/extractor-version.ts). */
  readonly version: number;
  extract(input: ArticleInput): ExtractionResult;
}

export interface IngestOptions {
  replace?: boolean;
  /** Re-derive stored articles (see GraphWriter's WriteOptions.rederive): what `reextract` asks for. */
  rederive?: 'all' | 'outdated';
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

/** One article of a batch: what was written, or why it was not. */
export type BatchArticleOutcome =
  { ok: true; articleId: string; status: WriteStatus } | { ok: false; error: unknown };

export interface IngestedBatch extends WriteCounts {
  /** In the order of the input. */
  outcomes: BatchArticleOutcome[];
}

export interface Ingester {
  ingest(article: SourceArticle, options?: IngestOptions): Promise<IngestedArticle>;
  /** Several articles in one write transaction; a failure is reported per article, never thrown. */
  ingestBatch(articles: readonly SourceArticle[], options?: IngestOptions): Promise<IngestedBatch>;
}

export function createIngester(deps: { extractor: ArticleExtractor; writer: GraphWriter }): Ingester {
  const writeOptions = (options: IngestOptions) => ({
    replace: options.replace ?? false,
    rederive: options.rederive,
    extractorVersion: deps.extractor.version,
  });
  const extract = (article: SourceArticle, options: IngestOptions): ExtractionResult => {
    const publishedAt = article.publishedAt ?? options.publishedDefault;
    return deps.extractor.extract(publishedAt === undefined ? article : { ...article, publishedAt });
  };

  return {
    async ingest(article, options = {}) {
      const result = extract(article, options);
      const report = await deps.writer.writeArticle(result, writeOptions(options));
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

    async ingestBatch(articles, options = {}) {
      const outcomes: BatchArticleOutcome[] = new Array(articles.length);
      const extracted: { at: number; result: ExtractionResult }[] = [];
      for (const [at, article] of articles.entries()) {
        // Extraction is synchronous CPU work: between articles, let timers and IO run (a queue consumer's heartbeat,
        // the API's other requests), so a long batch never blocks the process for its whole duration.
        if (at > 0) await yieldToEventLoop();
        try {
          extracted.push({ at, result: extract(article, options) });
        } catch (error) {
          outcomes[at] = { ok: false, error };
        }
      }
      const { articles: written, ...counts } = await deps.writer.writeArticles(
        extracted.map((e) => e.result),
        writeOptions(options),
      );
      written.forEach((outcome, k) => {
        outcomes[extracted[k]!.at] =
          outcome.status === 'failed'
            ? { ok: false, error: outcome.error }
            : { ok: true, articleId: outcome.articleId, status: outcome.status };
      });
      return { outcomes, ...counts };
    },
  };
}
