// npm run bench:api -- [--neo4j-uri bolt://...] [--data DIR] [--duration 20] [--warmup 10] [--connections 32]
// [--variety 50] [--single 5] [--only a,b] [--no-cached] [--profile PREFIX]: load-tests the GraphQL API (server
// in-process, autocannon on a worker thread) with whoSaidWhat, search, timeline, countryRelations, a filtered,
// paginated statement list, the event series and dyads and a mixed dashboard of 20 different questions; beside
// each, the same data fetched by hand-written Cypher through
// neo4j-driver directly (the floor). Every connection cycles through `variety` questions (the most-discussed
// agreements, the most quoted people, the most connected countries), so the cache holds a working set, not one
// answer. `single` seconds measure one connection at a time: what one analyst waits for a first question.
// `--no-cached` skips the cached API (the uncached figures and their floors only); `--profile PREFIX` writes a CPU
// profile of the main thread during each scenario's uncached load (PREFIX-<scenario>.cpuprofile: the server) and
// its floor (PREFIX-<scenario>-floor.cpuprofile: the driver alone; summarise them
// with `npm run bench:profile-summary -- FILE`). Needs a populated graph: run `npm run bench:ingest -- --keep DIR`
// first. Prints JSON.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import autocannon from 'autocannon';
import neo4j from 'neo4j-driver';
import { DEFAULT_CACHE_TTL_SECONDS } from '../src/config.ts';
import type { Driver } from '../src/graph/driver.ts';
import { dyadsQuery, eventSeriesQuery, FIRST_DAY, LAST_DAY } from '../src/graph/event-queries.ts';
import { cypherOfQuery, openBenchGraph, startBenchServer } from './lib/bench-graph.ts';
import { withCpuProfile } from './lib/cpu-profile.ts';
import { intFlag, parseFlags, round } from './lib/stats.ts';

const flags = parseFlags(process.argv.slice(2));
const duration = intFlag(flags, 'duration', 20);
const connections = intFlag(flags, 'connections', 32);
const only = flags.get('only')?.split(',');
const variety = intFlag(flags, 'variety', 50);
const single = intFlag(flags, 'single', 5);
const withCached = !flags.has('no-cached');
const profilePrefix = flags.get('profile');
// Neo4j's JIT takes tens of seconds to warm to a query shape: unwarmed, whichever side runs first looks slower.
const warmup = intFlag(flags, 'warmup', 10);
const { target, driver, close } = await openBenchGraph(
  flags,
  'bench:api needs a populated graph: --neo4j-uri bolt://host:7687 (or NEO4J_URI), or --data DIR kept by bench:ingest --keep DIR',
);

// The API as deployed (response cache on, its default) and with the cache off: the cached figures show what a
// polling dashboard gets, the uncached ones what every first question costs; both beside the same floor.
const cached = await startBenchServer(target, DEFAULT_CACHE_TTL_SECONDS);
const uncached = await startBenchServer(target, 0);

const params = await pickParameters(driver);
const cypher = {
  whoSaidWhat: readFileSync(resolve('cypher/queries/who-said-what.cypher'), 'utf8'),
  statementPage: readFileSync(resolve('cypher/queries/statement-page.cypher'), 'utf8'),
};
// The other domain queries are @cypher queries: their floor is the very same statement, run without GraphQL.
const statementOf = (field: string) => cypherOfQuery(field);

/** One question: a GraphQL request and the same data by hand-written Cypher (its floor). */
interface Question {
  query: string;
  variables: Record<string, unknown>;
  floor: { cypher: string; params: Record<string, unknown> };
}

interface Scenario {
  name: string;
  questions: Question[];
  /** False for a mix asked once each: a response cache has nothing to remember. */
  cached: boolean;
}

const PAGE =
  'totalCount pageInfo { hasNextPage endCursor } edges { node { id quote date channel { name } } }';
