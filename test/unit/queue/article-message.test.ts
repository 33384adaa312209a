import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/index.ts';
import { articleKey, parseArticleMessage, toArticleMessage } from '../../../src/queue/article-message.ts';
import { parseBrokers } from '../../../src/queue/kafka-client.ts';

const TEXT =
  'Finnish President Alexander Stubb said on Wednesday that the border agreement "will be honoured".';

describe('an article as a Kafka message', () => {
  it('round-trips: what publish sends, a worker reads back as the same article, keyed by its graph id', () => {
    const article = {
      title: 'Stubb on the border',
      publishedAt: '2025-03-05',
      text: TEXT,
      authors: ['A. Writer'],
    };
    const message = toArticleMessage(article);
    const read = parseArticleMessage('articles/0@7', Buffer.from(message.value));
    expect(read.error).toBeUndefined();
    expect(read.article).toMatchObject(article);
    expect(message.key).toBe(extractArticle({ text: TEXT }).article.id);
    expect(articleKey({ id: 'wire-42', text: TEXT })).toBe('wire-42');
  });

  it.each([
    ['an empty message', null, /is empty/],
    ['a blank one', Buffer.from('  \n'), /is empty/],
    ['malformed JSON', Buffer.from('{"text": '), /invalid JSON/],
    ['JSON that is no object', Buffer.from('[1, 2]'), /expected object/],
    [
      'a record without text',
      Buffer.from('{"title": "only a title"}'),
      /needs a non-empty "text" or "html" field/,
    ],
    ['a bad date', Buffer.from(`{"text": "x y z", "publishedAt": "yesterday"}`), /publishedAt/],
    ['invalid UTF-8', Buffer.from([0x7b, 0xff, 0x7d]), /not valid UTF-8/],
    ['binary', Buffer.from([0x7b, 0x00, 0x7d]), /NUL bytes/],
  ])('refuses %s with a reason naming the message', (_name, value, reason) => {
    const item = parseArticleMessage('articles/3@12', value);
    expect(item.article).toBeUndefined();
    expect(item.error?.code).toBe('BAD_USER_INPUT');
    expect(item.error?.message).toMatch(/^articles\/3@12: /);
    expect(item.error?.message).toMatch(reason);
  });

  it('refuses an oversized message without parsing it', () => {
    const item = parseArticleMessage(
      'articles/0@1',
      Buffer.from(JSON.stringify({ text: 'x'.repeat(2000) })),
      1000,
    );
    expect(item.error?.message).toMatch(/over the .* limit/);
  });
});

describe('--brokers', () => {
  it('takes HOST:PORT lists', () => {
    expect(parseBrokers('kafka1:9092, kafka2:9092')).toEqual(['kafka1:9092', 'kafka2:9092']);
  });
  it.each(['', 'kafka1', 'kafka1:port', 'http://kafka:9092', 'a:9092;rm -rf /'])('refuses %j', (raw) => {
    expect(() => parseBrokers(raw)).toThrow(/--brokers must be HOST:PORT/);
  });
});
