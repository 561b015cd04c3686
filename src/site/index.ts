// What the Hugo site in the workspace is, read before anything is asked of a service or paid for:
// its config and languages, the `details` shortcode it has, its content sections, and (scanned while
// the sources are asked) its pages. Settings are what the user asked for; the site is what is there.
import fs from 'node:fs'
import path from 'node:path'
import { readSiteConfig, type SiteConfig } from './config.js'
import { type HugoEvidence, hugoEvidence } from './hugo-version.js'
import { type DetailsShortcode, findDetailsShortcode, withBuiltInDetails } from './shortcodes.js'

export { collision, scanPages, type Page } from './pages.js'

export class SiteError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'SiteError'
  }
}

export interface Site {
  /** Absolute folder of the site. */
  dir: string
  config: SiteConfig
  details: DetailsShortcode
  hugo: HugoEvidence
}

export function readSite(workspace: string, sitePath: string): Site {
  const dir = path.join(workspace, sitePath)
  const config = fs.existsSync(dir) ? readSiteConfig(dir) : undefined
  if (!config) {
    const where = sitePath === '.' ? 'the workspace' : `'${sitePath}' (site-path)`
    throw new SiteError(
      `No Hugo site in ${where}: there is no hugo.toml, hugo.yaml, hugo.json, config.* or config/_default/. Most likely the job has no actions/checkout step before this one; if the site is in a subfolder of the repository, set site-path. Nothing was asked of any service.`
    )
  }
  const hugo = hugoEvidence(dir, workspace, config.themes, config.hugoMin)
  return { dir, config, details: withBuiltInDetails(findDetailsShortcode(dir, config.themes), hugo, config.rawHtml), hugo }
}

/** The sections (first-level folders) of every content folder, as paths relative to the site. */
export function contentSections(site: Site): string[] {
  const sections: string[] = []
  for (const dir of new Set(site.config.languages.flatMap((l) => l.contentDirs))) {
    const full = path.join(site.dir, dir)
    if (!fs.existsSync(full)) continue
    for (const e of fs.readdirSync(full, { withFileTypes: true }))
      if (e.isDirectory() && !e.name.startsWith('.')) sections.push(`${dir}/${e.name}`)
  }
  return sections.sort()
}

/** Pages of a folder, counted down its tree (its _index pages not among them), a few levels deep. */
function pageCount(dir: string, depth = 0): number {
  if (depth > 4) return 0
  let n = 0
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    if (e.name.startsWith('.')) continue
    if (e.isDirectory()) n += pageCount(path.join(dir, e.name), depth + 1)
    else if (/\.(md|markdown|html)$/i.test(e.name) && !/^_index\./.test(e.name)) n++
  }
  return n
}

/**
 * The sections of the site that hold its posts, the fullest first: where a post of the blog belongs. A
 * section with only its _index page (a site with no post yet, a trimmed copy) comes after, at 0.
 */
export function postSections(site: Pick<Site, 'dir' | 'config'>, contentDirs?: string[]): { section: string; pages: number }[] {
  const dirs = contentDirs ?? [...new Set(site.config.languages.flatMap((l) => l.contentDirs))]
  const found: { section: string; pages: number }[] = []
  for (const dir of dirs) {
    const full = path.join(site.dir, dir)
    if (!fs.existsSync(full)) continue
    for (const e of fs.readdirSync(full, { withFileTypes: true }))
      if (e.isDirectory() && !e.name.startsWith('.')) found.push({ section: `${dir}/${e.name}`, pages: pageCount(path.join(full, e.name)) })
  }
  const isSection = (s: { section: string; pages: number }) =>
    s.pages > 0 || fs.readdirSync(path.join(site.dir, s.section)).some((n) => /^_index\./.test(n))
  return found.filter(isSection).sort((a, b) => b.pages - a.pages || a.section.localeCompare(b.section))
}

/**
 * Refuses a bundle folder that is, or holds, a symlink: the action would write through it, maybe out
 * of the workspace. (The folders above it were checked with the output-path input.)
 */
export function checkBundleFolder(workspace: string, bundleDir: string): void {
  const rel = path.relative(workspace, bundleDir)
  const refuse = (p: string): never => {
    throw new SiteError(
      `${p} is a symbolic link: the action writes no file through a link. Remove it, or set bundle-name to another folder.`
    )
  }
  let stat: fs.Stats
  try {
    stat = fs.lstatSync(bundleDir)
  } catch {
    return
  }
  if (stat.isSymbolicLink()) refuse(rel)
  for (const e of fs.readdirSync(bundleDir, { withFileTypes: true })) if (e.isSymbolicLink()) refuse(path.join(rel, e.name))
}

/** What the site lacks that the user may not expect: the sections the post goes to, its languages. */
export function siteWarnings(site: Site, sections: string[], languages: string[]): string[] {
  const warnings: string[] = []
  const missingSections = [...new Set(sections)].filter((p) => !fs.existsSync(path.join(site.dir, p)))
  if (missingSections.length > 0) {
    const existing = contentSections(site)
    const withPosts = postSections(site)
    const advice = withPosts.length
      ? `The site's posts are in ${withPosts
          .slice(0, 5)
          .map((s) => (s.pages ? `${s.section} (${s.pages} page${s.pages === 1 ? '' : 's'})` : s.section))
          .join(', ')}; set output-path to the one that holds the blog's posts, such as ${withPosts[0]!.section}.`
      : existing.length
        ? `The site's sections are: ${existing.join(', ')}; set output-path to the one that holds the blog's posts.`
        : 'The site has no content sections yet.'
    warnings.push(`output-path '${missingSections.join("', '")}' does not exist in the site, so the post starts a new section. ${advice}`)
  }
  const codes = site.config.languages.map((l) => l.code)
  const missing = languages.filter((l) => !codes.some((c) => c.toLowerCase() === l.toLowerCase()))
  if (site.config.declaresLanguages && missing.length > 0) {
    warnings.push(
      `The site's config (${site.config.files.join(', ')}) declares the languages ${codes.join(', ')}, not ${missing.map((l) => `'${l}'`).join(', ')} (the language input).`
    )
  }
  return warnings
}
