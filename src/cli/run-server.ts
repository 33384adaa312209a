// The work of `diplograph serve` and `diplograph start`, loaded only when one of them runs.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../config.ts';
import { createExtractor, type Extractor } from '../extract/index.ts';
import { createGraphWriter } from '../graph/graph-writer.ts';
import { ingestAll } from '../ingest/ingest-all.ts';
import { createIngester } from '../ingest/ingester.ts';
import { createRequestIngester } from '../ingest/ingest-request.ts';
import { readSources } from '../ingest/sources/index.ts';
import { createLogger, type Logger } from '../logger.ts';
import { startServer, type ServerOptions } from '../server.ts';
import { runUntilSignal } from './run-until-signal.ts';

export const SAMPLES_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../samples');

function seedSamples(logger: Logger, extractor: Extractor): ServerOptions['onGraphReady'] {
  return async (driver, database) => {
    const ingester = createIngester({
      extractor,
      writer: createGraphWriter({ driver, database }),
    });
    // replace: an edited sample updates its article; unchanged samples are skipped, so restarts are cheap.
    const summary = await ingestAll(readSources([SAMPLES_DIR]), ingester, {
      concurrency: 1,
      batchSize: 16,
      replace: true,
    });
    logger.info({ samples: summary.articles, failures: summary.failures }, 'samples ingested');
  };
}

export async function runServer(options: { seedSamples: boolean }): Promise<void> {
  const config = loadConfig(process.env);
  const logger = createLogger(config.logLevel);
  // One extractor per process: building it loads the language model and gazetteers.
  const extractor = createExtractor();
  const onGraphReady = options.seedSamples && config.seedSamples ? seedSamples(logger, extractor) : undefined;
  const server = await startServer(config, logger, {
    onGraphReady,
    // The mutations replace a changed article: a client re-sending a corrected article means to update it.
    createIngestService: (driver, database) =>
      createRequestIngester(createIngester({ extractor, writer: createGraphWriter({ driver, database }) }), {
        replace: true,
      }),
  });
  runUntilSignal(
    () => server.stop(),
    (m) => logger.info(m),
  );
}
