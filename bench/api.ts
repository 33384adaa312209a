// npm run bench:api -- [--neo4j-uri bolt://...] [--data DIR] [--duration 20] [--warmup 10] [--connections 32]
// [--variety 50] [--single 5] [--only a,b]: load-tests the GraphQL API (server in-process, autocannon on a worker
// thread) with whoSaidWhat, search, timeline and a filtered, paginated statement list; beside each, the same data
// fetched by hand-written Cypher through neo4j-driver directly (the floor). Every connection cycles through
// `variety` questions (the most-discussed agreements, the most quoted people), so the cache holds a working set,
// not one answer. `single` seconds measure one connection at a time: what one analyst waits for a first question.
// Needs a populated graph: run `npm run bench:ingest -- --keep DIR` first. Prints JSON.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import autocannon from 'autocannon';
import neo4j from 'neo4j-driver';
import { Kind, parse, type ObjectTypeDefinitionNode, type StringValueNode } from 'graphql';
import { DEFAULT_CACHE_TTL_SECONDS, loadConfig } from '../src/config.ts';
import { connectWithRetry, createDriver, type Driver } from '../src/graph/driver.ts';
import { startLocalNeo4j, type LocalNeo4j } from '../src/graph/local-neo4j.ts';
import { loadTypeDefs } from '../src/api/graphql-schema.ts';
import { createLogger } from '../src/logger.ts';
import { startServer } from '../src/server.ts';
import { freePort } from '../test/setup/free-port.ts';
import { intFlag, parseFlags, round } from './lib/stats.ts';

const flags = parseFlags(process.argv.slice(2));
const duration = intFlag(flags, 'duration', 20);
const connections = intFlag(flags, 'connections', 32);
const dataDir = flags.get('data');
const only = flags.get('only')?.split(',');
const variety = intFlag(flags, 'variety', 50);
const single = intFlag(flags, 'single', 5);
// Neo4j's JIT takes tens of seconds to warm to a query shape: unwarmed, whichever side runs first looks slower.
const warmup = intFlag(flags, 'warmup', 10);
const { neo4j: configured } = loadConfig(process.env);

let local: LocalNeo4j | undefined;
let uri = flags.get('neo4j-uri') ?? configured.uri;
if (!uri && dataDir) {
  local = await startLocalNeo4j({
    port: await freePort(),
    dataDir: resolve(dataDir),
    heap: '2g',
    pageCache: '2g',
  });
  uri = local.uri;
}
if (!uri) {
  console.error(
    'bench:api needs a populated graph: --neo4j-uri bolt://host:7687 (or NEO4J_URI), or --data DIR kept by bench:ingest --keep DIR',
  );
  process.exit(2);
}
const target = { ...configured, uri };
const driver = createDriver(target);
await connectWithRetry(driver, target);

// The API as deployed (response cache on, its default) and with the cache off: the cached figures show what a
// polling dashboard gets, the uncached ones what every first question costs; both beside the same floor.
async function apiServer(cacheTtlSeconds: string) {
  const config = loadConfig({
    NEO4J_URI: target.uri,
    NEO4J_USER: target.user,
    NEO4J_PASSWORD: target.password,
    NEO4J_DATABASE: target.database,
    NODE_ENV: 'production',
    DIPLOGRAPH_SEED_SAMPLES: 'false',
    DIPLOGRAPH_CACHE_TTL_SECONDS: cacheTtlSeconds,
  });
  const started = await startServer(
    { ...config, server: { ...config.server, host: '127.0.0.1', port: 0 } },
    createLogger('warn'),
  );
  await started.ready;
  return started;
}
const cached = await apiServer(String(DEFAULT_CACHE_TTL_SECONDS));
const uncached = await apiServer('0');

const params = await pickParameters(driver);
const cypher = {
  whoSaidWhat: readFileSync(resolve('cypher/queries/who-said-what.cypher'), 'utf8'),
  statementPage: readFileSync(resolve('cypher/queries/statement-page.cypher'), 'utf8'),
  // search and timeline are @cypher queries: their floor is the very same statement, run without GraphQL.
  search: cypherOfQuery('search'),
  timeline: cypherOfQuery('timeline'),
};

const PAGE =
  'totalCount pageInfo { hasNextPage endCursor } edges { node { id quote date channel { name } } }';

