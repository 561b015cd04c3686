// Whether dist/ is the bundle of the current sources, decided by content: a hash of everything the
// bundle is built from (src/, the lockfile, package.json, tsconfig.json), recorded in dist/ when it is
// built. File times are no guide: a fresh clone gives every file the same age.
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

const ROOT = new URL('..', import.meta.url).pathname
export const HASH_FILE = path.join(ROOT, 'dist/source-hash.txt')

function filesUnder(dir) {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? filesUnder(path.join(dir, e.name)) : [path.join(dir, e.name)]))
}

export function sourceHash() {
  const files = [
    ...filesUnder(path.join(ROOT, 'src')),
    ...['package-lock.json', 'package.json', 'tsconfig.json'].map((f) => path.join(ROOT, f))
  ]
  const hash = crypto.createHash('sha256')
  for (const f of files.map((f) => path.relative(ROOT, f)).sort())
    hash
      .update(`${f}\0`)
      .update(fs.readFileSync(path.join(ROOT, f)))
      .update('\0')
  return hash.digest('hex')
}

/** Why dist/ is not the bundle of the sources, or undefined when it is. */
export function distStaleness() {
  if (!fs.existsSync(path.join(ROOT, 'dist/index.js'))) return 'dist/index.js does not exist'
  if (!fs.existsSync(HASH_FILE)) return 'dist/ records no source hash'
  if (fs.readFileSync(HASH_FILE, 'utf8').trim() !== sourceHash()) return 'dist/ was built from other sources than the ones checked out'
  return undefined
}
