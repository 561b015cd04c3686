// The Hugo binaries the build tests use: Debian's (0.111, `hugo` on the PATH) and, when
// scripts/install-hugo-new.sh has unpacked it, a newer one (0.169) from Debian unstable. CI has both.
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

export function build(hugo: Hugo, site: string) {
  const run = spawnSync(hugo.bin, ['--source', site], { encoding: 'utf8' })
  return { status: run.status, output: `${run.stdout}${run.stderr}` }
}
