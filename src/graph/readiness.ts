// Answers "can this process serve the graph right now?": Neo4j reachable and every migration applied.
// Results are cached briefly so that a load balancer polling /readyz does not hammer the database.
import type { Driver } from 'neo4j-driver';
import { isMigrated, type Migration } from './migrations.ts';

export type Readiness = { ready: true } | { ready: false; reason: string };

export interface ReadinessProbe {
  check(): Promise<Readiness>;
}

const CACHE_MS = 1_000;

export function createReadinessProbe(
  getDriver: () => Driver | undefined,
  database: string,
  migrations: Migration[],
  now: () => number = Date.now,
): ReadinessProbe {
  let cached: { at: number; value: Readiness } | undefined;
  return {
    async check() {
      if (cached && now() - cached.at < CACHE_MS) return cached.value;
      const value = await probe(getDriver(), database, migrations);
      cached = { at: now(), value };
      return value;
    },
  };
}

async function probe(
  driver: Driver | undefined,
  database: string,
  migrations: Migration[],
): Promise<Readiness> {
  if (!driver) return { ready: false, reason: 'neo4j is starting' };
  try {
    await driver.verifyConnectivity({ database });
  } catch (error) {
    return { ready: false, reason: `neo4j unreachable: ${(error as Error).message}` };
  }
  try {
    return (await isMigrated(driver, database, migrations))
      ? { ready: true }
      : { ready: false, reason: 'migrations not applied yet' };
  } catch (error) {
    return { ready: false, reason: `cannot read migrations: ${(error as Error).message}` };
  }
}
