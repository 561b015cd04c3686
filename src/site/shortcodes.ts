// Which `details` shortcode the site has, and how it reads its label: positionally ({{< details "…" >}},
// as the seed blog's own) or by name ({{< details summary="…" >}}, as Hugo's built-in one from 0.140).
// Without one of its own the post folds nothing: Hugo before 0.140 has no `details` at all.
import fs from 'node:fs'
import path from 'node:path'
import type { DetailsStyle } from '../settings.js'
import { atLeast, BUILT_IN_DETAILS, type HugoEvidence } from './hugo-version.js'
import { themeDirs } from './themes.js'

export interface DetailsShortcode {
  style: DetailsStyle
  /** The template that decided, relative to the site; undefined when there is none. */
  file?: string
  /** Why, for the log. */
  reason: string
}

/** Where Hugo looks for a shortcode: the site's layouts first, then each theme's, old and new folder names. */
function candidates(siteDir: string, themes: string[]): string[] {
  const roots = ['', ...themeDirs(siteDir, themes).map((d) => `${d}/`)]
  return roots.flatMap((r) => [`${r}layouts/shortcodes/details.html`, `${r}layouts/_shortcodes/details.html`])
}

/** Whether a shortcode template reads the named parameter. */
const reads = (template: string, name: string): boolean =>
  new RegExp(`\\.Get\\s+["\`]${name}["\`]|\\.Params\\.${name}\\b|index\\s+\\.Params\\s+["\`]${name}["\`]`).test(template)

/**
 * How a shortcode template takes its label: a `summary` parameter by name (even if it also reads
 * `.Get 0`), else a `title` one (Hextra's, which starts open unless told `closed`), else by position.
 */
export function styleOfTemplate(template: string): DetailsStyle {
  if (reads(template, 'summary')) return 'named'
  if (reads(template, 'title') && !/\.Get\s+0\b/.test(template)) return 'title'
  return 'positional'
}

export function findDetailsShortcode(siteDir: string, themes: string[]): DetailsShortcode {
  for (const rel of candidates(siteDir, themes)) {
    const file = path.join(siteDir, rel)
    if (fs.existsSync(file)) return { style: styleOfTemplate(fs.readFileSync(file, 'utf8')), file: rel, reason: `the shortcode ${rel}` }
  }
  return { style: 'markdown', reason: 'no details shortcode, and nothing says the site builds with Hugo 0.140 or newer' }
}

/**
 * Without a shortcode of its own, a site that needs Hugo 0.140 or newer has Hugo's built-in one (named);
 * else a site that renders raw HTML (markup.goldmark.renderer.unsafe) folds with a plain <details>.
 */
export function withBuiltInDetails(found: DetailsShortcode, evidence: HugoEvidence, rawHtml = false): DetailsShortcode {
  if (found.file) return found
  const newer = [evidence.minimum, evidence.pinned].find((e) => e && atLeast(e.version, BUILT_IN_DETAILS))
  if (newer) return { style: 'named', reason: `Hugo's built-in details: ${newer.file} asks for Hugo ${newer.version}` }
  return rawHtml
    ? { style: 'html', reason: 'a plain <details> element: the site renders raw HTML (markup.goldmark.renderer.unsafe)' }
    : found
}
