// Ends a vitest run with one plain line, "<suite>: N passed, N failed, N skipped", which CI
// logs and people can read at a glance whatever reporter printed above it.
import type { Reporter, TestModule } from 'vitest/node';

export default class SummaryReporter implements Reporter {
  constructor(private readonly suite: string) {}

  onTestRunEnd(modules: ReadonlyArray<TestModule>) {
    const count = { passed: 0, failed: 0, skipped: 0 };
    for (const module of modules) {
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') count.passed++;
        else if (state === 'failed') count.failed++;
        else count.skipped++;
      }
      if (module.state() === 'failed' && module.children.size === 0) count.failed++;
    }
    console.log(
      `\n${this.suite}: ${count.passed} passed, ${count.failed} failed, ${count.skipped} skipped`,
    );
  }
}
