// Prints vitest's totals as one plain line ("N passed, N failed, N skipped"),
// the closing line CI reads, from the JSON report the test script writes.
import { readFileSync } from 'node:fs';

const report = JSON.parse(readFileSync(new URL('../coverage/vitest-report.json', import.meta.url), 'utf8'));
const skipped = report.numPendingTests + report.numTodoTests;
console.log(`tests: ${report.numPassedTests} passed, ${report.numFailedTests} failed, ${skipped} skipped`);
