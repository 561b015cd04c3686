// The site's existing pages: where each lives, the URLs it takes (url, slug, aliases), and the arXiv
// ids it mentions. Read asynchronously while the sources are asked; symlinks are not followed.
import fs from 'node:fs/promises'
import path from 'node:path'
import { parse as parseToml } from 'smol-toml'
import { parse as parseYaml } from 'yaml'
import { paperTerms } from '../history/terms.js'
import { findArxivIds, paperPassages } from '../published.js'
import { builtAs } from './builds.js'

export interface Page {
  /** The file, relative to the site. */
  file: string
  /** The page's path inside its content folder without extension, language or index: `posts/2026-03-01-llm-papers`. */
  pagePath: string
  /** Every URL path the page takes, without leading or trailing slash, lower case. */
  urls: string[]
  arxivIds: string[]
  /** The papers it names, each by the terms of the text around it: what the blog kept, for the ranking (history/). */
  papers?: { id: string; terms: string[] }[]
  /** The page's language on a site that declares its languages; undefined on a single-language site. */
  language?: string
  /** A section's list page (_index.md), not a post. */
  list?: boolean
  /** A page bundle's index (a folder of its own, where its images live), as the action's post is. */
  bundle?: boolean
  /** Front-matter keys, lower case, with `summary` only when it is blank and `cover` only when it names an image. */
  keys?: string[]
  /** Whether the page's bundle has a feature*, featured* or cover* image beside it (themes show it as the cover). */
  featureImage?: string
  /** The page's own description-like fields that hold text (site/conventions.ts DESCRIPTION_KEYS), clipped. */
  descriptions?: Record<string, string>
  /** Its tags and categories: the site's vocabulary. */
  taxonomies?: { tags: string[]; categories: string[] }
  /** Its other top-level fields that hold one plain value (text, number, flag, list of texts), as JSON. */
  plain?: Record<string, string>
  /** The name a `resources` entry gives its feature image (LoveIt's and FixIt's `featured-image`), when it names one. */
  featureResource?: string
  /** Its image fields (IMAGE_KEYS) that name a file of its own bundle, by their own name: one file, or a list. */
  imageFields?: Record<string, 'file' | 'list'>
}

/** What decides a page's language: the site's declared languages with their content folders. */
export interface PageLanguages {
  languages: { code: string; contentDirs: string[] }[]
  defaultLanguage: string
  declared: boolean
}

