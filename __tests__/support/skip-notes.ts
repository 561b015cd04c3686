// A reporter beside the default one: each test skipped with a note (a Hugo this machine lacks) gets one
// line at the end of the run, naming the test, what it needs and the command that installs it.
import type { Reporter, TestCase } from 'vitest/node'

export default class SkipNotes implements Reporter {
  private readonly notes: string[] = []

  onTestCaseResult(test: TestCase): void {
    const result = test.result()
    if (result.state === 'skipped' && result.note) this.notes.push(`skipped: ${test.fullName} — ${result.note}`)
  }

  onTestRunEnd(): void {
    for (const note of this.notes) process.stdout.write(`${note}\n`)
  }
}
