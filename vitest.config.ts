import { defineConfig } from 'vitest/config';
import SummaryReporter from './tests/summary-reporter.ts';
import { WxtVitest } from 'wxt/testing';

export default defineConfig({
  plugins: [WxtVitest()],
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  test: {
    reporters: ['default', new SummaryReporter('unit')],
    environment: 'happy-dom',
    globals: true,
    include: ['lib/**/*.test.ts', 'components/**/*.test.tsx', 'tests/**/*.test.ts'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    setupFiles: ['tests/setup.ts'],
    // Property tests and the first citeproc load take seconds on a busy two-core machine.
    testTimeout: 60_000,
  },
});
