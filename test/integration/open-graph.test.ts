// openGraph, the one way the server and every command get their graph: connected, migrated, and closed again.
import { describe, expect, inject, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { isMigrated, loadMigrations } from '../../src/graph/migrations.ts';
import { openGraph, withGraph, type ReadyGraph } from '../../src/graph/open-graph.ts';

const target = inject('neo4j');
const config = loadConfig({
  NEO4J_URI: target.uri,
  NEO4J_USER: target.user,
  NEO4J_PASSWORD: target.password,
  NEO4J_DATABASE: target.database,
});

describe('openGraph', () => {
  it('returns a connected, migrated graph that reports what migrating found', async () => {
    const graph = await openGraph(config);
    try {
      expect(graph.uri).toBe(target.uri);
      expect(await isMigrated(graph.driver, graph.database, await loadMigrations())).toBe(true);
      // The test database was migrated by the global setup: opening it again applies nothing.
      expect(graph.migrations.applied).toEqual([]);
      expect(graph.migrations.skipped.length).toBe((await loadMigrations()).length);
    } finally {
      await graph.close();
    }
  });

  it('closes the graph after the work, also when the work fails', async () => {
    let seen: ReadyGraph | undefined;
    await expect(
      withGraph(config, {}, async (graph) => {
        seen = graph;
        throw new Error('work failed');
      }),
    ).rejects.toThrow('work failed');
    await expect(seen!.driver.executeQuery('RETURN 1')).rejects.toThrow();
  });

  it('gives up at once when asked to stop before Neo4j answers', async () => {
    const stop = new AbortController();
    stop.abort();
    await expect(openGraph(config, { signal: stop.signal })).rejects.toThrow();
  });
});
