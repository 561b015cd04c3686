// The site's Hugo configuration: where it is, which languages it has and where each keeps its content.
// Read from the files Hugo itself reads (hugo.* or config.* at the root, or config/_default/), never run.
import fs from 'node:fs'
import path from 'node:path'
import { parse as parseToml } from 'smol-toml'
import { parse as parseYaml } from 'yaml'

const NAMES = ['hugo.toml', 'hugo.yaml', 'hugo.yml', 'hugo.json', 'config.toml', 'config.yaml', 'config.yml', 'config.json']

export interface SiteLanguage {
  code: string
  /** Every folder Hugo builds this language's pages from, relative to the site: its contentDir, or the plain folders mounted as content for it. */
  contentDirs: string[]
}

export interface SiteConfig {
  /** Config files read, relative to the site, for messages. */
  files: string[]
  /** The site's languages with their content folders; one entry for a single-language site. */
  languages: SiteLanguage[]
  defaultLanguage: string
  /** Whether the config declares its languages (a `languages` table). */
  declaresLanguages: boolean
  /** Whether defaultContentLanguage is set (Hugo's own default is en). */
  setsDefaultLanguage: boolean
  /** The site's locale (Hugo 0.158+) or languageCode, with the key that set it: weak evidence, since `hugo new site` writes en-us into every site. */
  locale?: { key: 'locale' | 'languageCode'; value: string }
  /** module.hugoVersion.min: the oldest Hugo the site says it builds with. */
  hugoMin?: string
  /** markup.goldmark.renderer.unsafe: the site renders raw HTML written in its Markdown. */
  rawHtml: boolean
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
  const { files, config } = readConfigFiles(siteDir)
  if (files.length === 0) return undefined
  const contentDir = String(get(config, 'contentDir') ?? 'content')
  const defaultLanguage = String(get(config, 'defaultContentLanguage') ?? 'en')
  const languagesTable = get(config, 'languages')
  const mounts = contentMounts(get(get(config, 'module') as Table, 'mounts'))
  const dirsFor = (code: string, own: string): string[] => {
    const mounted = mounts.filter((m) => m.lang === undefined || m.lang === code).map((m) => m.source)
    return mounts.length > 0 ? [...new Set(mounted)] : [own]
  }
  const declared = isTable(languagesTable) ? (Object.entries(languagesTable).filter(([, v]) => isTable(v)) as [string, Table][]) : []
  declared.sort(([, a], [, b]) => Number(get(a, 'weight') ?? 0) - Number(get(b, 'weight') ?? 0))
  const entries: [string, Table][] = declared.length > 0 ? declared : [[defaultLanguage, {}]]
  const languages: SiteLanguage[] = entries.map(([code, table]) => ({
    code,
    contentDirs: dirsFor(code, String(get(table, 'contentDir') ?? contentDir))
  }))
  const theme = get(config, 'theme')
  const locale = (['locale', 'languageCode'] as const)
    .map((key) => ({ key, value: get(config, key) }))
    .find((l): l is { key: 'locale' | 'languageCode'; value: string } => typeof l.value === 'string' && l.value !== '')
  const hugoMin = get(get(get(config, 'module') as Table, 'hugoVersion') as Table, 'min')
  const imports = get(get(config, 'module') as Table, 'imports')
  const modules = (Array.isArray(imports) ? imports : []).map((i) => (isTable(i) ? get(i, 'path') : undefined))
  return {
    files,
    languages,
    defaultLanguage,
    declaresLanguages: isTable(languagesTable),
    setsDefaultLanguage: get(config, 'defaultContentLanguage') !== undefined,
    locale,
    hugoMin: typeof hugoMin === 'string' ? hugoMin : undefined,
    rawHtml: get(get(get(get(config, 'markup') as Table, 'goldmark') as Table, 'renderer') as Table, 'unsafe') === true,
    // A theme by name or as a list, and every module the site imports (a theme brought in as a Hugo Module).
    themes: [...(Array.isArray(theme) ? theme : theme ? [theme] : []), ...modules.filter((m): m is string => typeof m === 'string')].map(
      String
    )
  }
}

/** The root file, then config/_default/: hugo.* or config.* is the root table; languages.ja.toml is languages.ja. */
function readConfigFiles(siteDir: string): { files: string[]; config: Table } {
  const files: string[] = []
  let config: Table = {}
  const root = NAMES.find((n) => fs.existsSync(path.join(siteDir, n)))
  if (root) {
    files.push(root)
    config = parseFile(siteDir, root)
  }
  const dir = path.join(siteDir, 'config', '_default')
  if (fs.existsSync(dir) && fs.statSync(dir).isDirectory()) {
    for (const name of fs.readdirSync(dir).sort()) {
      const m = /^(.+)\.(toml|ya?ml|json)$/.exec(name)
      if (!m) continue
      const table = parseFile(siteDir, `config/_default/${name}`)
      files.push(`config/_default/${name}`)
      const keys = (m[1] as string).split('.')
      const nested = keys[0] === 'hugo' || keys[0] === 'config' ? table : keys.reduceRight<Table>((inner, key) => ({ [key]: inner }), table)
      config = deepMerge(config, nested)
    }
  }
  return { files, config }
}

function deepMerge(a: Table, b: Table): Table {
  const out: Table = { ...a }
  for (const [key, value] of Object.entries(b)) {
    const existing = Object.keys(out).find((k) => k.toLowerCase() === key.toLowerCase()) ?? key
    out[existing] = isTable(out[existing]) && isTable(value) ? deepMerge(out[existing], value) : value
  }
  return out
}

/** [[module.mounts]] that mount a plain folder of the site as content (target "content"), with their language if any. */
function contentMounts(value: unknown): { source: string; lang?: string }[] {
  if (!Array.isArray(value)) return []
  return value
    .filter(isTable)
    .filter((m) => String(get(m, 'target') ?? '').replace(/\/+$/, '') === 'content' && typeof get(m, 'source') === 'string')
    .map((m) => ({
      source: String(get(m, 'source')).replace(/^\.\//, '').replace(/\/+$/, ''),
      lang: typeof get(m, 'lang') === 'string' ? String(get(m, 'lang')) : undefined
    }))
}
