import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['nodes/src/**/*.test.ts', 'engine/src/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Tests that spawn the CLI or a worker pool compete for two cores; keep
    // file-level parallelism modest so timings stay sane.
    maxWorkers: 2,
    coverage: {
      provider: 'v8',
      include: ['nodes/src/**/*.ts', 'engine/src/**/*.ts'],
      exclude: ['**/*.test.ts', '**/test-support/**'],
      reporter: ['text-summary', 'json-summary'],
      reportOnFailure: true,
      thresholds: { lines: 80 },
    },
  },
});
