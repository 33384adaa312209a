import { describe, expect, it } from 'vitest';
import {
  DEFAULT_BODY_LIMIT_BYTES,
  DEFAULT_CACHE_TTL_SECONDS,
  DEFAULT_PORT,
  loadConfig,
} from '../../src/config.ts';
import { AppError, ErrorCode } from '../../src/domain/errors.ts';

function configError(env: Record<string, string>): AppError {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected loadConfig to fail');
}

describe('loadConfig', () => {
  it('uses the documented defaults when nothing is set, with the local Neo4j', () => {
    const config = loadConfig({});
    expect(config.neo4j).toEqual({ uri: undefined, user: 'neo4j', password: '', database: 'neo4j' });
    expect(config.server.port).toBe(DEFAULT_PORT);
    expect(config.server.bodyLimitBytes).toBe(DEFAULT_BODY_LIMIT_BYTES);
    expect(config.server.cacheTtlSeconds).toBe(DEFAULT_CACHE_TTL_SECONDS);
    expect(config.apiKeys).toEqual([]);
    expect(config.logLevel).toBe('info');
  });

  it.each([
    [{}, true],
    [{ NODE_ENV: 'development' }, true],
    [{ NODE_ENV: 'production' }, false],
    [{ NODE_ENV: 'production', DIPLOGRAPH_INTROSPECTION: 'true' }, true],
    [{ NODE_ENV: 'development', DIPLOGRAPH_INTROSPECTION: 'false' }, false],
  ])('turns introspection on by Apollo’s convention (off in production) unless told: %j', (env, on) => {
    expect(loadConfig(env).server.introspection).toBe(on);
  });

  it('reads every variable it documents', () => {
    const config = loadConfig({
      NEO4J_URI: 'neo4j+s://abc.databases.neo4j.io',
      NEO4J_USER: 'reader',
      NEO4J_PASSWORD: 'secret',
      NEO4J_DATABASE: 'diplo',
      PORT: '8080',
      DIPLOGRAPH_API_KEYS: 'key-aaaaaaaaaaaaaaaa, key-bbbbbbbbbbbbbbbb',
      LOG_LEVEL: 'DEBUG',
      DIPLOGRAPH_CACHE_TTL_SECONDS: '0',
    });
    expect(config.neo4j).toEqual({
      uri: 'neo4j+s://abc.databases.neo4j.io',
      user: 'reader',
      password: 'secret',
      database: 'diplo',
    });
    expect(config.server.port).toBe(8080);
    expect(config.apiKeys).toEqual(['key-aaaaaaaaaaaaaaaa', 'key-bbbbbbbbbbbbbbbb']);
    expect(config.logLevel).toBe('debug');
    expect(config.server.cacheTtlSeconds).toBe(0);
  });

  it.each([
    ['NEO4J_URI', 'localhost:7687'],
    ['NEO4J_URI', 'http://localhost:7474'],
    ['NEO4J_URI', 'not a url'],
    ['PORT', 'abc'],
    ['PORT', '0'],
    ['PORT', '70000'],
    ['PORT', '80.5'],
    ['NEO4J_DATABASE', 'bad name!'],
    ['LOG_LEVEL', 'loud'],
    ['DIPLOGRAPH_BODY_LIMIT', '-1'],
    ['DIPLOGRAPH_CACHE_TTL_SECONDS', '-5'],
    ['DIPLOGRAPH_CACHE_TTL_SECONDS', '2.5'],
    ['DIPLOGRAPH_CACHE_TTL_SECONDS', '86400'],
    ['NEO4J_LOCAL_HEAP', 'lots'],
  ])('rejects %s=%j with an error naming the variable', (variable, value) => {
    const error = configError({ [variable]: value });
    expect(error.code).toBe(ErrorCode.CONFIG_INVALID);
    expect(error.message).toContain(variable);
    expect(error.message).toContain(JSON.stringify(value));
  });

  it('lists every bad variable in one error', () => {
    const error = configError({ NEO4J_URI: 'nope', PORT: 'nope' });
    expect(error.message).toMatch(/NEO4J_URI.*PORT/);
    expect(error.details).toEqual({ variables: ['NEO4J_URI', 'PORT'] });
  });

  it('never echoes secrets in the error', () => {
    const error = configError({ DIPLOGRAPH_API_KEYS: 'tooshort' });
    expect(error.message).toContain('DIPLOGRAPH_API_KEYS');
    expect(error.message).not.toContain('tooshort');
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ NEO4J_URI: '', PORT: '' }).server.port).toBe(DEFAULT_PORT);
  });
});
