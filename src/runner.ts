// What the action needs from its host: inputs and environment, the log, outputs, the job summary,
// time. `actionsRunner` is the GitHub runner (through @actions/core); tests pass their own, so a run
// can happen in-process on a virtual clock. Every message goes through `Log`, so a secret never reaches
// the log, an output, the job summary or the PR body, and untrusted text never emits a workflow command.
import * as core from '@actions/core'
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

export const actionsRunner: Runner = {
  debug: (m) => core.debug(m),
  info: (m) => core.info(m),
  notice: (m) => core.notice(m),
  warning: (m) => core.warning(m),
  fail: (m) => core.setFailed(m),
  setSecret: (v) => core.setSecret(v),
  startGroup: (name) => core.startGroup(name),
  endGroup: () => core.endGroup(),
  setOutput: (name, value) => core.setOutput(name, value),
  appendSummary: async (markdown) => {
    await core.summary.addRaw(markdown).write()
  }
}

/** Shortest piece of a secret that is redacted on its own: a model may quote part of a key. */
export const SECRET_PIECE = 12

/** What escaping may put between two characters of a secret: a zero-width joiner, a backslash. */
const ESCAPES = '[\\u200D\\\\]?'

/** A secret whole, then every piece of it SECRET_PIECE characters long. */
function forms(secret: string): string[] {
  const pieces: string[] = []
  for (let i = 0; i + SECRET_PIECE <= secret.length; i++) pieces.push(secret.slice(i, i + SECRET_PIECE))
  return [secret, ...pieces]
}

export class Log {
  private readonly secrets = new Set<string>()

  constructor(private readonly runner: Runner) {}

  addSecret(value: string): void {
    if (!value) return
    this.runner.setSecret(value)
    this.secrets.add(value)
    this.pattern = undefined
  }

  /** The secret a text contains, whole or as a piece of at least SECRET_PIECE characters, if any. */
  findSecret(text: string): string | undefined {
    for (const s of this.secrets) if (forms(s).some((f) => text.includes(f))) return s
    return undefined
  }

  /** Every form of every secret, longest first, as one pattern: built when a secret is added, not per line. */
  private pattern: RegExp | undefined

  /**
   * The text with every form of a secret replaced by ***, also where escaping for GitHub or Markdown
   * has been done already (a zero-width joiner after `GH-`, `@` or `#`; a backslash before `_` or `-`),
   * so text escaped before it reached here is redacted as surely as raw text.
   */
  redact(text: string): string {
    if (this.secrets.size === 0) return text
    this.pattern ??= new RegExp(
      [...this.secrets]
        .flatMap(forms)
        .sort((a, b) => b.length - a.length)
        .map((f) => [...f].map(escapeRegExp).join(ESCAPES))
        .join('|'),
      'g'
    )
    return text.replace(this.pattern, '***')
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
