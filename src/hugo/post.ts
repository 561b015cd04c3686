// Renders the page bundle: the front matter, the body from the post template (the built-in layout
// unless the maintainer gave one), and the images beside it. Pure.
import type { SourceName } from '../paper.js'
import type { DetailsStyle, FrontMatterFormat, PaperLinkKind } from '../settings.js'
import { BUILT_IN_TEMPLATE } from './built-in-template.js'
import { type FrontMatterOptions, frontMatterValues, renderFrontMatter } from './front-matter.js'
import { parseTemplate, type PostTemplate, renderTemplate } from './template.js'
import { type PostEntry, postVariables } from './variables.js'

export type { PostEntry } from './variables.js'

export interface PostOptions extends FrontMatterOptions {
  /** Sources that answered, named in the introduction. */
  sourcesUsed: SourceName[]
  frontMatter: FrontMatterFormat
  detailsStyle: DetailsStyle
  paperLinks?: PaperLinkKind[]
  /** The body's template; the built-in layout when not given. */
  template?: PostTemplate
}

export interface BundleFile {
  /** Path inside the bundle folder. */
  name: string
  content: Buffer
}

let builtIn: PostTemplate | undefined
/** The built-in layout, parsed on first use. */
export const builtInTemplate = (): PostTemplate => (builtIn ??= parseTemplate(BUILT_IN_TEMPLATE, 'the built-in layout'))

export function renderMarkdown(entries: PostEntry[], options: PostOptions): string {
  const frontMatter = frontMatterValues({ ...options, image: entries.find((e) => e.image)?.image?.name })
  const variables = postVariables(entries, {
    date: options.date,
    language: options.language,
    title: typeof frontMatter.title === 'string' ? frontMatter.title : '',
    sourcesUsed: options.sourcesUsed,
    detailsStyle: options.detailsStyle,
    paperLinks: options.paperLinks ?? []
  })
  return `${renderFrontMatter(frontMatter, options.frontMatter)}\n${renderTemplate(options.template ?? builtInTemplate(), variables)}`
}

export function renderBundle(entries: PostEntry[], options: PostOptions): BundleFile[] {
  const files: BundleFile[] = [{ name: 'index.md', content: Buffer.from(renderMarkdown(entries, options), 'utf8') }]
  for (const e of entries) if (e.image) files.push({ name: e.image.name, content: e.image.bytes })
  return files
}