/** A page of 20 of a person's statements since a date, asked in the given way; the floor is always the same. */
function statementPage(name: string, selection: string) {
  return {
    name,
    query: `query ${name[0]!.toUpperCase()}${name.slice(1)}($person: ID!, $from: String!) { ${selection} }`,
    variables: params.people.map((p) => ({ person: p.id, from: p.from })),
    floor: {
      cypher: cypher.statementPage,
      params: params.people.map((p) => ({ person: p.id, from: p.from, first: neo4j.int(20) })),
    },
  };
}

const scenarios = [
  {
    name: 'whoSaidWhat',
    query: `query WhoSaidWhat($agreement: String!) { whoSaidWhat(agreement: $agreement, limit: 50) {
      id quote text date speakerName speakerTitle speakerCountry { id name } channel { name }
      articlesConnection(first: 3, sort: [{ node: { publishedAt: ASC } }]) {
        totalCount edges { properties { sentence } node { id title url publishedAt } } } } }`,
    variables: params.agreementIds.map((agreement) => ({ agreement })),
    floor: {
      cypher: cypher.whoSaidWhat,
      params: params.agreementIds.map((agreement) => ({ agreement, limit: neo4j.int(50) })),
    },
  },
  {
    name: 'search',
    query:
      'query Search($text: String!) { search(text: $text, limit: 20) { kind id label score detail date } }',
    variables: params.searchTexts.map((text) => ({ text })),
    floor: {
      cypher: cypher.search,
      params: params.searchTexts.map((text) => ({ text, limit: neo4j.int(20) })),
    },
  },
  {
    name: 'timeline',
    query:
      'query Timeline($entity: ID!) { timeline(entity: $entity, limit: 100) { kind id date label detail } }',
    variables: params.people.map((p) => ({ entity: p.id })),
    floor: {
      cypher: cypher.timeline,
      params: params.people.map((p) => ({ entity: p.id, from: null, to: null, limit: neo4j.int(100) })),
    },
  },
  statementPage(
    'statementList',
    `statementsConnection(
        where: { date: { gte: $from }, speakerId: { eq: $person } }
        sort: [{ date: DESC }, { id: ASC }]
        first: 20
      ) { ${PAGE} }`,
  ),
  // The same page filtered through the speaker relationship: @neo4j/graphql tests every statement in the date
  // range for its speaker (an EXISTS per statement), which is why Statement.speakerId exists.
  statementPage(
    'statementListBySpeakerRelationship',
    `statementsConnection(
        where: { date: { gte: $from }, speaker: { some: { Person: { id: { eq: $person } } } } }
        sort: [{ date: DESC }, { id: ASC }]
        first: 20
      ) { ${PAGE} }`,
  ),
  // The same page reached from the person: the generated Cypher starts at the person.
  statementPage(
    'statementListFromPerson',
    `people(where: { id: { eq: $person } }) {
        statementsConnection(
          where: { node: { date: { gte: $from } } }
          sort: [{ node: { date: DESC } }, { node: { id: ASC } }]
          first: 20
        ) { ${PAGE} } }`,
  ),
];

/** autocannon against the API; every connection cycles through the bodies in order. */
async function load(url: string, bodies: string[], seconds = duration, clients = connections) {
  const run = await autocannon({
    url: `${url}/graphql`,
    requests: bodies.map((body) => ({
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    })),
    connections: clients,
    duration: seconds,
    workers: 1,
  });
  return {
    requestsPerSecond: round(run.requests.average),
    p50Ms: run.latency.p50,
    p99Ms: run.latency.p99,
    requests: run.requests.total,
    non2xx: run.non2xx,
    errors: run.errors,
    timeouts: run.timeouts,
  };
}

const results = [];
for (const scenario of scenarios.filter((s) => !only || only.includes(s.name))) {
  const bodies = scenario.variables.map((variables) => JSON.stringify({ query: scenario.query, variables }));
  for (const body of bodies) await checkOnce(uncached.url, body, scenario.name);
  const { cypher: floorCypher, params: floorParams } = scenario.floor;
  // Both sides warmed alike before either is measured.
  await load(uncached.url, bodies, warmup);
  await runFloor(driver, floorCypher, floorParams, warmup);
  const apiUncached = await load(uncached.url, bodies);
  const floor = await runFloor(driver, floorCypher, floorParams);
  const apiAlone = await load(uncached.url, bodies, single, 1);
  const floorAlone = await runFloor(driver, floorCypher, floorParams, single, 1);
  for (const body of bodies) await checkOnce(cached.url, body, scenario.name);
  const api = await load(cached.url, bodies);
  results.push({
    scenario: scenario.name,
    api,
    apiUncached,
    floor,
    p50VsFloor: round(api.p50Ms / floor.p50Ms, 2),
    uncachedP50VsFloor: round(apiUncached.p50Ms / floor.p50Ms, 2),
    oneConnection: {
      apiUncachedP50Ms: apiAlone.p50Ms,
      floorP50Ms: floorAlone.p50Ms,
      ratio: round(apiAlone.p50Ms / floorAlone.p50Ms, 2),
    },
  });
}