const WHO_SAID_WHAT = `query WhoSaidWhat($agreement: String!) { whoSaidWhat(agreement: $agreement, limit: 50) {
      id quote text date speakerName speakerTitle speakerCountry { id name } channel { name }
      articlesConnection(first: 3, sort: [{ node: { publishedAt: ASC } }]) {
        totalCount edges { properties { sentence } node { id title url publishedAt } } } } }`;
const SEARCH =
  'query Search($text: String!) { search(text: $text, limit: 20) { kind id label score detail date } }';
const TIMELINE =
  'query Timeline($entity: ID!) { timeline(entity: $entity, limit: 100) { kind id date label detail } }';
const RELATIONS = `query Relations($country: ID!) { countryRelations(country: $country, limit: 20) {
      country { id label } sharedAgreements sharedMeetings statementsAboutOther statementsFromOther
      latestAgreement { id label date } latestMeeting { id label date } latestStatement { id label date } } }`;
const STATEMENT_COUNTS = `query StatementCounts($groupBy: StatementGrouping!, $from: Date) {
      statementCounts(groupBy: $groupBy, from: $from, limit: 20) { key label count } }`;
const EVENT_SERIES = `query EventSeries($source: String!, $target: String!) {
      eventSeries(source: $source, target: $target, bucket: MONTH) {
        bucket from to count cooperation conflict meanIntensity netIntensity } }`;
const DYADS = `query Dyads($country: String!, $from: String, $to: String) {
      dyads(country: $country, from: $from, to: $to, limit: 20) {
      country name events outgoing incoming netIntensity meanIntensity cooperation conflict } }`;
const MEETING_COUNTS = `query MeetingCounts($groupBy: MeetingGrouping!, $from: Date) {
      meetingCounts(groupBy: $groupBy, from: $from, limit: 20) { key label count } }`;

const whoSaidWhat = (agreement: string): Question => ({
  query: WHO_SAID_WHAT,
  variables: { agreement },
  floor: { cypher: cypher.whoSaidWhat, params: { agreement, limit: neo4j.int(50) } },
});
const search = (text: string): Question => ({
  query: SEARCH,
  variables: { text },
  floor: { cypher: statementOf('search'), params: { text, limit: neo4j.int(20) } },
});
const timeline = (entity: string): Question => ({
  query: TIMELINE,
  variables: { entity },
  floor: { cypher: statementOf('timeline'), params: { entity, from: null, to: null, limit: neo4j.int(100) } },
});
const relations = (country: string): Question => ({
  query: RELATIONS,
  variables: { country },
  floor: {
    cypher: statementOf('countryRelations'),
    params: { country, from: null, to: null, limit: neo4j.int(20) },
  },
});
const counts = (field: 'statementCounts' | 'meetingCounts', groupBy: string, from: string): Question => ({
  query: field === 'statementCounts' ? STATEMENT_COUNTS : MEETING_COUNTS,
  variables: { groupBy, from },
  floor: { cypher: statementOf(field), params: { groupBy, from, to: null, limit: neo4j.int(20) } },
});
/** A dyad's events month by month, whole history (no range: the stored buckets, as the resolver answers them). */
const eventSeries = (dyad: { source: string; target: string }): Question => ({
  query: EVENT_SERIES,
  variables: dyad,
  floor: eventSeriesQuery(
    { ...dyad, types: null, from: FIRST_DAY, to: LAST_DAY, includeAll: false },
    'MONTH',
  ),
});
/** A country's partners over one year, as a dashboard asks them; its whole history takes seconds for Russia. */
const DYAD_RANGE = { from: '2024-01-01', to: '2024-12-31' };
const dyads = (country: string): Question => ({
  query: DYADS,
  variables: { country, ...DYAD_RANGE },
  floor: dyadsQuery(country, { types: null, ...DYAD_RANGE, includeAll: false }, 20),
});
/** A page of 20 of a person's statements since a date, asked in the given way; the floor is always the same. */
const statementPage =
  (name: string, selection: string) =>
  (p: { id: string; from: string }): Question => ({
    query: `query ${name[0]!.toUpperCase()}${name.slice(1)}($person: ID!, $from: String!) { ${selection} }`,
    variables: { person: p.id, from: p.from },
    floor: { cypher: cypher.statementPage, params: { person: p.id, from: p.from, first: neo4j.int(20) } },
  });
