// Writes the page bundle into the workspace: only the bundle's own files, never outside it, never
// through a symlink. Files of the folder that the action did not write (a cover image, notes) stay.
import fs from 'node:fs'
import path from 'node:path'
import { folderChanges } from '../github/rules.js'
import type { BundleFile } from './post.js'

/** Writes the bundle's files after checking that the folder stays in the workspace; returns the files it kept. */
export function writeBundle(workspace: string, bundleDir: string, files: BundleFile[]): string[] {
  fs.mkdirSync(bundleDir, { recursive: true })
  const root = fs.realpathSync(workspace)
  const real = fs.realpathSync(bundleDir)
  if (!real.startsWith(root + path.sep) || fs.lstatSync(bundleDir).isSymbolicLink()) {
    throw new Error(`The bundle folder ${bundleDir} is a link or leads outside the workspace; nothing was written.`)
  }
  const existing = fs.readdirSync(real, { withFileTypes: true }).filter((e) => !e.isDirectory())
  for (const e of existing) {
    if (!e.isFile()) throw new Error(`${path.join(bundleDir, e.name)} is not a regular file (a link?); nothing was written.`)
  }
  const { remove, keep } = folderChanges(
    existing.map((e) => e.name),
    files.map((f) => f.name)
  )
  for (const name of remove) fs.rmSync(path.join(real, name))
  // O_NOFOLLOW: a link put in place meanwhile makes the write fail instead of following it.
  const flags = fs.constants.O_WRONLY | fs.constants.O_CREAT | fs.constants.O_TRUNC | fs.constants.O_NOFOLLOW
  for (const f of files) {
    const fd = fs.openSync(path.join(real, f.name), flags, 0o644)
    try {
      fs.writeFileSync(fd, f.content)
    } finally {
      fs.closeSync(fd)
    }
  }
  return keep
}
