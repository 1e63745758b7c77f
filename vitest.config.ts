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
      // The bar holds for each package on its own, not just for the sum.
      thresholds: { 'engine/src/**': { lines: 80 }, 'nodes/src/**': { lines: 80 } },
    },
  },
});
