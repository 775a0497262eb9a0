/**
 * Prints the plain closing line CI reads ("tests: N passed, N failed, N skipped") after vitest's own
 * summary, so the count of tests that ran is unambiguous in the log.
 */
interface TaskLike { type: string; mode?: string; tasks?: TaskLike[]; result?: { state?: string } }

function count(tasks: TaskLike[], acc = { passed: 0, failed: 0, skipped: 0 }) {
  for (const t of tasks) {
    if (t.tasks) count(t.tasks, acc);
    if (t.type !== 'test') continue;
    const state = t.result?.state;
    if (state === 'pass') acc.passed++;
    else if (state === 'fail') acc.failed++;
    else acc.skipped++;
  }
  return acc;
}

export default class SummaryReporter {
  onFinished(files: TaskLike[] = [], errors: unknown[] = []) {
    const c = count(files);
    const failed = c.failed + (errors.length > 0 && c.failed === 0 ? 1 : 0);
    process.stdout.write(`\ntests: ${c.passed} passed, ${failed} failed, ${c.skipped} skipped\n`);
  }
}
