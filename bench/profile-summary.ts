// npm run bench:profile-summary -- FILE.cpuprofile [--top 15]: where a CPU profile's time went, by component
// (neo4j-driver, graphql-js, Apollo, @neo4j/graphql, Express, Node's HTTP and sockets, our own code, GC...),
// as shares of the busy (non-idle) time, plus the functions with the most self time. Prints JSON.
import { readFileSync } from 'node:fs';
import { intFlag, parseFlags, round } from './lib/stats.ts';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const file = process.argv[2];
if (!file || file.startsWith('--')) {
  console.error('usage: bench:profile-summary -- FILE.cpuprofile [--top N]');
  process.exit(2);
}
const top = intFlag(parseFlags(process.argv.slice(3)), 'top', 15);
const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;

/** The component a frame belongs to, from its script URL (first match wins). */
const COMPONENTS: [string, RegExp][] = [
  ['neo4j-driver', /node_modules\/neo4j-driver/],
  ['@neo4j/graphql', /node_modules\/@neo4j\/(graphql|cypher-builder)/],
  ['graphql-js', /node_modules\/graphql\//],
  ['apollo-server', /node_modules\/@apollo\//],
  ['graphql-armor', /node_modules\/@escape\.tech/],
  [
    'express and middleware',
    /node_modules\/(express|router|body-parser|raw-body|helmet|cors|finalhandler|send|on-finished|type-is|content-type|iconv-lite|qs|negotiator|accepts|depd|debug)/,
  ],
  ['pino (logging)', /node_modules\/pino/],
  ['prom-client (metrics)', /node_modules\/prom-client/],
  ['other packages', /node_modules\//],
  ['api: domain queries', /src\/api\/domain-queries\//],
  ['api: other', /src\/api\//],
  ['graph/', /src\/graph\//],
  ['our other code', /\/(src|bench)\//],
  ['node: http', /^node:_http|^node:http/],
  ['node: sockets and streams', /^node:(net|stream|internal\/(stream|streams|net|js_stream)|_stream)/],
  ['node: other', /^node:/],
];

const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const selfMs = new Map<number, number>();
for (let i = 0; i < profile.samples.length; i++) {
  const id = profile.samples[i]!;
  selfMs.set(id, (selfMs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
}

function componentOf(node: ProfileNode): string {
  const { functionName, url } = node.callFrame;
  if (functionName === '(garbage collector)') return 'GC';
  // The inspector session that takes the profile waits in 'dispatch': not the program's time.
  if (functionName === '(idle)' || (functionName === 'dispatch' && !url)) return 'idle';
  if (functionName === '(program)') return 'V8 and native (program)';
  if (!url) return `builtin: ${functionName || '(anonymous)'}`;
  for (const [name, pattern] of COMPONENTS) if (pattern.test(url)) return name;
  return 'other';
}

const components = new Map<string, number>();
const functions = new Map<string, number>();
let busy = 0;
let total = 0;
for (const [id, ms] of selfMs) {
  const node = byId.get(id)!;
  const component = componentOf(node);
  total += ms;
  if (component === 'idle') continue;
  busy += ms;
  components.set(component, (components.get(component) ?? 0) + ms);
  const { functionName, url, lineNumber } = node.callFrame;
  const where = url
    ? `${url.replace(/^.*node_modules\//, '').replace(/^.*\/(src|bench)\//, '$1/')}:${lineNumber + 1}`
    : '';
  const name = `${functionName || '(anonymous)'} ${where}`.trim();
  functions.set(name, (functions.get(name) ?? 0) + ms);
}

// Builtins (JSON.stringify, regexps...) are named one by one when they matter, the small ones summed.
for (const [name, ms] of [...components]) {
  if (!name.startsWith('builtin: ') || ms >= busy * 0.01) continue;
  components.delete(name);
  components.set('builtin: other', (components.get('builtin: other') ?? 0) + ms);
}
const share = (ms: number) => round((100 * ms) / busy, 1);
const ranked = (map: Map<string, number>) => [...map].sort((a, b) => b[1] - a[1]);
process.stdout.write(
  `${JSON.stringify(
    {
      file,
      sampledMs: round(total),
      busyMs: round(busy),
      busyShare: round(busy / total, 2),
      componentsPercentOfBusy: Object.fromEntries(ranked(components).map(([k, ms]) => [k, share(ms)])),
      topSelfPercentOfBusy: Object.fromEntries(
        ranked(functions)
          .slice(0, top)
          .map(([k, ms]) => [k, share(ms)]),
      ),
    },
    null,
    2,
  )}\n`,
);