/** A URL path for comparison: no scheme or host, no leading or trailing slash, lower case. */
export function normalizeUrlPath(url: string): string {
  return url
    .replace(/^[a-z]+:\/\/[^/]+/i, '')
    .replace(/[?#].*$/, '')
    .replace(/^\/+|\/+$/g, '')
    .toLowerCase()
}

export function frontMatterOf(text: string): Record<string, unknown> {
  try {
    const yaml = /^---\r?\n([\s\S]*?)\r?\n---\s*(\r?\n|$)/.exec(text)
    if (yaml) return (parseYaml(yaml[1] as string) as Record<string, unknown>) ?? {}
    const toml = /^\+\+\+\r?\n([\s\S]*?)\r?\n\+\+\+\s*(\r?\n|$)/.exec(text)
    if (toml) return parseToml(toml[1] as string) as Record<string, unknown>
  } catch {
    // A page whose front matter does not parse breaks the site's own build; it takes no URL here.
  }
  return {}
}

/** The page path Hugo gives a content file: its folder for a bundle's index, else its name without extension and language. */
export function pagePathOf(relToContent: string): string {
  const parts = relToContent.split('/')
  const name = (parts.pop() as string).replace(/(\.[A-Za-z]{2,3}(-[A-Za-z0-9]+)*)?\.(md|markdown|html)$/i, '')
  return (name === 'index' || name === '_index' ? parts : [...parts, name]).join('/')
}

export function pageOf(file: string, relToContent: string, text: string, language?: string): Page {
  const fm = frontMatterOf(text)
  const pagePath = pagePathOf(relToContent)
  const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v : undefined)
  const urls = new Set<string>()
  const url = str(fm.url)
  if (url) urls.add(normalizeUrlPath(url))
  else {
    // Without permalinks configured, Hugo puts a page at its section path with its slug as the last part.
    const slug = str(fm.slug)
    const parts = pagePath.split('/')
    if (slug) parts[parts.length - 1] = slug
    urls.add(normalizeUrlPath(parts.join('/')))
  }
  for (const alias of Array.isArray(fm.aliases) ? fm.aliases : []) if (typeof alias === 'string') urls.add(normalizeUrlPath(alias))
  const list = /(^|\/)_index(\.[A-Za-z-]+)?\.(md|markdown|html)$/i.test(relToContent)
  return {
    file,
    pagePath: pagePath.toLowerCase(),
    urls: [...urls],
    arxivIds: findArxivIds(text),
    papers: paperPassages(text).map((p) => ({ id: p.id, terms: paperTerms({ title: '', abstract: p.text }) })),
    language,
    list,
    bundle: !list && /(^|\/)index(\.[A-Za-z-]+)?\.(md|markdown|html)$/i.test(relToContent),
    keys: conventionKeys(fm),
    descriptions: descriptionsOf(fm),
    taxonomies: { tags: termsOf(fm, 'tags'), categories: termsOf(fm, 'categories') },
    plain: plainFieldsOf(fm),
    imageFields: imageFieldsOf(fm),
    featureResource: featureResourceOf(fm)
  }
}

/** Fields themes read a post's image from (its card, its social preview), besides PaperMod's cover.image. */
export const IMAGE_KEYS = [
  'image',
  'images',
  'thumbnail',
  'featured_image',
  'featuredimage',
  'featureimage',
  'feature_image',
  'banner',
  'hero'
]

/** A file beside the page: a name without a folder, scheme or leading slash (a theme resolves it in the bundle). */
const bundleFile = (v: unknown): boolean => typeof v === 'string' && /^[^/\\:]+\.(png|jpe?g|webp|gif|avif)$/i.test(v.trim())

function imageFieldsOf(fm: Record<string, unknown>): Record<string, 'file' | 'list'> {
  const found: Record<string, 'file' | 'list'> = {}
  for (const [key, value] of Object.entries(fm)) {
    // A cover named by its file (Terminal's `cover = "hello.jpg"`), besides PaperMod's cover.image.
    if (key.toLowerCase() === 'cover' && bundleFile(value)) found[key] = 'file'
    if (!IMAGE_KEYS.includes(key.toLowerCase())) continue
    if (bundleFile(value)) found[key] = 'file'
    else if (Array.isArray(value) && value.length > 0 && bundleFile(value[0])) found[key] = 'list'
  }
  return found
}

function featureResourceOf(fm: Record<string, unknown>): string | undefined {
  const resources = Array.isArray(fm.resources) ? (fm.resources as { name?: unknown; src?: unknown }[]) : []
  const named = resources.find((r) => typeof r?.name === 'string' && FEATURE_NAMES.includes(r.name) && bundleFile(r.src))
  return named?.name as string | undefined
}

/** Top-level fields with one plain value, by their own name (case kept), as JSON; long values left out. */
function plainFieldsOf(fm: Record<string, unknown>): Record<string, string> {
  const found: Record<string, string> = {}
  for (const [key, value] of Object.entries(fm)) {
    const plain =
      ['string', 'number', 'boolean'].includes(typeof value) ||
      (Array.isArray(value) && value.length <= 5 && value.every((v) => typeof v === 'string')) ||
      // Authors as themes take them: a name, a list of names, or of people with a link and an image (Hextra, FixIt).
      (AUTHOR_KEYS.includes(key.toLowerCase()) && typeof value === 'object' && value !== null)
    const json = plain ? JSON.stringify(value) : ''
    if (plain && json.length <= (AUTHOR_KEYS.includes(key.toLowerCase()) ? 1000 : 200)) found[key] = json
  }
  return found
}

/** The fields a post names its author in: a blog's single author is imitated even from one post. */
export const AUTHOR_KEYS = ['author', 'authors']

/** A taxonomy's terms as the page lists them (a list, or one term). */
function termsOf(fm: Record<string, unknown>, name: string): string[] {
  const value = Object.entries(fm).find(([k]) => k.toLowerCase() === name)?.[1]
  const list = Array.isArray(value) ? value : typeof value === 'string' ? [value] : []
  return list.filter((t): t is string => typeof t === 'string' && t.trim() !== '').map((t) => t.trim().slice(0, 100))
}

/** Fields themes take a page's meta description or list excerpt from, in the order one is chosen. */
export const DESCRIPTION_KEYS = ['description', 'summary', 'lead', 'excerpt', 'subtitle']

/** The fields a theme takes a page's description or excerpt from, where they hold text of their own. */
function descriptionsOf(fm: Record<string, unknown>): Record<string, string> {
  const found: Record<string, string> = {}
  for (const [key, value] of Object.entries(fm))
    if (DESCRIPTION_KEYS.includes(key.toLowerCase()) && typeof value === 'string' && value.trim() !== '')
      found[key.toLowerCase()] = value.trim().slice(0, 200)
  return found
}

/** The keys whose use a new post imitates (site/conventions.ts). */
function conventionKeys(fm: Record<string, unknown>): string[] {
  const keys = Object.keys(fm).map((k) => k.toLowerCase())
  const lower = Object.fromEntries(Object.entries(fm).map(([k, v]) => [k.toLowerCase(), v]))
  return keys.filter((k) => {
    if (k === 'summary') return typeof lower.summary === 'string' && lower.summary.trim() === ''
    if (k === 'cover') return typeof (lower.cover as { image?: unknown } | undefined)?.image === 'string'
    return true
  })
}

/** A page's language as Hugo gives it (see builds.ts); undefined on a single-language site. */
function languageOf(file: string, site: PageLanguages): string | undefined {
  return site.declared ? builtAs(site, file)?.language : undefined
}

const FEATURE_IMAGE = /^(feature|featured|cover)[^/]*\.(png|jpe?g|webp|gif|avif)$/i

/**
 * The names the action writes a bundle's feature image under, as themes look for it: `featured`
 * (Congo, Blowfish, HugoBlox, Stack), `featured-image` (LoveIt, FixIt), `feature`. A `cover*` file is
 * a maintainer's to name: it marks a theme that shows one, and the action then writes `featured`.
 */
export const FEATURE_NAMES = ['featured', 'featured-image', 'feature']

/** The name of a bundle's feature image, without its extension, when its folder holds one. */
function featureImageName(names: string[]): string | undefined {
  const found = names.find((n) => FEATURE_IMAGE.test(n))
  if (!found) return undefined
  const base = found.slice(0, found.lastIndexOf('.')).toLowerCase()
  return FEATURE_NAMES.includes(base) ? base : 'featured'
}

/** Every Markdown page under the site's content folders, except those under `skip` (relative to the site). */
export async function scanPages(siteDir: string, site: PageLanguages, skip: string[]): Promise<Page[]> {
  const pages: Page[] = []
  const skipped = new Set(skip.map((s) => path.resolve(siteDir, s)))
  const walk = async (dir: string, contentDir: string): Promise<void> => {
    const contentRoot = path.join(siteDir, contentDir)
    let entries
    try {
      entries = await fs.readdir(dir, { withFileTypes: true })
    } catch {
      return
    }
    await Promise.all(
      entries.map(async (e) => {
        const full = path.join(dir, e.name)
        if (e.isDirectory()) {
          if (!skipped.has(full) && e.name !== 'node_modules' && !e.name.startsWith('.')) await walk(full, contentDir)
        } else if (e.isFile() && /\.(md|markdown)$/i.test(e.name)) {
          const text = await fs.readFile(full, 'utf8')
          const rel = path.relative(contentRoot, full).split(path.sep).join('/')
          const file = path.relative(siteDir, full).split(path.sep).join('/')
          const page = pageOf(file, rel, text, languageOf(file, site))
          if (/^index\./i.test(e.name)) page.featureImage = featureImageName(entries.map((x) => x.name))
          pages.push(page)
        }
      })
    )
  }
  for (const dir of new Set(site.languages.flatMap((l) => l.contentDirs))) await walk(path.join(siteDir, dir), dir)
  return pages.sort((a, b) => a.file.localeCompare(b.file))
}

/** The existing page of the same language whose path or URL the new post would take, if any. */
export function collision(
  pages: Page[],
  post: { pagePath: string; url: string; language?: string }
): { page: Page; on: 'path' | 'url' } | undefined {
  const pagePath = post.pagePath.toLowerCase()
  const url = normalizeUrlPath(post.url)
  for (const page of pages) {
    if (page.language !== undefined && post.language !== undefined && page.language !== post.language) continue
    if (page.pagePath === pagePath) return { page, on: 'path' }
    if (page.urls.includes(url)) return { page, on: 'url' }
  }
  return undefined
}
