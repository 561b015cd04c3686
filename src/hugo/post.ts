// Renders the page bundle: index.md shaped like the seed post, and the images beside it. Pure.
import { stringify as tomlStringify } from 'smol-toml'
import { Document, Scalar, YAMLSeq } from 'yaml'
import type { RankedPaper, SourceName } from '../paper.js'
import type { DetailsStyle, FrontMatterFormat } from '../settings.js'
import { cleanText, headingText, inlineText, paragraphText } from './escape.js'
import type { PostImage } from './images.js'
import { labelsFor } from './labels.js'

export interface PostEntry {
  paper: RankedPaper
  summary: string
  image?: PostImage
}

export interface PostOptions {
  date: string
  language: string
  /** Sources that answered, named in the introduction. */
  sourcesUsed: SourceName[]
  title?: string
  slug: string
  tags?: string[]
  categories?: string[]
  draft: boolean
  frontMatter: FrontMatterFormat
  detailsStyle: DetailsStyle
}

export interface BundleFile {
  /** Path inside the bundle folder. */
  name: string
  content: Buffer
}

export interface FrontMatterValues {
  title: string
  subtitle: string
  summary: string
  tags: string[]
  categories: string[]
  url: string
  date: string
  featured: boolean
  draft: boolean
}

export function frontMatterValues(options: PostOptions): FrontMatterValues {
  const labels = labelsFor(options.language)
  return {
    title: options.title ?? labels.title.replace('{date}', options.date),
    subtitle: '',
    summary: ' ',
    tags: [...(options.tags ?? labels.tags)],
    categories: [...(options.categories ?? labels.tags)],
    url: options.slug,
    date: options.date,
    featured: false,
    draft: options.draft
  }
}

/** Front matter through a serializer: any title stays one string. Styled like the seed post. */
export function renderFrontMatter(values: FrontMatterValues, format: FrontMatterFormat): string {
  if (format === 'toml') return `+++\n${tomlStringify(values)}\n+++\n`
  const doc = new Document(values, { aliasDuplicateObjects: false })
  for (const key of ['title', 'subtitle', 'summary']) {
    const node = doc.get(key, true) as Scalar
    node.type = Scalar.QUOTE_DOUBLE
  }
  for (const key of ['tags', 'categories']) {
    const seq = doc.get(key, true) as YAMLSeq<Scalar>
    seq.flow = true
    for (const item of seq.items) item.type = Scalar.QUOTE_DOUBLE
  }
  return `---\n${doc.toString({ lineWidth: 0, flowCollectionPadding: false })}---\n`
}

export function renderMarkdown(entries: PostEntry[], options: PostOptions): string {
  const labels = labelsFor(options.language)
  const out: string[] = [renderFrontMatter(frontMatterValues(options), options.frontMatter)]
  out.push(`## ${labels.introHeading}\n\n${inlineText(labels.intro(options.date, options.sourcesUsed))}\n`)
  const abstractBlock = (abstract: string): string => {
    const text = paragraphText(abstract)
    if (options.detailsStyle === 'markdown') return `**${labels.abstract}**\n\n${text}`
    const open = options.detailsStyle === 'named' ? `{{< details summary="${labels.abstract}" >}}` : `{{< details "${labels.abstract}" >}}`
    return `${open}\n${text}\n{{< /details >}}`
  }
  entries.forEach((entry, i) => {
    const p = entry.paper
    const title = headingText(p.title)
    const authors = p.authors.slice(0, 5).map(inlineText).join(', ') + (p.authors.length > 5 ? labels.etAl : '')
    const bullets = [`- **${labels.authors}**: ${authors}`]
    if (p.published) bullets.push(`- **${labels.published}**: ${inlineText(p.published)}`)
    bullets.push(`- **${labels.source}**: [${p.sources.join(', ')}](${paperLink(p)})`)
    if (p.arxivId) bullets.push(`- **${labels.arxivId}**: ${inlineText(p.arxivId)}`)
    const parts = [`## ${i + 1}. ${title}`, bullets.join('\n')]
    if (entry.image) parts.push(`![${inlineText(p.title)}](${entry.image.name})`)
    parts.push(`### ${labels.summary}`, paragraphText(entry.summary), abstractBlock(p.abstract))
    out.push(`${parts.join('\n\n')}\n`)
  })
  out.push(`---\n\n${labels.footer}\n`)
  return out.join('\n')
}

export function renderBundle(entries: PostEntry[], options: PostOptions): BundleFile[] {
  const files: BundleFile[] = [{ name: 'index.md', content: Buffer.from(renderMarkdown(entries, options), 'utf8') }]
  for (const e of entries) if (e.image) files.push({ name: e.image.name, content: e.image.bytes })
  return files
}

/** Every external link of a rendered post: its Markdown links and the bare URLs Hugo's linkify makes links of. */
export function linksIn(markdown: string): string[] {
  const body = markdown.replace(/^(---|\+\+\+)\n[\s\S]*?\n\1\n/, '')
  const found = [
    ...body.matchAll(
      /(?<!\\)\]\((https?:\/\/[^)\s]+)\)|(?<![\w/.])((?:https?:\/\/|www\.)(?:(?!&(?:#\d+|lt|gt|amp);)[^\s<>()[\]\\])*(?<![.,;:!?'"*_]))/g
    )
  ].map((m) => m[1] ?? m[2])
  return [...new Set(found as string[])]
}

/** The one link a paper gets: arXiv, else doi.org, else Semantic Scholar. */
export function paperLink(p: { arxivId?: string; doi?: string; semanticScholarUrl?: string }): string {
  if (p.arxivId) return `https://arxiv.org/abs/${p.arxivId}`
  if (p.doi) return `https://doi.org/${encodeURI(cleanText(p.doi)).replace(/\(/g, '%28').replace(/\)/g, '%29')}`
  if (p.semanticScholarUrl && /^https:\/\/www\.semanticscholar\.org\/paper\/[0-9a-f]+$/.test(p.semanticScholarUrl))
    return p.semanticScholarUrl
  return 'https://www.semanticscholar.org/'
}
