import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { distStaleness } from '../../scripts/dist-hash.mjs'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, beforeEach, expect } from 'vitest'
import { fixturePath, startStandIns } from '../../scripts/stand-ins.mjs'
import { issueCommentEnv, runAction, standInInputs } from '../../scripts/run-action.mjs'
import { runInProcess } from '../support/in-process.js'

export type StandIns = Awaited<ReturnType<typeof startStandIns>>

/** A checkout in a temporary folder: a minimal Hugo site (a hugo.toml) unless `site` is false, with the given files. */
export function tempWorkspace(files: Record<string, string> = {}, { site = true } = {}): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hps-ws-'))
  const all = site ? { 'hugo.toml': "title = 'Research blog'\n", 'content/posts/_index.md': '---\ntitle: Posts\n---\n', ...files } : files
  for (const [p, content] of Object.entries(all)) {
    fs.mkdirSync(path.dirname(path.join(dir, p)), { recursive: true })
    fs.writeFileSync(path.join(dir, p), content)
  }
  return dir
}

/** A copy of a sample site from __fixtures__ (the seed blog's by default) as the checkout, with extra files. */
export function siteWorkspace(fixture = 'hugo-site', files: Record<string, string> = {}): string {
  const dir = tempWorkspace(files, { site: false })
  fs.cpSync(fileURLToPath(fixturePath(`${fixture}/`)), dir, { recursive: true, force: false, errorOnExist: false })
  return dir
}

export const SECRET_KEY = 'sk-ant-test-0123456789abcdef'
export const GITHUB_TOKEN = 'ghs_testtoken0123456789'

function runOptions(s: StandIns, workspace: string, inputs: Record<string, string>, env: Record<string, string>) {
  return {
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
  }
}

/** Runs run() in this process on a virtual clock against the stand-ins, with the seed's date and the given inputs. */
export function runAgainst(
  s: StandIns,
  workspace: string,
  inputs: Record<string, string> = {},
  env: Record<string, string> = {},
  options: { summary?: boolean } = {}
) {
  return runInProcess({ ...runOptions(s, workspace, inputs, env), ...options })
}

/** Runs dist/index.js in a child process, as the runner does; refuses a dist/ older than the sources. */
export function runBundled(s: StandIns, workspace: string, inputs: Record<string, string> = {}, env: Record<string, string> = {}) {
  const stale = distStaleness()
  if (stale) throw new Error(`The end-to-end tests run dist/index.js, but ${stale}: run 'npm run bundle' first.`)
  return runAction(runOptions(s, workspace, inputs, env))
}

/**
 * One survey shared by a file's tests: run once in this process before them all, then each test starts
 * from the stand-ins' state as the survey left it and a fresh copy of its checkout, handed to `use`.
 */
export function sharedSurvey(
  setup: { standIns?: Parameters<typeof startStandIns>[0]; workspace?: () => string; inputs: Record<string, string> },
  use: (s: StandIns, ws: string) => void
): void {
  let s: StandIns | undefined
  let surveyed = ''
  let restore: () => void = () => {}
  beforeAll(async () => {
    s = await startStandIns(setup.standIns)
    surveyed = setup.workspace?.() ?? siteWorkspace()
    const survey = await runAgainst(s, surveyed, setup.inputs)
    expect(errorsOf(survey.stdout), survey.stdout).toEqual([])
    restore = s.snapshot()
  })
  beforeEach(() => {
    restore()
    const ws = fs.mkdtempSync(path.join(os.tmpdir(), 'hps-ws-'))
    fs.cpSync(surveyed, ws, { recursive: true, verbatimSymlinks: true })
    use(s as StandIns, ws)
  })
  afterAll(async () => {
    await s?.close()
  })
}

/** Error annotations (::error::) the action printed. */
export const errorsOf = (stdout: string): string[] => stdout.split('\n').filter((l) => l.startsWith('::error'))
export const warningsOf = (stdout: string): string[] => stdout.split('\n').filter((l) => l.startsWith('::warning'))

/** The log folded as the Actions log shows it: each group's name with the lines inside it; throws on a group left open or nested. */
export function groupsOf(stdout: string): { name: string; lines: string[] }[] {
  const groups: { name: string; lines: string[] }[] = []
  let open: { name: string; lines: string[] } | undefined
  for (const line of stdout.split('\n')) {
    if (line.startsWith('::group::')) {
      if (open) throw new Error(`group '${line.slice(9)}' opened inside '${open.name}'`)
      groups.push((open = { name: line.slice(9), lines: [] }))
    } else if (line === '::endgroup::') {
      if (!open) throw new Error('endgroup without a group')
      open = undefined
    } else open?.lines.push(line)
  }
  if (open) throw new Error(`group '${open.name}' never closed`)
  return groups
}

/** stdout without the ::add-mask:: commands, which hand the secrets to the runner to mask. */
export const withoutMaskCommands = (stdout: string): string =>
  stdout
    .split('\n')
    .filter((l) => !l.startsWith('::add-mask::'))
    .join('\n')

/** A request that may change the repository: not a GET, and not a GraphQL query (a mutation is a write). */
export const isGitHubWrite = (r: { method: string; url: string; body: string }): boolean =>
  r.method !== 'GET' && !(r.url === '/graphql' && /^\s*query\b/.test(JSON.parse(r.body).query))

/** Requests that would change the repository: anything but a read and the write probe (an empty blob, referenced by nothing). */
export const writesTo = (s: StandIns): string[] =>
  s
    .requestsTo('github')
    .filter((r) => isGitHubWrite(r) && !isWriteProbe(r))
    .map((r) => `${r.method} ${r.url}`)

export const isWriteProbe = (r: { method: string; url: string; body: string }): boolean =>
  r.method === 'POST' && r.url.endsWith('/git/blobs') && JSON.parse(r.body).content === ''

/** The environment of a run on issue_comment (scripts/run-action.mjs; shared with the demo). */
export const commentEvent = issueCommentEnv
