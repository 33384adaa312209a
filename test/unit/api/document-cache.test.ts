// Every request of an already seen query string reuses its parsed and validated document: Apollo's document store
// (on by default, keyed by the query's hash) holds it, so neither parsing nor validation (graphql-js rules,
// graphql-armor's depth, cost and alias limits) runs again. The argument guard and the fast path key their own
// per-document work on that same document object.
import type { ApolloServerPlugin } from '@apollo/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiContext } from '../../../src/api/graphql-context.ts';
import { buildGraphqlSchema } from '../../../src/api/graphql-schema.ts';
import { createGraphqlServer } from '../../../src/api/graphql-server.ts';
import { createMetrics } from '../../../src/api/metrics.ts';
import { createLogger } from '../../../src/logger.ts';

const counts = { parsed: 0, validated: 0 };
const counting: ApolloServerPlugin<ApiContext> = {
  async requestDidStart() {
    return {
      async parsingDidStart() {
        counts.parsed++;
      },
      async validationDidStart() {
        counts.validated++;
      },
    };
  },
};

describe('parsed and validated documents', () => {
  let server: ReturnType<typeof createGraphqlServer>;
  const ask = async (query: string) => {
    const contextValue = { apiKey: { ok: false }, facts: {} } as unknown as ApiContext;
    const response = await server.executeOperation({ query }, { contextValue });
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    return response.body.singleResult;
  };

  beforeAll(async () => {
    const schema = await buildGraphqlSchema({ version: 'test', getIngest: () => undefined });
    server = createGraphqlServer({
      schema,
      introspection: false,
      production: true,
      graphState: () => 'ready',
      logger: createLogger('silent'),
      metrics: createMetrics(),
      plugins: [counting],
    });
    await server.start();
  });
  afterAll(() => server?.stop());

  it('are parsed and validated once per query string, however often it is asked', async () => {
    for (let i = 0; i < 5; i++)
      expect(await ask('query V { version }')).toEqual({ data: { version: 'test' } });
    expect(counts).toEqual({ parsed: 1, validated: 1 });
    await ask('query V { version }  # another string');
    expect(counts).toEqual({ parsed: 2, validated: 2 });
  });

  it('are not stored when invalid: a malformed or hostile string is refused every time', async () => {
    const before = { ...counts };
    for (let i = 0; i < 2; i++) {
      const result = await ask('{ version { nope } ');
      expect(result.errors?.[0]?.message).toMatch(/Syntax Error/);
    }
    for (let i = 0; i < 2; i++) {
      const result = await ask(`{ ${'a: version '.repeat(500)} }`);
      expect(result.errors?.length).toBeGreaterThan(0);
    }
    expect(counts.parsed - before.parsed).toBe(4);
    expect(counts.validated - before.validated).toBe(2);
  });
});
