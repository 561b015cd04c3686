// Which Hugo the site builds with, as far as its files say: the oldest its theme or config accepts
// (theme.toml min_version, module.hugoVersion.min) and the version its workflows pin (hugo-version:,
// HUGO_VERSION:). Hugo has had a built-in `details` shortcode since 0.140, so a site that needs a
// newer Hugo can fold its abstracts even without a shortcode of its own.
import { themeDirs } from './themes.js'
import fs from 'node:fs'
import path from 'node:path'
import { parse as parseToml } from 'smol-toml'
import { parse as parseYaml } from 'yaml'

export const BUILT_IN_DETAILS = '0.140.0'

export interface HugoEvidence {
  /** The oldest Hugo the theme or the config accepts, with the file that says so. */
  minimum?: { version: string; file: string }
  /** The Hugo a workflow of the repository installs. */
  pinned?: { version: string; file: string }
}

/** a ≥ b for dotted versions ("latest" is newer than any). */
export function atLeast(a: string, b: string): boolean {
  if (a === 'latest') return true
  const pa = a.replace(/^v/, '').split('.').map(Number)
  const pb = b.replace(/^v/, '').split('.').map(Number)
  for (let i = 0; i < 3; i++) if ((pa[i] ?? 0) !== (pb[i] ?? 0)) return (pa[i] ?? 0) > (pb[i] ?? 0)
  return true
}

export function hugoEvidence(siteDir: string, workspace: string, themes: string[], configMin?: string): HugoEvidence {
  const minimums: { version: string; file: string }[] = configMin
    ? [{ version: configMin, file: 'the site config (module.hugoVersion.min)' }]
    : []
  for (const dir of themeDirs(siteDir, themes)) {
    for (const name of ['theme.toml', 'config.toml', 'hugo.toml', 'config.yaml', 'hugo.yaml']) {
      const rel = `${dir}/${name}`
      const table = readTable(path.join(siteDir, rel))
      const found = table?.min_version ?? minOf(table)
      if (typeof found === 'string' && /^\d+\.\d+/.test(found)) minimums.push({ version: found, file: rel })
    }
  }
  const minimum = minimums.reduce<HugoEvidence['minimum']>((max, m) => (max && atLeast(max.version, m.version) ? max : m), undefined)
  return { minimum, pinned: pinnedHugo(workspace) }
}

function minOf(table: Record<string, unknown> | undefined): unknown {
  const module = table?.module as { hugoVersion?: { min?: unknown } } | undefined
  return module?.hugoVersion?.min
}

function readTable(file: string): Record<string, unknown> | undefined {
  try {
    const text = fs.readFileSync(file, 'utf8')
    return (file.endsWith('.toml') ? parseToml(text) : parseYaml(text)) as Record<string, unknown>
  } catch {
    return undefined
  }
}

function pinnedHugo(workspace: string): HugoEvidence['pinned'] {
  const dir = path.join(workspace, '.github', 'workflows')
  let names: string[]
  try {
    names = fs
      .readdirSync(dir)
      .filter((n) => /\.ya?ml$/.test(n))
      .sort()
  } catch {
    return undefined
  }
  for (const name of names) {
    const text = fs.readFileSync(path.join(dir, name), 'utf8')
    const m = /\b(?:hugo-version|HUGO_VERSION)\s*:\s*['"]?(latest|v?\d+\.\d+(?:\.\d+)?)/.exec(text)
    if (m) return { version: m[1]!.replace(/^v/, ''), file: `.github/workflows/${name}` }
  }
  return undefined
}
