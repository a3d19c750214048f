import { defineConfig } from 'vitest/config'

// One run covers every package; CI reads test-results/vitest.json for the pass/fail counts.
export default defineConfig({
  test: {
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/vitest.json' },
    projects: [
      {
        test: {
          name: 'shared',
          include: ['shared/test/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'client',
          include: ['client/test/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'server',
          include: ['server/test/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'scripts',
          include: ['tests/scripts/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          // Builds the client once so the tests drive the production bundle the server serves.
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          // Browser tests share one built client and are heavy on 2 cores: run their files in sequence.
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'bench',
          include: ['tests/bench-smoke/**/*.test.ts'],
          environment: 'node',
          // The harness's smoke run loads both cores: it runs after every other project.
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
})
