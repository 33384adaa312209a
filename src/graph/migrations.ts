// Schema migrations: cypher/NNN-name.cypher applied in order, each recorded as a (:Migration) node.
// Idempotent: recorded migrations are skipped; a recorded one whose file changed is a CONFLICT, not a silent rerun.
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Driver } from 'neo4j-driver';
import { AppError, ErrorCode } from '../domain/errors.ts';

export const MIGRATIONS_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../cypher');
const MIGRATION_FILE = /^(\d{3})-([a-z0-9-]+)\.cypher$/;

export interface Migration {
  version: string;
  name: string;
  checksum: string;
  statements: string[];
}

export interface MigrationReport {
  applied: string[];
  skipped: string[];
}

/** Splits a migration file into statements: `;` at the end of a line ends one; `//` lines are comments. */
export function parseMigration(fileName: string, source: string): Migration {
  const match = MIGRATION_FILE.exec(fileName);
  if (!match)
    throw new AppError(ErrorCode.INTERNAL, `migration file name must look like 001-name.cypher: ${fileName}`);
  const statements = source
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('//'))
    .join('\n')
    .split(/;\s*(?:\n|$)/)
    .map((statement) => statement.trim())
    .filter((statement) => statement !== '');
  const checksum = createHash('sha256').update(source).digest('hex').slice(0, 16);
  return { version: match[1]!, name: match[2]!, checksum, statements };
}

export async function loadMigrations(dir: string = MIGRATIONS_DIR): Promise<Migration[]> {
  const files = (await readdir(dir))
    .filter((file) => file.endsWith('.cypher') && MIGRATION_FILE.test(file))
    .sort();
  return Promise.all(
    files.map(async (file) => parseMigration(file, await readFile(join(dir, file), 'utf8'))),
  );
}

export async function appliedMigrations(driver: Driver, database: string): Promise<Map<string, string>> {
  const { records } = await driver.executeQuery(
    'MATCH (m:Migration) RETURN m.version AS version, m.checksum AS checksum',
    {},
    { database, routing: 'READ' },
  );
  return new Map(records.map((r) => [r.get('version') as string, r.get('checksum') as string]));
}

export async function migrate(
  driver: Driver,
  database: string,
  migrations: Migration[],
  now: () => Date = () => new Date(),
): Promise<MigrationReport> {
  await runSchemaStatement(
    driver,
    database,
    'CREATE CONSTRAINT migration_version IF NOT EXISTS FOR (m:Migration) REQUIRE m.version IS UNIQUE',
  );
  const done = await appliedMigrations(driver, database);
  const report: MigrationReport = { applied: [], skipped: [] };
  for (const migration of migrations) {
    const label = `${migration.version}-${migration.name}`;
    const recorded = done.get(migration.version);
    if (recorded !== undefined) {
      if (recorded !== migration.checksum) {
        throw new AppError(
          ErrorCode.CONFLICT,
          `migration ${label} was changed after it was applied; add a new migration instead of editing it`,
        );
      }
      report.skipped.push(label);
      continue;
    }
    // Schema commands cannot share a transaction with writes, so each runs on its own.
    for (const statement of migration.statements) await runSchemaStatement(driver, database, statement);
    await driver.executeQuery(
      'MERGE (m:Migration {version: $version}) SET m.name = $name, m.checksum = $checksum, m.appliedAt = $appliedAt',
      {
        version: migration.version,
        name: migration.name,
        checksum: migration.checksum,
        appliedAt: now().toISOString(),
      },
      { database },
    );
    report.applied.push(label);
  }
  return report;
}

/**
 * Another process migrating at the same moment can create the same index between our IF NOT EXISTS check and
 * our create; Neo4j then reports an equivalent rule, which for us means the statement's work is done.
 */
async function runSchemaStatement(driver: Driver, database: string, statement: string): Promise<void> {
  try {
    await driver.executeQuery(statement, {}, { database });
  } catch (error) {
    const code = (error as { code?: string }).code ?? '';
    if (!ALREADY_EXISTS.has(code)) throw error;
  }
}

const ALREADY_EXISTS = new Set([
  'Neo.ClientError.Schema.EquivalentSchemaRuleAlreadyExists',
  'Neo.ClientError.Schema.ConstraintAlreadyExists',
  'Neo.ClientError.Schema.IndexAlreadyExists',
]);

/** True when every migration on disk is recorded in the database: what /readyz means by "migrated". */
export async function isMigrated(
  driver: Driver,
  database: string,
  migrations: Migration[],
): Promise<boolean> {
  const done = await appliedMigrations(driver, database);
  return migrations.every((m) => done.get(m.version) === m.checksum);
}
