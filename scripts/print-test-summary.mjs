// Prints vitest's totals as one plain line ("N passed, N failed, N skipped"),
// the closing line CI reads, from the JSON report the test script writes —
// also when tests failed, so the count is never missing.
import { existsSync, readFileSync } from 'node:fs';

const file = new URL('../coverage/vitest-report.json', import.meta.url);
if (existsSync(file)) {
  const report = JSON.parse(readFileSync(file, 'utf8'));
  const skipped = report.numPendingTests + report.numTodoTests;
  console.log(`tests: ${report.numPassedTests} passed, ${report.numFailedTests} failed, ${skipped} skipped`);
}
