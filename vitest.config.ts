import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
    globalSetup: ['test/setup/global-neo4j.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // Integration files share one Neo4j; each cleans up what it created.
    fileParallelism: true,
    pool: 'forks',
  },
});
