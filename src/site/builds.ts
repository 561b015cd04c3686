// Where Hugo builds a page from, and as which language: a content file is built only from a folder a
// language reads (its contentDir, or a plain folder mounted as content for it); its language is the
// one its file name gives (index.en.md), else the one folder owner's, else the site's default. Pure.
import type { SiteConfig } from './config.js'

export interface BuiltPage {
  /** The language Hugo gives the page. */
  language: string
  /** The content folder it is built from, relative to the site. */
  contentDir: string
  /** Its page path inside that folder: `posts/2026-03-01-llm-papers`. */
  pagePath: string
}

const inside = (file: string, dir: string): boolean => dir === '.' || file.startsWith(`${dir}/`)

/** How Hugo builds the content file at `file` (relative to the site), or undefined when no language builds it. */
export function builtAs(config: Pick<SiteConfig, 'languages' | 'defaultLanguage'>, file: string): BuiltPage | undefined {
  const owners = config.languages.filter((l) => l.contentDirs.some((d) => inside(file, d)))
  if (owners.length === 0) return undefined
  const suffix = /\.([A-Za-z]{2,3}(?:-[A-Za-z0-9]+)*)\.(md|markdown)$/i.exec(file)?.[1]
  const named = owners.find((l) => l.code.toLowerCase() === suffix?.toLowerCase())
  const language = named ?? (owners.length === 1 ? owners[0] : (owners.find((l) => l.code === config.defaultLanguage) ?? owners[0]))!
  const contentDir = language.contentDirs.filter((d) => inside(file, d)).sort((a, b) => b.length - a.length)[0]!
  const rel = contentDir === '.' ? file : file.slice(contentDir.length + 1)
  const parts = rel.split('/')
  parts.pop()
  return { language: language.code, contentDir, pagePath: parts.join('/') }
}

/** The folders each language builds, for a message: `content/ja (ja), content/en (en)`. */
export function builtFolders(config: Pick<SiteConfig, 'languages'>): string {
  return config.languages.map((l) => `${l.contentDirs.join(', ')} (${l.code})`).join('; ')
}
