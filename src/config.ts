// The one validated configuration of diplograph, built from the environment by loadConfig(env).
// The only module that reads environment variables; everything else receives a Config.
import { z } from 'zod';
import { AppError, ErrorCode } from './domain/errors.ts';

export const DEFAULT_PORT = 4000;
export const DEFAULT_NEO4J_USER = 'neo4j';
export const DEFAULT_NEO4J_DATABASE = 'neo4j';
export const DEFAULT_LOCAL_NEO4J_PORT = 7687;
export const DEFAULT_LOCAL_NEO4J_DATA = '.neo4j-data';
/** Sized for a 2-core, 24 GiB machine shared with Node: the JVM heap plus page cache stay under a quarter of RAM. */
export const DEFAULT_LOCAL_NEO4J_HEAP = '2g';
export const DEFAULT_LOCAL_NEO4J_PAGECACHE = '2g';
export const DEFAULT_BODY_LIMIT_BYTES = 5 * 1024 * 1024;
/** Longest a query response is served from the cache; any change to the graph clears it sooner. */
export const DEFAULT_CACHE_TTL_SECONDS = 60;
export const DEFAULT_LOG_LEVEL = 'info';
/** How long a CLI run keeps retrying while Neo4j is unreachable before it stops (re-running resumes). */
export const DEFAULT_OUTAGE_LIMIT_SECONDS = 30;

const NEO4J_SCHEMES = ['neo4j:', 'neo4j+s:', 'neo4j+ssc:', 'bolt:', 'bolt+s:', 'bolt+ssc:'];
const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
const MEMORY_SIZE = /^\d+[kmgKMG]$/;

const emptyToUndefined = (value: unknown): unknown =>
  typeof value === 'string' && value.trim() === '' ? undefined : value;

/** "a, b,,c" -> ["a", "b", "c"]: the shape of every list variable. */
const commaList = z
  .string()
  .default('')
  .transform((raw) =>
    raw
      .split(',')
      .map((item) => item.trim())
      .filter((item) => item !== ''),
  );

const port = (fallback: number) =>
  z.preprocess(
    emptyToUndefined,
    z
      .string()
      .regex(/^\d+$/, 'must be a whole number between 1 and 65535')
      .transform(Number)
      .refine((n) => n >= 1 && n <= 65535, 'must be a whole number between 1 and 65535')
      .default(fallback),
  );

const neo4jUri = z.string().refine(
  (value) => {
    try {
      const url = new URL(value);
      return NEO4J_SCHEMES.includes(url.protocol) && url.hostname !== '';
    } catch {
      return false;
    }
  },
  `must be a URL like bolt://localhost:7687 (schemes: ${NEO4J_SCHEMES.map((s) => s.slice(0, -1)).join(', ')})`,
);

const envSchema = z.object({
  NEO4J_URI: z.preprocess(emptyToUndefined, neo4jUri.optional()),
  NEO4J_USER: z.preprocess(emptyToUndefined, z.string().default(DEFAULT_NEO4J_USER)),
  NEO4J_PASSWORD: z.preprocess(emptyToUndefined, z.string().default('')),
  NEO4J_DATABASE: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .regex(
        /^[A-Za-z][A-Za-z0-9.-]{2,62}$/,
        'must be a Neo4j database name (3-63 letters, digits, dots, dashes)',
      )
      .default(DEFAULT_NEO4J_DATABASE),
  ),
  PORT: port(DEFAULT_PORT),
  HOST: z.preprocess(emptyToUndefined, z.string().default('0.0.0.0')),
  DIPLOGRAPH_API_KEYS: z.preprocess(
    emptyToUndefined,
    commaList.refine(
      (keys) => keys.every((key) => key.length >= 16),
      'every key must be at least 16 characters long',
    ),
  ),
  LOG_LEVEL: z.preprocess(
    (v) => (typeof v === 'string' ? emptyToUndefined(v.toLowerCase()) : v),
    z.enum(LOG_LEVELS).default(DEFAULT_LOG_LEVEL),
  ),
  NODE_ENV: z.preprocess(
    emptyToUndefined,
    z.enum(['development', 'production', 'test']).default('development'),
  ),
  DIPLOGRAPH_BODY_LIMIT: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .regex(/^\d+$/, 'must be a number of bytes')
      .transform(Number)
      .refine((n) => n >= 1024, 'must be at least 1024 bytes')
      .default(DEFAULT_BODY_LIMIT_BYTES),
  ),
  DIPLOGRAPH_CORS_ORIGINS: z.preprocess(emptyToUndefined, commaList),
  // Unset: Apollo's convention, on except in production.
  DIPLOGRAPH_INTROSPECTION: z.preprocess(emptyToUndefined, z.enum(['true', 'false']).optional()),
  DIPLOGRAPH_CACHE_TTL_SECONDS: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .regex(/^\d+$/, 'must be a whole number of seconds (0 turns the cache off)')
      .transform(Number)
      .refine((n) => n <= 3600, 'must be at most 3600 seconds')
      .default(DEFAULT_CACHE_TTL_SECONDS),
  ),
  DIPLOGRAPH_OUTAGE_LIMIT_SECONDS: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .regex(/^\d+$/, 'must be a whole number of seconds')
      .transform(Number)
      .refine((n) => n >= 1 && n <= 86_400, 'must be from 1 to 86400 seconds')
      .default(DEFAULT_OUTAGE_LIMIT_SECONDS),
  ),
  DIPLOGRAPH_SEED_SAMPLES: z.preprocess(emptyToUndefined, z.enum(['true', 'false']).default('true')),
  NEO4J_LOCAL_PORT: port(DEFAULT_LOCAL_NEO4J_PORT),
  NEO4J_LOCAL_DATA: z.preprocess(emptyToUndefined, z.string().default(DEFAULT_LOCAL_NEO4J_DATA)),
  NEO4J_LOCAL_HEAP: z.preprocess(
    emptyToUndefined,
    z.string().regex(MEMORY_SIZE, 'must be a size like 512m or 2g').default(DEFAULT_LOCAL_NEO4J_HEAP),
  ),
  NEO4J_LOCAL_PAGECACHE: z.preprocess(
    emptyToUndefined,
    z.string().regex(MEMORY_SIZE, 'must be a size like 512m or 2g').default(DEFAULT_LOCAL_NEO4J_PAGECACHE),
  ),
});

