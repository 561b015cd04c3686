// Every message the action prints goes through here, so a secret never reaches the log, an output,
// the job summary or the PR body, even when a service echoes it back in an error.
import * as core from '@actions/core'

const secrets = new Set<string>()

export function addSecret(value: string): void {
  if (!value) return
  core.setSecret(value)
  secrets.add(value)
}

export function redact(text: string): string {
  let out = text
  for (const s of secrets) out = out.split(s).join('***')
  return out
}

export const log = {
  info: (m: string): void => core.info(redact(m)),
  notice: (m: string): void => core.notice(redact(m)),
  warning: (m: string): void => core.warning(redact(m)),
  fail: (m: string): void => core.setFailed(redact(m))
}
