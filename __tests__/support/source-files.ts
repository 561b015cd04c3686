// The TypeScript modules under a folder (declaration files left out), for tests that read src/ as text.
import fs from 'node:fs'
import path from 'node:path'

export function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name)
    return e.isDirectory() ? sourceFiles(p) : p.endsWith('.ts') && !p.endsWith('.d.ts') ? [p] : []
  })
}
