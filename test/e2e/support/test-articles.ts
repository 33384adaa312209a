// The articles the e2e tests ingest through the real extraction and writer: the seed article (read from
// shared/articles, never copied into the repo) and the annotated fixtures, each under a run-specific id so that
// cleanup withdraws only this run's contributions (shared nodes stay while another article mentions them).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Driver } from 'neo4j-driver';
import type { IngestArticleRequest, IngestService } from '../../../src/api/ingest-service.ts';
import { createGraphWriter } from '../../../src/graph/graph-writer.ts';
import { createRequestIngester } from '../../../src/ingest/ingest-request.ts';
import { createGraphIngester } from '../../../src/ingest/graph-ingester.ts';

export const SEED_ARTICLE = '/work/shared/articles/000_e2f08d4d0a4a9df8.txt';
const FIXTURES = resolve(import.meta.dirname, '../../fixtures/articles');

export interface TestArticle {
  name: string;
  request: IngestArticleRequest;
}

/** The seed article first, then every fixture, with the publication date of its gold annotation. */
export function testArticles(runId: string): TestArticle[] {
  if (!existsSync(SEED_ARTICLE)) throw new Error(`the seed article is missing at ${SEED_ARTICLE}`);
  const seed = {
    name: 'seed',
    request: { id: `article:${runId}-seed`, text: readFileSync(SEED_ARTICLE, 'utf8') },
  };
  const fixtures = readdirSync(FIXTURES)
    .filter((file) => file.endsWith('.txt'))
    .sort()
    .map((file) => {
      const name = file.replace(/\.txt$/, '');
      const gold = join(FIXTURES, `${name}.gold.json`);
      const publishedAt = existsSync(gold)
        ? (JSON.parse(readFileSync(gold, 'utf8')) as { publishedAt?: string }).publishedAt
        : undefined;
      return {
        name,
        request: {
          id: `article:${runId}-${name}`,
          text: readFileSync(join(FIXTURES, file), 'utf8'),
          ...(publishedAt ? { publishedAt } : {}),
        },
      };
    });
  return [seed, ...fixtures];
}

/** The service `diplograph serve` wires behind the ingestion mutations. */
export function realIngestService(driver: Driver, database: string): IngestService {
  return createRequestIngester(createGraphIngester({ driver, database }), { replace: true });
}

export async function deleteArticles(
  driver: Driver,
  database: string,
  ids: readonly string[],
): Promise<void> {
  const writer = createGraphWriter({ driver, database });
  for (const id of ids) await writer.deleteArticle(id);
}
