// The shared test database given by the global setup is real, migrated, and enforces ids.
import { afterAll, describe, expect, inject, it } from 'vitest';
import { createDriver } from '../../src/graph/driver.ts';
import { isMigrated, loadMigrations } from '../../src/graph/migrations.ts';

const target = inject('neo4j');
const driver = createDriver(target);
afterAll(() => driver.close());

describe('the test database', () => {
  it('is migrated', async () => {
    expect(await isMigrated(driver, target.database, await loadMigrations())).toBe(true);
  });

  it('has the full-text indexes the API searches with, covering aliases', async () => {
    const id = `person:test-shared-${process.pid}`;
    await driver.executeQuery('CREATE (p:Person {id: $id, name: $name, aliases: $aliases})', {
      id,
      name: 'Testa Fixturova',
      aliases: ['the fixture envoy'],
    });
    try {
      // Full-text indexes are eventually consistent: wait for the new node to be searchable.
      let hits: unknown[] = [];
      for (let i = 0; i < 40 && hits.length === 0; i++) {
        const result = await driver.executeQuery(
          "CALL db.index.fulltext.queryNodes('entity_names', 'envoy') YIELD node WHERE node.id = $id RETURN node.id AS id",
          { id },
        );
        hits = result.records;
        if (hits.length === 0) await new Promise((r) => setTimeout(r, 100));
      }
      expect(hits).toHaveLength(1);
    } finally {
      await driver.executeQuery('MATCH (p:Person {id: $id}) DETACH DELETE p', { id });
    }
  });
});