const pageBySpeakerId = statementPage(
  'statementList',
  `statementsConnection(
      where: { date: { gte: $from }, speakerId: { eq: $person } }
      sort: [{ date: DESC }, { id: ASC }]
      first: 20
    ) { ${PAGE} }`,
);
// The same page filtered through the speaker relationship: @neo4j/graphql tests every statement in the date
// range for its speaker (an EXISTS per statement); the fast path starts from the person (anchored-match.ts).
const pageBySpeakerRelationship = statementPage(
  'statementListBySpeakerRelationship',
  `statementsConnection(
      where: { date: { gte: $from }, speaker: { some: { Person: { id: { eq: $person } } } } }
      sort: [{ date: DESC }, { id: ASC }]
      first: 20
    ) { ${PAGE} }`,
);
// The same page reached from the person: the generated Cypher starts at the person.
const pageFromPerson = statementPage(
  'statementListFromPerson',
  `people(where: { id: { eq: $person } }) {
      statementsConnection(
        where: { node: { date: { gte: $from } } }
        sort: [{ node: { date: DESC } }, { node: { id: ASC } }]
        first: 20
      ) { ${PAGE} } }`,
);

const at = <T>(list: T[], index: number) => list[index % list.length]!;
const scenarios: Scenario[] = [
  { name: 'whoSaidWhat', questions: params.agreementIds.map(whoSaidWhat), cached: true },
  { name: 'search', questions: params.searchTexts.map(search), cached: true },
  { name: 'timeline', questions: params.people.map((p) => timeline(p.id)), cached: true },
  { name: 'countryRelations', questions: params.countryIds.map(relations), cached: true },
  { name: 'statementList', questions: params.people.map(pageBySpeakerId), cached: true },
  {
    name: 'statementListBySpeakerRelationship',
    questions: params.people.map(pageBySpeakerRelationship),
    cached: true,
  },
  { name: 'statementListFromPerson', questions: params.people.map(pageFromPerson), cached: true },
  { name: 'eventSeries', questions: params.dyads.map(eventSeries), cached: true },
  { name: 'dyads', questions: params.eventCountries.map(dyads), cached: true },
  // What an analyst's dashboard asks when it opens: 20 different questions, none of them twice, so a response
  // cache could not help; measured with the cache off.
  {
    name: 'dashboard',
    cached: false,
    questions: [
      ...[0, 1, 2].map((i) => whoSaidWhat(at(params.agreementIds, i))),
      ...[0, 1, 2].map((i) => search(at(params.searchTexts, i))),
      ...[0, 1, 2].map((i) => timeline(at(params.people, i).id)),
      ...[0, 1, 2].map((i) => relations(at(params.countryIds, i))),
      ...(['SPEAKER', 'COUNTRY', 'AGREEMENT', 'MONTH'] as const).map((groupBy, i) =>
        counts('statementCounts', groupBy, `202${i}-01-01`),
      ),
      counts('meetingCounts', 'COUNTRY', '2020-01-01'),
      counts('meetingCounts', 'MONTH', '2021-01-01'),
      pageBySpeakerId(at(params.people, 0)),
      pageFromPerson(at(params.people, 1)),
    ],
  },
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
for (const scenario of scenarios.filter((s) => (!only || only.includes(s.name)) && s.questions.length > 0)) {
  const bodies = scenario.questions.map(({ query, variables }) => JSON.stringify({ query, variables }));
  const floors = scenario.questions.map((q) => q.floor);
  // A cold page cache can take longer than the API's query timeout: the floor's Cypher, untimed, reads it in.
  for (const { cypher: statement, params: values } of floors) await driver.executeQuery(statement, values);
  for (const body of bodies) await checkOnce(uncached.url, body, scenario.name);
  // Both sides warmed alike before either is measured.
  await load(uncached.url, bodies, warmup);
  await runFloor(driver, floors, warmup);
  const apiUncached = await withCpuProfile(
    profilePrefix && `${profilePrefix}-${scenario.name}.cpuprofile`,
    () => load(uncached.url, bodies),
  );
  const floor = await withCpuProfile(
    profilePrefix && `${profilePrefix}-${scenario.name}-floor.cpuprofile`,
    () => runFloor(driver, floors),
  );
  const apiAlone = await load(uncached.url, bodies, single, 1);
  const floorAlone = await runFloor(driver, floors, single, 1);
  let api: Awaited<ReturnType<typeof load>> | undefined;
  if (scenario.cached && withCached) {
    for (const body of bodies) await checkOnce(cached.url, body, scenario.name);
    api = await load(cached.url, bodies);
  }
  results.push({
    scenario: scenario.name,
    questions: bodies.length,
    ...(api ? { api, p50VsFloor: round(api.p50Ms / floor.p50Ms, 2) } : {}),
    apiUncached,
    floor,
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
await close();
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
  const countries = await db.executeQuery(
    // Past the 20 most connected: Russia's relations alone take seconds on this graph, even for the floor.
    'MATCH (c:Country) RETURN c.id AS id, COUNT { (c)-[:PARTY_TO|ATTENDED]->() } AS n ORDER BY n DESC, id SKIP 20 LIMIT $n',
    { n: neo4j.int(variety) },
  );
  const dyadPairs = await db.executeQuery(
    `MATCH (e:Event) WHERE e.counted AND e.sourceCountry IS NOT NULL AND e.targetCountry IS NOT NULL
     RETURN e.sourceCountry AS source, e.targetCountry AS target, count(*) AS n ORDER BY n DESC, source, target LIMIT $n`,
    { n: neo4j.int(variety) },
  );
  const eventCountries = await db.executeQuery(
    `MATCH (e:Event) WHERE e.counted AND e.sourceCountry IS NOT NULL
     RETURN e.sourceCountry AS id, count(*) AS n ORDER BY n DESC, id LIMIT $n`,
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
    countryIds: countries.records.map((r) => String(r.get('id'))),
    dyads: dyadPairs.records.map((r) => ({
      source: String(r.get('source')),
      target: String(r.get('target')),
    })),
    eventCountries: eventCountries.records.map((r) => String(r.get('id'))),
    // Surnames, as people type them.
    searchTexts: [...new Set(names.map((name) => name.split(' ').at(-1) ?? name))],
  };
}

/** Every question answers without errors; a cold page cache on a busy machine may need a second try. */
async function checkOnce(baseUrl: string, body: string, name: string, attempts = 3): Promise<void> {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
  });
  const json = (await response.json()) as { errors?: unknown[] };
  if (response.status === 200 && !json.errors) return;
  if (attempts > 1) return checkOnce(baseUrl, body, name, attempts - 1);
  throw new Error(`${name} failed: ${JSON.stringify(json).slice(0, 500)}`);
}

/** The floor: `clients` concurrent loops running the Cypher for `seconds`, each cycling through the questions. */
async function runFloor(
  db: Driver,
  queries: { cypher: string; params: Record<string, unknown> }[],
  seconds = duration,
  clients = connections,
) {
  const latencies: number[] = [];
  const deadline = performance.now() + seconds * 1000;
  const worker = async () => {
    for (let i = 0; performance.now() < deadline; i++) {
      const started = performance.now();
      const { cypher: statement, params: values } = queries[i % queries.length]!;
      await db.executeQuery(statement, values, {
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
