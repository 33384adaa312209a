// Feeds articles into a topic: each one a JSON record keyed by its article id, sent in batches and acknowledged
// by all in-sync replicas before the next batch, so a publish that returned has lost nothing. Unreadable sources
// are reported, not sent.
import type { Producer } from 'kafkajs';
import type { SourceItem } from '../ingest/sources/index.ts';
import { toArticleMessage } from './article-message.ts';

export interface PublishSummary {
  published: number;
  failed: { origin: string; reason: string }[];
}

const SEND_BATCH = 200;

export async function publishArticles(
  items: AsyncIterable<SourceItem>,
  producer: Producer,
  topic: string,
  onPublished?: (count: number) => void,
): Promise<PublishSummary> {
  const summary: PublishSummary = { published: 0, failed: [] };
  let pending: { key: string; value: string }[] = [];
  const flush = async () => {
    if (pending.length === 0) return;
    await producer.send({ topic, acks: -1, messages: pending });
    summary.published += pending.length;
    pending = [];
    onPublished?.(summary.published);
  };
  for await (const item of items) {
    if (item.error) {
      summary.failed.push({ origin: item.origin, reason: item.error.message });
      continue;
    }
    pending.push(toArticleMessage(item.article));
    if (pending.length >= SEND_BATCH) await flush();
  }
  await flush();
  return summary;
}
