// An ingester writing into one graph: the extractor and the graph writer wired the same way for the CLI, the
// server and the tests. Building an extractor loads the language model, so a process builds one and shares it.
import { createExtractor } from '../extract/index.ts';
import { createGraphWriter, type GraphWriterDeps } from '../graph/graph-writer.ts';
import { createIngester, type ArticleExtractor, type Ingester } from './ingester.ts';

export function createGraphIngester(
  graph: Pick<GraphWriterDeps, 'driver' | 'database'>,
  extractor: ArticleExtractor = createExtractor(),
): Ingester {
  return createIngester({ extractor, writer: createGraphWriter(graph) });
}
