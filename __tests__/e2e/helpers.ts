import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { startStandIns } from '../../scripts/stand-ins.mjs'
import { runAction, standInInputs } from '../../scripts/run-action.mjs'

export type StandIns = Awaited<ReturnType<typeof startStandIns>>

export function tempWorkspace(files: Record<string, string> = {}): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hps-ws-'))
  for (const [p, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, p)), { recursive: true })
    fs.writeFileSync(path.join(dir, p), content)
  }
  return dir
}

export const SECRET_KEY = 'sk-ant-test-0123456789abcdef'
export const GITHUB_TOKEN = 'ghs_testtoken0123456789'

/** Runs dist/index.js against the stand-ins with the seed's date and the given inputs. */
export function runAgainst(s: StandIns, workspace: string, inputs: Record<string, string> = {}, env: Record<string, string> = {}) {
  return runAction({
    workspace,
    inputs: {
      'anthropic-api-key': SECRET_KEY,
      'github-token': GITHUB_TOKEN,
      date: '2026-03-01',
      keywords: 'large language model, LLM',
      ...standInInputs(s.urls),
      ...inputs
    },
    env: { GITHUB_REPOSITORY: 'octo-blog/research-blog', GITHUB_API_URL: s.urls.github, ...env }
  })
}

/** Error annotations (::error::) the action printed. */
export const errorsOf = (stdout: string): string[] => stdout.split('\n').filter((l) => l.startsWith('::error'))
export const warningsOf = (stdout: string): string[] => stdout.split('\n').filter((l) => l.startsWith('::warning'))

/** stdout without the ::add-mask:: commands, which hand the secrets to the runner to mask. */
export const withoutMaskCommands = (stdout: string): string =>
  stdout
    .split('\n')
    .filter((l) => !l.startsWith('::add-mask::'))
    .join('\n')

/** Requests that would change the repository (anything but a read). */
export const writesTo = (s: StandIns): string[] =>
  s
    .requestsTo('github')
    .filter((r) => r.method !== 'GET')
    .map((r) => `${r.method} ${r.url}`)
