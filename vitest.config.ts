// All unit and integration tests. The server suite runs on embedded PGlite, and again on a real
// PostgreSQL server when TEST_DATABASE_URL is set (CI sets it); browser journeys live in e2e/.
import { defineConfig } from 'vitest/config';

const pg = process.env.TEST_DATABASE_URL;
if (!pg) console.warn('\n[lian] TEST_DATABASE_URL is not set: the PostgreSQL server suite is NOT running (only PGlite).\n');

export default defineConfig({
  test: {
    // `npm run coverage`: the domain rule book must stay at ≥ 95 % of branches.
    coverage: {
      provider: 'v8',
      include: ['packages/domain/src/**/*.ts'],
      exclude: ['**/*.test.ts'],
      reporter: ['text-summary', 'text'],
      thresholds: { branches: 95 },
    },
    projects: [
      { test: { name: 'domain', include: ['packages/domain/src/**/*.test.ts'] } },
      'packages/web/vitest.config.ts',
      {
        test: {
          name: 'server-pglite',
          include: ['packages/server/test/**/*.test.ts'],
          exclude: ['packages/server/test/**/*.pg.test.ts'],
          env: { LIAN_TEST_DB: 'pglite' },
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      ...(pg
        ? [
            {
              test: {
                name: 'server-postgres',
                include: ['packages/server/test/**/*.test.ts'],
                env: { LIAN_TEST_DB: 'postgres' },
                testTimeout: 180_000,
                hookTimeout: 120_000,
              },
            },
          ]
        : []),
    ],
  },
});
