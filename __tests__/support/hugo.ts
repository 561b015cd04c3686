// The Hugo binaries the build tests use: Debian's (0.111, `hugo` on the PATH) and, when
// scripts/install-hugo-new.sh has unpacked it, a newer one from Debian unstable (0.169 here).
// A test that needs a Hugo this machine lacks is skipped with one line naming that Hugo and the
// command that installs it; under CI (which installs both) a missing Hugo fails the run instead.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'

const NEW = new URL('../../.hugo/new/usr/bin/hugo', import.meta.url).pathname

export interface Hugo {
  bin: string
  version: string
}

function probe(bin: string): Hugo | undefined {
  const run = spawnSync(bin, ['version'], { encoding: 'utf8' })
  const version = /v(\d+\.\d+\.\d+)/.exec(run.stdout ?? '')?.[1]
  return run.status === 0 && version ? { bin, version } : undefined
}

export const hugos: Hugo[] = [probe('hugo'), fs.existsSync(NEW) ? probe(NEW) : undefined].filter((h): h is Hugo => h !== undefined)

if (process.env.CI && hugos.length < 2) {
  throw new Error(
    'The build tests need Debian’s hugo and the newer one: .ci/run installs both (apt-get install hugo; scripts/install-hugo-new.sh).'
  )
}

export const atLeast = (version: string, min: string): boolean => {
  const [a, b] = [version, min].map((v) => v.split('.').map(Number))
  for (let i = 0; i < 3; i++) if (a![i]! !== b![i]!) return a![i]! > b![i]!
  return true
}

/** The Hugo that installs with each command: Debian's stable package, or the newer one beside it. */
const INSTALL = {
  any: 'apt-get install hugo (Debian’s 0.111)',
  newer: 'scripts/install-hugo-new.sh (unpacks Debian unstable’s hugo into .hugo/new)'
}

/**
 * The Hugos here at least `min`; when there is none, skips the calling test with one line that says
 * which Hugo it needs and how to install it.
 */
export function usableHugos(ctx: { skip: (note?: string) => void }, min?: string): Hugo[] {
  const usable = hugos.filter((h) => !min || atLeast(h.version, min))
  if (usable.length === 0) {
    const newer = min && !atLeast('0.111.0', min)
    ctx.skip(`needs Hugo ${min ? `≥ ${min}` : '(any version)'}: install it with ${newer ? INSTALL.newer : INSTALL.any}`)
  }
  return usable
}

export function build(hugo: Hugo, site: string, args: string[] = []) {
  const run = spawnSync(hugo.bin, ['--source', site, ...args], { encoding: 'utf8' })
  return { status: run.status, output: `${run.stdout}${run.stderr}` }
}
