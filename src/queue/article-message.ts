// An article as a Kafka message: the value is one JSON record with the fields of an `ingest` .jsonl line, the key
// is the article's id (so every copy of one article lands in one partition, in order). Pure.
import { normalizeText } from '../extract/text/normalize-text.ts';
import { articleIdFor } from '../extract/assemble-result.ts';
import {
  DEFAULT_MAX_BYTES,
  jsonRecordItem,
  type SourceArticle,
  type SourceItem,
} from '../ingest/sources/index.ts';

export interface ArticleMessage {
  key: string;
  value: string;
}

/** The id the graph will give the article: its own, else one from its URL, else from its normalized text. */
export function articleKey(article: SourceArticle): string {
  return articleIdFor({ input: article, text: normalizeText(article.text) });
}

export function toArticleMessage(article: SourceArticle): ArticleMessage {
  const record = {
    id: article.id,
    url: article.url,
    title: article.title,
    publishedAt: article.publishedAt,
    publisher: article.publisher,
    authors: article.authors,
    text: article.text,
  };
  return { key: articleKey(article), value: JSON.stringify(record) };
}

/**
 * Reads one message value as `ingest` reads a .jsonl line (size limit, UTF-8, JSON, fields); `origin` names the
 * message ("topic/partition@offset"). An empty value is an error item: a message that is not an article must reach
 * the dead-letter topic, not vanish.
 */
export function parseArticleMessage(
  origin: string,
  value: Buffer | null,
  maxBytes = DEFAULT_MAX_BYTES,
): SourceItem {
  return jsonRecordItem(origin, value ?? Buffer.alloc(0), maxBytes)!;
}
