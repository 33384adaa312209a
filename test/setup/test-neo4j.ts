// Which Neo4j the integration tests use, decided in one place: NEO4J_URI when set; a testcontainers Neo4j
// (the image of docker-compose.yml) when DIPLOGRAPH_TEST_NEO4J=container, or when it is unset and Docker is found;
// otherwise the project's own neo4j-local. DIPLOGRAPH_TEST_NEO4J=local forces neo4j-local even with Docker.
import { homedir } from 'node:os';
import { join } from 'node:path';

export type TestNeo4jKind = 'uri' | 'container' | 'local';

export interface TestNeo4jChoice {
  kind: TestNeo4jKind;
  /** Why, for the one line the test run prints. */
  reason: string;
}

export const TEST_NEO4J_MODES = ['container', 'local'] as const;

/** Where Docker Engine and Docker Desktop put their socket. */
export const DOCKER_SOCKETS = ['/var/run/docker.sock', join(homedir(), '.docker', 'run', 'docker.sock')];

export function chooseTestNeo4j(
  env: Readonly<Record<string, string | undefined>>,
  exists: (path: string) => boolean,
): TestNeo4jChoice {
  if (env.NEO4J_URI?.trim()) return { kind: 'uri', reason: 'NEO4J_URI is set' };
  const mode = env.DIPLOGRAPH_TEST_NEO4J?.trim() ?? '';
  if (mode === 'container') return { kind: 'container', reason: 'DIPLOGRAPH_TEST_NEO4J=container' };
  if (mode === 'local') return { kind: 'local', reason: 'DIPLOGRAPH_TEST_NEO4J=local' };
  if (mode !== '') {
    throw new Error(
      `DIPLOGRAPH_TEST_NEO4J must be one of ${TEST_NEO4J_MODES.join(', ')} or unset (got ${JSON.stringify(mode)})`,
    );
  }
  if (env.DOCKER_HOST?.trim()) return { kind: 'container', reason: 'DOCKER_HOST is set' };
  const socket = DOCKER_SOCKETS.find(exists);
  if (socket) return { kind: 'container', reason: `a Docker socket is at ${socket}` };
  return { kind: 'local', reason: 'no NEO4J_URI and no Docker socket' };
}
