// Resolvers of ingestArticle/ingestArticles (schema/ingest.graphql): check the API key, validate the input, call
// the injected IngestService. Thin: no Cypher, no sessions. Without a valid key nothing is called, so nothing is written.
import { AppError, ErrorCode } from '../domain/errors.ts';
import { isIsoDate } from '../domain/iso-date.ts';
import type { ApiContext } from './graphql-context.ts';
import { toGraphQLError } from './graphql-errors.ts';
import type { IngestArticleRequest, IngestArticleResult, IngestService } from './ingest-service.ts';
import { MAX_INGEST_BATCH } from './limits.ts';

export function requireApiKey(context: ApiContext): void {
  switch (context.apiKey) {
    case 'valid':
      return;
    case 'not-configured':
      throw toGraphQLError(
        new AppError(
          ErrorCode.UNAUTHENTICATED,
          'Ingestion is disabled: the server has no API keys (set DIPLOGRAPH_API_KEYS).',
        ),
      );
    case 'missing':
      throw toGraphQLError(
        new AppError(
          ErrorCode.UNAUTHENTICATED,
          'Ingestion requires an API key: send "Authorization: Bearer <key>".',
        ),
      );
    case 'invalid':
      throw toGraphQLError(new AppError(ErrorCode.UNAUTHENTICATED, 'The API key is not valid.'));
  }
}

/** The request as the service wants it, or BAD_USER_INPUT naming what is wrong. */
export function toIngestRequest(input: IngestArticleRequest, label = 'input'): IngestArticleRequest {
  const problems: string[] = [];
  const hasText = typeof input.text === 'string' && input.text.trim() !== '';
  const hasHtml = typeof input.html === 'string' && input.html.trim() !== '';
  if (hasText === hasHtml) problems.push(`${label} needs exactly one of text and html, not empty.`);
  if (input.publishedAt != null && !isIsoDate(input.publishedAt)) {
    problems.push(
      `${label}.publishedAt must be a date YYYY-MM-DD (got ${JSON.stringify(input.publishedAt)}).`,
    );
  }
  if (input.id != null && input.id.trim() === '') problems.push(`${label}.id must not be empty.`);
  if (problems.length > 0) throw toGraphQLError(new AppError(ErrorCode.BAD_USER_INPUT, problems.join(' ')));
  // GraphQL gives null for omitted optional fields; the service takes undefined.
  return Object.fromEntries(
    Object.entries(input).filter(([, value]) => value !== null && value !== undefined),
  ) as IngestArticleRequest;
}

function serviceOf(getIngest: () => IngestService | undefined): IngestService {
  const service = getIngest();
  if (!service) throw toGraphQLError(new AppError(ErrorCode.INTERNAL, 'ingestion not configured'));
  return service;
}

async function ingest(service: IngestService, request: IngestArticleRequest): Promise<IngestArticleResult> {
  try {
    return await service.ingestArticle(request);
  } catch (error) {
    throw error instanceof AppError ? toGraphQLError(error) : error;
  }
}

export function createIngestResolvers(getIngest: () => IngestService | undefined) {
  return {
    Mutation: {
      async ingestArticle(_root: unknown, args: { input: IngestArticleRequest }, context: ApiContext) {
        requireApiKey(context);
        const request = toIngestRequest(args.input);
        return ingest(serviceOf(getIngest), request);
      },
      async ingestArticles(_root: unknown, args: { inputs: IngestArticleRequest[] }, context: ApiContext) {
        requireApiKey(context);
        if (args.inputs.length > MAX_INGEST_BATCH) {
          throw toGraphQLError(
            new AppError(
              ErrorCode.BAD_USER_INPUT,
              `ingestArticles takes at most ${MAX_INGEST_BATCH} articles (got ${args.inputs.length}).`,
            ),
          );
        }
        const requests = args.inputs.map((input, i) => toIngestRequest(input, `inputs[${i}]`));
        const service = serviceOf(getIngest);
        const results: IngestArticleResult[] = [];
        // One after the other: articles share entities, and the writer's MERGEs are cheapest uncontended.
        for (const request of requests) results.push(await ingest(service, request));
        return results;
      },
    },
  };
}
