import { describe, expect, it } from 'vitest';
import { NODE_LABELS } from '../../src/domain/graph-schema.ts';
import { loadMigrations, parseMigration } from '../../src/graph/migrations.ts';

describe('parseMigration', () => {
  it('splits statements on line-ending semicolons and drops comment lines', () => {
    const migration = parseMigration(
      '007-demo.cypher',
      '// header\nCREATE INDEX a IF NOT EXISTS\nFOR (n:A) ON (n.x);\n\nCREATE INDEX b IF NOT EXISTS FOR (n:B) ON (n.y);\n',
    );
    expect(migration.version).toBe('007');
    expect(migration.name).toBe('demo');
    expect(migration.statements).toEqual([
      'CREATE INDEX a IF NOT EXISTS\nFOR (n:A) ON (n.x)',
      'CREATE INDEX b IF NOT EXISTS FOR (n:B) ON (n.y)',
    ]);
  });

  it('changes its checksum when the file changes', () => {
    expect(parseMigration('001-a.cypher', 'RETURN 1;').checksum).not.toBe(
      parseMigration('001-a.cypher', 'RETURN 2;').checksum,
    );
  });

  it('refuses a file name without a version', () => {
    expect(() => parseMigration('constraints.cypher', '')).toThrow(/001-name\.cypher/);
  });
});

describe('the migrations in cypher/', () => {
  it('are numbered in order and every statement is idempotent', async () => {
    const migrations = await loadMigrations();
    expect(migrations.map((m) => m.version)).toEqual(
      migrations.map((_, i) => String(i + 1).padStart(3, '0')),
    );
    // Schema statements say IF NOT EXISTS (or, to replace an index, IF EXISTS); a data backfill touches only what
    // it has not filled yet; waiting for indexes changes nothing.
    for (const statement of migrations.flatMap((m) => m.statements))
      expect(statement).toMatch(
        /IF NOT EXISTS|^DROP INDEX \w+ IF EXISTS$|\bWHERE \S+ IS NULL\b|^CALL db\.awaitIndexes\(/,
      );
  });

  it('declare a uniqueness constraint on id for every label of the graph', async () => {
    const source = (await loadMigrations()).flatMap((m) => m.statements).join('\n');
    for (const label of NODE_LABELS)
      expect(source).toMatch(new RegExp(`FOR \\(n:${label}\\) REQUIRE n\\.id IS UNIQUE`));
  });
});
