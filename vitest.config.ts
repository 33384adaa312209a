import { defineConfig } from 'vitest/config';

// Two projects: `unit` needs nothing running; `integration` (real Neo4j, HTTP, browser) gets one Neo4j
// started by the global setup unless NEO4J_URI points at one. Before either, dist/ is brought up to date.
export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 180_000,
    globalSetup: ['test/setup/build-dist.ts'],
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['test/unit/**/*.test.ts', 'src/**/*.test.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts', 'test/e2e/**/*.test.ts'],
          globalSetup: ['test/setup/build-dist.ts', 'test/setup/global-neo4j.ts'],
          // One shared database and two cores: integration files run one after another.
          fileParallelism: false,
        },
      },
    ],
  },
});
