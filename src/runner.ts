// What the action needs from its host: inputs and environment, the log, outputs, the job summary,
// time. `actionsRunner` is the GitHub runner (through @actions/core); tests pass their own, so a run
// can happen in-process on a virtual clock. Every message goes through `Log`, so a secret never reaches
// the log, an output, the job summary or the PR body, and untrusted text never emits a workflow command.
import { EOL } from 'node:os'
// @actions/core's own modules for workflow commands, file commands and the job summary, by path: its
// index also loads its OIDC client, @actions/exec and, through @actions/http-client, a second copy of
// undici, none of which this action calls: loading them was about a third of every cold start.
import { issue, issueCommand } from '../node_modules/@actions/core/lib/command.js'
import { issueFileCommand, prepareKeyValueMessage } from '../node_modules/@actions/core/lib/file-command.js'
import { summary } from '../node_modules/@actions/core/lib/summary.js'
import { escapeRegExp, visibleText } from './text.js'

export interface Runner {
  /** Shown only when the workflow sets ACTIONS_STEP_DEBUG (a stage's details). */
  debug(message: string): void
  info(message: string): void
  notice(message: string): void
  warning(message: string): void
  /** Marks the run failed with this message (exit code 1). */
  fail(message: string): void
  setSecret(value: string): void
  /** Folds the lines that follow in the Actions log until endGroup, as actions/checkout folds its steps. */
  startGroup(name: string): void
  endGroup(): void
  setOutput(name: string, value: string): void
  /** Appends Markdown to the job summary; throws when the runner has none. */
  appendSummary(markdown: string): Promise<void>
}

export interface Clock {
  now(): number
  sleep(ms: number): Promise<void>
}

export const realClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms))
}

export type Env = Record<string, string | undefined>

/** An input as the runner hands it over: INPUT_<NAME> with hyphens kept, trimmed. */
export function inputFromEnv(env: Env): (name: string) => string {
  return (name) => (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim()
}

/** The runner's protocol as @actions/core's index speaks it (debug, info, setFailed, setOutput…), with its own command modules. */
export const actionsRunner: Runner = {
  debug: (m) => issueCommand('debug', {}, m),
  info: (m) => void process.stdout.write(m + EOL),
  notice: (m) => issueCommand('notice', {}, m),
  warning: (m) => issueCommand('warning', {}, m),
  fail: (m) => {
    process.exitCode = 1
    issueCommand('error', {}, m)
  },
  setSecret: (v) => issueCommand('add-mask', {}, v),
  startGroup: (name) => issue('group', name),
  endGroup: () => issue('endgroup'),
  setOutput: (name, value) => {
    if (process.env.GITHUB_OUTPUT) return issueFileCommand('OUTPUT', prepareKeyValueMessage(name, value))
    // A runner without the output file (older than 2022) reads the deprecated command, as core.setOutput writes it.
    process.stdout.write(EOL)
    issueCommand('set-output', { name }, value)
  },
  appendSummary: async (markdown) => {
    await summary.addRaw(markdown).write()
  }
}

/** Shortest piece of a secret that is redacted on its own: a model may quote part of a key. */
export const SECRET_PIECE = 12

/** What escaping may put between two characters of a secret: a zero-width joiner, a backslash. */
const ESCAPES = '[\\u200D\\\\]?'
const ESCAPE_CHARACTERS = /[\u200D\\]/g

/** A secret whole, then every piece of it SECRET_PIECE characters long. */
function forms(secret: string): string[] {
  const pieces: string[] = []
  for (let i = 0; i + SECRET_PIECE <= secret.length; i++) pieces.push(secret.slice(i, i + SECRET_PIECE))
  return [secret, ...pieces]
}

function matchersOf(all: string[]): { bare: string[]; pattern: RegExp } {
  return {
    bare: all.map((f) => f.replace(ESCAPE_CHARACTERS, '')),
    pattern: new RegExp(
      [...all]
        .sort((a, b) => b.length - a.length)
        .map((f) => [...f].map(escapeRegExp).join(ESCAPES))
        .join('|'),
      'g'
    )
  }
}

export class Log {
  private readonly secrets = new Set<string>()

  constructor(private readonly runner: Runner) {}

  addSecret(value: string): void {
    if (!value) return
    this.runner.setSecret(value)
    this.secrets.add(value)
    this.matchers = undefined
  }

  /** The secret a text contains, whole or as a piece of at least SECRET_PIECE characters, if any. */
  findSecret(text: string): string | undefined {
    for (const s of this.secrets) if (forms(s).some((f) => text.includes(f))) return s
    return undefined
  }

  /**
   * Every form of every secret, once after a secret is added, not per line: without escape characters
   * (a text holds a form, escaped or not, only if its bare text holds one of these), and longest first
   * as one pattern that allows the escapes.
   */
  private matchers: { bare: string[]; pattern: RegExp } | undefined

  /**
   * The text with every form of a secret replaced by ***, also where escaping for GitHub or Markdown
   * has been done already (a zero-width joiner after `GH-`, `@` or `#`; a backslash before `_` or `-`),
   * so text escaped before it reached here is redacted as surely as raw text.
   */
  redact(text: string): string {
    if (this.secrets.size === 0) return text
    this.matchers ??= matchersOf([...this.secrets].flatMap(forms))
    // The pattern tries every form at every character; most texts hold none, which a plain scan shows.
    const bare = text.replace(ESCAPE_CHARACTERS, '')
    if (!this.matchers.bare.some((f) => bare.includes(f))) return text
    return text.replace(this.matchers.pattern, '***')
  }

  /**
   * One log line: redacted, line breaks shown as ⏎ so no text can start a workflow command, and no
   * invisible character (ESC, NUL, bidi controls) that would hide or reorder what the reader sees.
   */
  line(text: string): string {
    return visibleText(this.redact(text)).replace(/\n/g, ' ⏎ ')
  }

  debug = (m: string): void => this.runner.debug(this.line(m))
  info = (m: string): void => this.runner.info(this.line(m))
  notice = (m: string): void => this.runner.notice(this.line(m))
  warning = (m: string): void => this.runner.warning(this.line(m))
  fail = (m: string): void => this.runner.fail(this.line(m))

  /**
   * One stage of the run as a folded group of the log: a maintainer reading a failed run opens the
   * stage that failed. The group is closed whatever the stage does; stages run one after another.
   */
  async stage<T>(name: string, task: () => T | Promise<T>): Promise<T> {
    this.runner.startGroup(this.line(name))
    try {
      return await task()
    } finally {
      this.runner.endGroup()
    }
  }
}
