import { defineConfig } from 'vitest/config';
import SummaryReporter from '../summary-reporter.ts';

// End-to-end tests drive the built extension (.output/) in real Chromium and Firefox.
export default defineConfig({
  test: {
    reporters: ['default', new SummaryReporter('e2e')],
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    maxWorkers: 1,
  },
});
