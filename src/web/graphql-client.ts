// POSTs one panel's query to this server's /graphql and returns its data, or throws a PanelError whose message a
// person can read (the API's own message for bad input; a plain sentence for network or server failures).

export class PanelError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
    this.name = 'PanelError';
  }
}

interface GraphqlBody<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

export async function runQuery<T>(
  query: string,
  variables: Record<string, unknown>,
  signal?: AbortSignal,
): Promise<T> {
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query, variables }),
      ...(signal ? { signal } : {}),
    });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw new PanelError('The server did not answer. Is diplograph still running?', 'NETWORK');
  }
  let body: GraphqlBody<T>;
  try {
    body = (await response.json()) as GraphqlBody<T>;
  } catch {
    throw new PanelError(`The server answered ${response.status} without a GraphQL result.`, 'INTERNAL');
  }
  const first = body.errors?.[0];
  if (first) throw new PanelError(readable(first.message), first.extensions?.code ?? 'INTERNAL');
  if (!body.data) throw new PanelError('The server answered without data.', 'INTERNAL');
  return body.data;
}

/** GraphQL's coercion messages name variables; say which value is wrong in the words of the page. */
function readable(message: string): string {
  const coercion = /^Variable "\$(\w+)" got invalid value "?([^";]*)"?;?/.exec(message);
  if (coercion) return `"${coercion[2]}" is not a valid ${coercion[1]}.`;
  return message;
}
