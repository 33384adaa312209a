// Gives the integration tests one real, migrated Neo4j, chosen by chooseTestNeo4j: NEO4J_URI, a testcontainers
// Neo4j, or a fresh neo4j-local on a free port with a temporary data folder. What it starts, it stops and deletes.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { loadConfig } from '../../src/config.ts';
import { startLocalNeo4j } from '../../src/graph/local-neo4j.ts';
import { withGraph } from '../../src/graph/open-graph.ts';
import { freePort } from './free-port.ts';
import { chooseTestNeo4j } from './test-neo4j.ts';

/** The image docker-compose.yml runs: Neo4j 5.26 LTS Community, with APOC core added by the module. */
export const NEO4J_IMAGE = 'neo4j:5.26-community';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: { uri: string; user: string; password: string; database: string };
  }
}

interface StartedNeo4j {
  uri: string;
  user?: string;
  password?: string;
  stop(): Promise<void>;
}

async function startContainer(): Promise<StartedNeo4j> {
  // Loaded only here: testcontainers is a large devDependency most runs never need.
  const { Neo4jContainer } = await import('@testcontainers/neo4j');
  const container = await new Neo4jContainer(NEO4J_IMAGE).withApoc().withStartupTimeout(180_000).start();
  return {
    uri: container.getBoltUri(),
    user: container.getUsername(),
    password: container.getPassword(),
    stop: async () => void (await container.stop()),
  };
}

async function startLocal(): Promise<StartedNeo4j> {
  const dataDir = mkdtempSync(join(tmpdir(), 'diplograph-test-neo4j-'));
  const local = await startLocalNeo4j({ port: await freePort(), dataDir, heap: '1g', pageCache: '512m' });
  return {
    uri: local.uri,
    stop: async () => {
      await local.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const choice = chooseTestNeo4j(process.env, existsSync);
  console.log(`integration tests: Neo4j from ${choice.kind} (${choice.reason})`);
  const { neo4j } = loadConfig(process.env);
  const started =
    choice.kind === 'uri'
      ? undefined
      : choice.kind === 'container'
        ? await startContainer()
        : await startLocal();
  const target = {
    uri: started?.uri ?? neo4j.uri!,
    user: started?.user ?? neo4j.user,
    password: started?.password ?? neo4j.password,
    database: neo4j.database,
  };
  try {
    const config = loadConfig({
      NEO4J_URI: target.uri,
      NEO4J_USER: target.user,
      NEO4J_PASSWORD: target.password,
      NEO4J_DATABASE: target.database,
    });
    await withGraph(config, {}, async () => {});
  } catch (error) {
    await started?.stop();
    throw error;
  }
  project.provide('neo4j', target);
  return async () => {
    await started?.stop();
  };
}