const size = await driver.executeQuery(
  'RETURN COUNT { (:Statement) } AS statements, COUNT { (:Article) } AS articles, COUNT { ()-->() } AS relationships',
);
await cached.stop();
await uncached.stop();
await driver.close();
await local?.stop();
process.stdout.write(
  `${JSON.stringify({
    benchmark: 'api',
    connections,
    durationSeconds: duration,
    warmupSeconds: warmup,
    graph: size.records[0]!.toObject(),
    questionsPerScenario: variety,
    parameters: {
      topAgreement: params.agreementIds[0],
      topPerson: params.people[0]?.id,
      searchTexts: params.searchTexts.slice(0, 5),
    },
    api: `the API as configured by default: response cache on (${DEFAULT_CACHE_TTL_SECONDS} s)`,
    apiUncached: 'the API with DIPLOGRAPH_CACHE_TTL_SECONDS=0: every request runs its Cypher',
    floor: 'the same data by hand-written Cypher through neo4j-driver, same concurrency and duration',
    oneConnection: `p50 with one connection for ${single} s, cache off: one analyst asking a first question`,
    results,
  })}\n`,
);

/** Realistic arguments from the graph itself: the most-discussed agreements, the most quoted people. */
async function pickParameters(db: Driver) {
  const agreements = await db.executeQuery(
    'MATCH (a:Agreement)<-[:ABOUT]-(s:Statement) RETURN a.id AS id, count(s) AS n ORDER BY n DESC, id LIMIT $n',
    { n: neo4j.int(variety) },
  );
  const people = await db.executeQuery(
    'MATCH (p:Person)-[:SAID]->(s:Statement) RETURN p.id AS id, p.name AS name, count(s) AS n, min(s.date) AS first ORDER BY n DESC, id LIMIT $n',
    { n: neo4j.int(variety) },
  );
  if (agreements.records.length === 0 || people.records.length === 0)
    throw new Error('the graph has no statements about agreements: run bench:ingest first');
  const names = people.records.map((r) => String(r.get('name')));
  return {
    agreementIds: agreements.records.map((r) => String(r.get('id'))),
    people: people.records.map((r) => ({
      id: String(r.get('id')),
      from: String(r.get('first') ?? '1900-01-01'),
    })),
    // Surnames, as people type them.
    searchTexts: [...new Set(names.map((name) => name.split(' ').at(-1) ?? name))],
  };
}

function cypherOfQuery(field: string): string {
  for (const typeDefs of loadTypeDefs()) {
    for (const definition of parse(typeDefs).definitions) {
      if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION || definition.name.value !== 'Query') continue;
      const found = (definition as ObjectTypeDefinitionNode).fields?.find((f) => f.name.value === field);
      const statement = found?.directives
        ?.find((d) => d.name.value === 'cypher')
        ?.arguments?.find((a) => a.name.value === 'statement')?.value as StringValueNode | undefined;
      if (statement) return statement.value;
    }
  }
  throw new Error(`Query.${field} has no @cypher statement`);
}

async function checkOnce(baseUrl: string, body: string, name: string): Promise<void> {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
  });
  const json = (await response.json()) as { errors?: unknown[] };
  if (response.status !== 200 || json.errors)
    throw new Error(`${name} failed: ${JSON.stringify(json).slice(0, 500)}`);
}

/** The floor: `clients` concurrent loops running the Cypher for `seconds`, each cycling through the parameters. */
async function runFloor(
  db: Driver,
  query: string,
  paramList: Record<string, unknown>[],
  seconds = duration,
  clients = connections,
) {
  const latencies: number[] = [];
  const deadline = performance.now() + seconds * 1000;
  const worker = async () => {
    for (let i = 0; performance.now() < deadline; i++) {
      const started = performance.now();
      await db.executeQuery(query, paramList[i % paramList.length], {
        database: target.database,
        routing: 'READ',
      });
      latencies.push(performance.now() - started);
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: clients }, worker));
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((x, y) => x - y);
  const at = (q: number) =>
    round(latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? Number.NaN);
  return {
    requestsPerSecond: round(latencies.length / elapsed),
    p50Ms: at(0.5),
    p99Ms: at(0.99),
    requests: latencies.length,
  };
}
