// The articles of samples/, ingested by `diplograph start` so that a new graph has something to explore.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ingestAll, type IngestSummary } from './ingest-all.ts';
import type { Ingester } from './ingester.ts';
import { readSources } from './sources/index.ts';

export const SAMPLES_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../samples');

export function ingestSamples(
  ingester: Ingester,
  dir: string = SAMPLES_DIR,
  /** Told the id of each sample this call wrote new (tests delete only those). */
  onNew?: (articleId: string) => void,
): Promise<IngestSummary> {
  // replace: an edited sample updates its article; unchanged samples are skipped, so restarts are cheap.
  return ingestAll(readSources([dir]), ingester, {
    concurrency: 1,
    batchSize: 16,
    replace: true,
    onEvent: (event) => {
      if (event.kind === 'done' && event.report.status === 'new') onNew?.(event.report.articleId);
    },
  });
}
