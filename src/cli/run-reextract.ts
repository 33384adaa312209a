// The work of `diplograph reextract`, loaded only when it runs: the stored articles (all, or those an older
// extractor derived) go through ingestion again, each replacing its own contributions in one transaction.
// Resumable: every batch commits on its own, and --outdated takes only what is still outdated.
import { EXTRACTOR_VERSION } from '../extract/extractor-version.ts';
import {
  countStoredArticles,
  readStoredArticles,
  type StoredArticle,
  type StoredSelection,
} from '../graph/stored-articles.ts';
import { createGraphIngester } from '../ingest/graph-ingester.ts';
import type { SourceItem } from '../ingest/sources/index.ts';
import { loadCommandContext } from './command-context.ts';
import { runIngestion, type IngestionFlags } from './run-ingestion.ts';

export interface ReextractFlags extends IngestionFlags {
  all?: boolean;
  outdated?: boolean;
}

async function* asSourceItems(articles: AsyncIterable<StoredArticle>): AsyncGenerator<SourceItem> {
  for await (const { extractorVersion: _, ...article } of articles) yield { origin: article.id, article };
}

export async function runReextract(flags: ReextractFlags): Promise<void> {
  const { config, log } = loadCommandContext();
  const selection: StoredSelection = flags.all
    ? { which: 'all' }
    : { which: 'outdated', extractorVersion: EXTRACTOR_VERSION };
  let total = 0;
  const summary = await runIngestion(config, log, flags, async (graph) => {
    total = await countStoredArticles(graph.driver, graph.database, selection);
    if (total === 0) return undefined;
    return {
      items: asSourceItems(readStoredArticles(graph.driver, graph.database, selection)),
      ingester: createGraphIngester(graph),
      options: { rederive: selection.which },
      total,
    };
  });
  if (total === 0 && selection.which === 'outdated' && !summary.graphUnavailable) {
    process.stderr.write(
      `diplograph: nothing to re-extract: every stored article is at extractor version ${EXTRACTOR_VERSION}\n`,
    );
  }
}
