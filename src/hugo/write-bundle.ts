// Writes the page bundle into the workspace: only the bundle's own files, never outside it.
import fs from 'node:fs'
import path from 'node:path'
import type { BundleFile } from './post.js'

/** Writes the bundle's files, and only them, after checking that the folder stays in the workspace. */
export function writeBundle(workspace: string, bundleDir: string, files: BundleFile[]): void {
  fs.mkdirSync(bundleDir, { recursive: true })
  const root = fs.realpathSync(workspace)
  const real = fs.realpathSync(bundleDir)
  if (!real.startsWith(root + path.sep)) throw new Error(`The bundle folder ${bundleDir} leads outside the workspace; nothing was written.`)
  const names = new Set(files.map((f) => f.name))
  for (const old of fs.readdirSync(real)) {
    if (/^paper_\d+\.(png|jpg|gif|webp)$/.test(old) && !names.has(old)) fs.rmSync(path.join(real, old))
  }
  for (const f of files) fs.writeFileSync(path.join(real, f.name), f.content)
}
