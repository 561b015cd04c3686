// run() in this process, as the runner would start it, on a virtual clock: the same inputs (every one of
// action.yml, its default where the scenario sets none) and
// environment variables, a recording runner in place of @actions/core, and stdout written in the
// runner's command syntax so assertions read the same as for the bundled action.
import { runnerInputEnv } from '../../scripts/run-action.mjs'
import { run } from '../../src/main.js'
import type { Runner } from '../../src/runner.js'
import { VirtualClock } from './fake-fetch.js'

export interface RunResult {
  code: number
  stdout: string
  stderr: string
  outputs: Record<string, string>
  summary: string
  /** Every wait the run asked for, in ms, on its virtual clock. */
  sleeps: number[]
}

const escapeData = (s: string): string => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')

/** A runner that records what the action said and set. `summary: false` plays a runner without GITHUB_STEP_SUMMARY. */
export function memoryRunner(options: { summary?: boolean } = {}) {
  const lines: string[] = []
  const outputs: Record<string, string> = {}
  let summary = ''
  let failed = false
  const runner: Runner = {
    debug: (m) => lines.push(`::debug::${escapeData(m)}`),
    info: (m) => lines.push(m),
    notice: (m) => lines.push(`::notice::${escapeData(m)}`),
    warning: (m) => lines.push(`::warning::${escapeData(m)}`),
    fail: (m) => {
      failed = true
      lines.push(`::error::${escapeData(m)}`)
    },
    setSecret: (v) => lines.push(`::add-mask::${escapeData(v)}`),
    startGroup: (name) => lines.push(`::group::${escapeData(name)}`),
    endGroup: () => lines.push('::endgroup::'),
    setOutput: (name, value) => void (outputs[name] = value),
    appendSummary: (md) => {
      if (options.summary === false) return Promise.reject(new Error('Unable to find environment variable for $GITHUB_STEP_SUMMARY.'))
      summary += md
      return Promise.resolve()
    }
  }
  return {
    runner,
    result: (sleeps: number[]): RunResult => ({
      code: failed ? 1 : 0,
      stdout: `${lines.join('\n')}\n`,
      stderr: '',
      outputs,
      summary,
      sleeps
    })
  }
}

export interface InProcessOptions {
  inputs: Record<string, string>
  workspace: string
  env?: Record<string, string>
  summary?: boolean
}

export async function runInProcess({ inputs, workspace, env = {}, summary }: InProcessOptions): Promise<RunResult> {
  const clock = new VirtualClock(Date.now())
  const { runner, result } = memoryRunner({ summary })
  const inputEnv = runnerInputEnv(inputs)
  await run({
    env: { GITHUB_ACTIONS: 'true', GITHUB_WORKSPACE: workspace, GITHUB_EVENT_NAME: 'workflow_dispatch', ...inputEnv, ...env },
    clock,
    runner,
    octokit: { retryAfterBaseMs: 1, notificationGapMs: 0 }
  })
  return result(clock.sleeps)
}
