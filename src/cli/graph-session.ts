// Opens the graph for a one-shot command: resolve Neo4j (starting neo4j-local if NEO4J_URI is unset),
// connect with retry, apply migrations; closes everything it opened, whatever happens inside.
import type { Config } from '../config.ts';
import type { Logger } from '../logger.ts';
import { connectWithRetry, createDriver, type Driver } from '../graph/driver.ts';
import { loadMigrations, migrate } from '../graph/migrations.ts';
import { resolveNeo4j } from '../graph/neo4j-target.ts';

export async function withGraph<T>(
  config: Config,
  logger: Logger,
  work: (driver: Driver, database: string) => Promise<T>,
): Promise<T> {
  const { target, local } = await resolveNeo4j(config, (m) => logger.info(m));
  const driver = createDriver(target);
  try {
    await connectWithRetry(driver, target);
    await migrate(driver, target.database, await loadMigrations());
    return await work(driver, target.database);
  } finally {
    await driver.close();
    await local?.stop();
  }
}
