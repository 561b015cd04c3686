// The site's Hugo configuration: where it is, which languages it has and where each keeps its content.
// Read from the files Hugo itself reads (hugo.* or config.* at the root, or config/_default/), never run.
import fs from 'node:fs'
import path from 'node:path'
import { parse as parseToml } from 'smol-toml'
import { parse as parseYaml } from 'yaml'

const NAMES = ['hugo.toml', 'hugo.yaml', 'hugo.yml', 'hugo.json', 'config.toml', 'config.yaml', 'config.yml', 'config.json']

export interface SiteLanguage {
  code: string
  /** Content folder relative to the site. */
  contentDir: string
}

export interface SiteConfig {
  /** Config files read, relative to the site, for messages. */
  files: string[]
  /** The site's languages with their content folders; one entry for a single-language site. */
  languages: SiteLanguage[]
  defaultLanguage: string
  /** Whether the config declares its languages (a `languages` table). */
  declaresLanguages: boolean
  themes: string[]
}

type Table = Record<string, unknown>

/** A config file that does not parse breaks the site's own build too: the message names it. */
export class ConfigError extends Error {
  constructor(file: string, cause: unknown) {
    super(
      `The site's config ${file} does not parse (${(cause as Error).message.split('\n')[0]}); Hugo could not build the site either. Fix it, or set site-path to the site's folder.`,
      { cause }
    )
    this.name = 'ConfigError'
  }
}

function parseFile(siteDir: string, rel: string): Table {
  const text = fs.readFileSync(path.join(siteDir, rel), 'utf8')
  let value: unknown
  try {
    value = rel.endsWith('.toml') ? parseToml(text) : rel.endsWith('.json') ? JSON.parse(text) : parseYaml(text)
  } catch (error) {
    throw new ConfigError(rel, error)
  }
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Table) : {}
}

/** Hugo's keys are case-insensitive. */
function get(table: Table | undefined, key: string): unknown {
  if (!table) return undefined
  const found = Object.keys(table).find((k) => k.toLowerCase() === key.toLowerCase())
  return found === undefined ? undefined : table[found]
}

const isTable = (v: unknown): v is Table => typeof v === 'object' && v !== null && !Array.isArray(v)

/** The merged configuration of the site, or undefined when the folder holds no Hugo config. */
export function readSiteConfig(siteDir: string): SiteConfig | undefined {
  const files: string[] = []
  let config: Table = {}
  const root = NAMES.find((n) => fs.existsSync(path.join(siteDir, n)))
  if (root) {
    files.push(root)
    config = parseFile(siteDir, root)
  }
  // config/_default/: hugo.* or config.* is the root table; any other file is the table of its name.
  const dir = path.join(siteDir, 'config', '_default')
  if (fs.existsSync(dir) && fs.statSync(dir).isDirectory()) {
    for (const name of fs.readdirSync(dir).sort()) {
      const m = /^(.+)\.(toml|ya?ml|json)$/.exec(name)
      if (!m) continue
      const table = parseFile(siteDir, `config/_default/${name}`)
      files.push(`config/_default/${name}`)
      const key = m[1] as string
      config = key === 'hugo' || key === 'config' ? { ...config, ...table } : { ...config, [key]: table }
    }
  }
  if (files.length === 0) return undefined

  const contentDir = String(get(config, 'contentDir') ?? 'content')
  const defaultLanguage = String(get(config, 'defaultContentLanguage') ?? 'en')
  const languagesTable = get(config, 'languages')
  const languages: SiteLanguage[] = []
  if (isTable(languagesTable)) {
    const entries = Object.entries(languagesTable).filter(([, v]) => isTable(v)) as [string, Table][]
    entries.sort(([, a], [, b]) => Number(get(a, 'weight') ?? 0) - Number(get(b, 'weight') ?? 0))
    for (const [code, table] of entries) languages.push({ code, contentDir: String(get(table, 'contentDir') ?? contentDir) })
  }
  if (languages.length === 0) languages.push({ code: defaultLanguage, contentDir })
  const theme = get(config, 'theme')
  const themes = (Array.isArray(theme) ? theme : theme ? [theme] : []).map(String)
  return { files, languages, defaultLanguage, declaresLanguages: isTable(languagesTable), themes }
}
