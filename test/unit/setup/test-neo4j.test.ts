// The one rule for which Neo4j the integration tests use (README: "Which Neo4j the tests use").
import { describe, expect, it } from 'vitest';
import { DOCKER_SOCKETS, chooseTestNeo4j, type TestNeo4jKind } from '../../../test/setup/test-neo4j.ts';

const socket = DOCKER_SOCKETS[0]!;
const noFiles = () => false;
const dockerSocket = (path: string) => path === socket;

describe('chooseTestNeo4j', () => {
  it.each<[string, Record<string, string>, (path: string) => boolean, TestNeo4jKind]>([
    [
      'NEO4J_URI wins over everything',
      { NEO4J_URI: 'bolt://db:7687', DIPLOGRAPH_TEST_NEO4J: 'container' },
      dockerSocket,
      'uri',
    ],
    ['container when asked', { DIPLOGRAPH_TEST_NEO4J: 'container' }, noFiles, 'container'],
    ['local when asked, even with Docker', { DIPLOGRAPH_TEST_NEO4J: 'local' }, dockerSocket, 'local'],
    ['container when a Docker socket is found', {}, dockerSocket, 'container'],
    ['container when DOCKER_HOST is set', { DOCKER_HOST: 'tcp://127.0.0.1:2375' }, noFiles, 'container'],
    ['local without NEO4J_URI and without Docker', {}, noFiles, 'local'],
    [
      'blank values count as unset',
      { NEO4J_URI: ' ', DIPLOGRAPH_TEST_NEO4J: '', DOCKER_HOST: '' },
      noFiles,
      'local',
    ],
  ])('%s', (_name, env, exists, kind) => {
    expect(chooseTestNeo4j(env, exists).kind).toBe(kind);
  });

  it('names the socket it found', () => {
    expect(chooseTestNeo4j({}, dockerSocket).reason).toContain(socket);
  });

  it('refuses a mode it does not know, naming the ones it does', () => {
    expect(() => chooseTestNeo4j({ DIPLOGRAPH_TEST_NEO4J: 'docker' }, noFiles)).toThrow(/container, local/);
  });
});
