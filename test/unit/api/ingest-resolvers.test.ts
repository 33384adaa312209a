import { describe, expect, it } from 'vitest';
import { createIngestResolvers, toIngestRequest } from '../../../src/api/ingest-resolvers.ts';
import type { ApiContext } from '../../../src/api/graphql-context.ts';
import type { ApiKeyCheck } from '../../../src/api/api-key.ts';
import type { IngestArticleRequest, IngestService } from '../../../src/api/ingest-service.ts';

const context = (apiKey: ApiKeyCheck): ApiContext => ({ apiKey, facts: {} });
const fakeService = (calls: IngestArticleRequest[]): IngestService => ({
  async ingestArticle(input) {
    calls.push(input);
    return {
      articleId: 'article:x',
      status: 'NEW',
      nodesCreated: 1,
      relationshipsCreated: 0,
      ids: { persons: [], countries: [], organizations: [], agreements: [], meetings: [], statements: [] },
    };
  },
});

describe('the ingestion resolvers', () => {
  it.each([
    ['missing', /requires an API key/],
    ['invalid', /not valid/],
    ['not-configured', /DIPLOGRAPH_API_KEYS/],
  ] as const)('refuse a %s key with UNAUTHENTICATED and call nothing', async (apiKey, message) => {
    const calls: IngestArticleRequest[] = [];
    const { Mutation } = createIngestResolvers(() => fakeService(calls));
    await expect(
      Mutation.ingestArticle(null, { input: { text: 'x' } }, context(apiKey)),
    ).rejects.toMatchObject({
      message: expect.stringMatching(message),
      extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
    });
    await expect(
      Mutation.ingestArticles(null, { inputs: [{ text: 'x' }] }, context(apiKey)),
    ).rejects.toMatchObject({
      extensions: { code: 'UNAUTHENTICATED' },
    });
    expect(calls).toEqual([]);
  });

  it('answers INTERNAL "ingestion not configured" without a service', async () => {
    const { Mutation } = createIngestResolvers(() => undefined);
    await expect(
      Mutation.ingestArticle(null, { input: { text: 'x' } }, context('valid')),
    ).rejects.toMatchObject({
      message: 'ingestion not configured',
      extensions: { code: 'INTERNAL' },
    });
  });

  it('passes valid input to the service without the nulls GraphQL adds', async () => {
    const calls: IngestArticleRequest[] = [];
    const { Mutation } = createIngestResolvers(() => fakeService(calls));
    const input = {
      text: 'Hello.',
      html: null,
      url: 'https://x.org/a',
      publishedAt: '2024-06-19',
    } as unknown as IngestArticleRequest;
    await Mutation.ingestArticle(null, { input }, context('valid'));
    expect(calls).toEqual([{ text: 'Hello.', url: 'https://x.org/a', publishedAt: '2024-06-19' }]);
  });

  it('refuses a batch over the limit before calling the service', async () => {
    const calls: IngestArticleRequest[] = [];
    const { Mutation } = createIngestResolvers(() => fakeService(calls));
    const inputs = Array.from({ length: 101 }, () => ({ text: 'x' }));
    await expect(Mutation.ingestArticles(null, { inputs }, context('valid'))).rejects.toMatchObject({
      extensions: { code: 'BAD_USER_INPUT' },
    });
    expect(calls).toEqual([]);
  });
});

describe('toIngestRequest', () => {
  it.each([
    [{}, /exactly one of text and html/],
    [{ text: '  ' }, /exactly one of text and html/],
    [{ text: 'a', html: '<p>b</p>' }, /exactly one of text and html/],
    [{ text: 'a', publishedAt: '19 June 2024' }, /publishedAt must be a date YYYY-MM-DD/],
    [{ text: 'a', publishedAt: '2024-13-01' }, /publishedAt/],
    [{ html: '<p>a</p>', id: ' ' }, /id must not be empty/],
  ])('refuses %j', (input, message) => {
    expect(() => toIngestRequest(input as IngestArticleRequest)).toThrow(message);
  });
});