export interface Config {
  neo4j: {
    /** Undefined means: use (and if needed start) the project's own neo4j-local. */
    uri: string | undefined;
    user: string;
    password: string;
    database: string;
  };
  localNeo4j: { port: number; dataDir: string; heap: string; pageCache: string };
  server: {
    host: string;
    port: number;
    bodyLimitBytes: number;
    corsOrigins: string[];
    introspection: boolean;
    /** How long a query's response may be served from the cache; 0: no cache. */
    cacheTtlSeconds: number;
  };
  apiKeys: string[];
  logLevel: (typeof LOG_LEVELS)[number];
  environment: 'development' | 'production' | 'test';
  seedSamples: boolean;
  /** A CLI run stops once Neo4j has been unreachable this long. */
  outageLimitSeconds: number;
}

/** Builds the configuration or throws one CONFIG_INVALID error that names every bad variable. */
export function loadConfig(env: Record<string, string | undefined>): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const variable = String(issue.path[0] ?? 'environment');
      const value = env[variable];
      const shown = value === undefined ? '' : ` (got ${JSON.stringify(redact(variable, value))})`;
      return `${variable} ${issue.message}${shown}`;
    });
    throw new AppError(ErrorCode.CONFIG_INVALID, `Invalid configuration: ${problems.join('; ')}`, {
      details: { variables: parsed.error.issues.map((i) => String(i.path[0])) },
    });
  }
  const e = parsed.data;
  return {
    neo4j: { uri: e.NEO4J_URI, user: e.NEO4J_USER, password: e.NEO4J_PASSWORD, database: e.NEO4J_DATABASE },
    localNeo4j: {
      port: e.NEO4J_LOCAL_PORT,
      dataDir: e.NEO4J_LOCAL_DATA,
      heap: e.NEO4J_LOCAL_HEAP,
      pageCache: e.NEO4J_LOCAL_PAGECACHE,
    },
    server: {
      host: e.HOST,
      port: e.PORT,
      bodyLimitBytes: e.DIPLOGRAPH_BODY_LIMIT,
      corsOrigins: e.DIPLOGRAPH_CORS_ORIGINS,
      introspection:
        e.DIPLOGRAPH_INTROSPECTION === undefined
          ? e.NODE_ENV !== 'production'
          : e.DIPLOGRAPH_INTROSPECTION === 'true',
      cacheTtlSeconds: e.DIPLOGRAPH_CACHE_TTL_SECONDS,
    },
    apiKeys: e.DIPLOGRAPH_API_KEYS,
    logLevel: e.LOG_LEVEL,
    environment: e.NODE_ENV,
    seedSamples: e.DIPLOGRAPH_SEED_SAMPLES === 'true',
    outageLimitSeconds: e.DIPLOGRAPH_OUTAGE_LIMIT_SECONDS,
  };
}

function redact(variable: string, value: string): string {
  return /PASSWORD|KEYS/.test(variable) ? '***' : value;
}
