// What a post template sees: the date, the language, the post's words and each paper, every piece of
// paper text already escaped for Markdown (escape.ts) and every link rebuilt (links.ts). Pure.
import type { RankedPaper, SourceName } from '../paper.js'
import type { DetailsStyle, PaperLinkKind } from '../settings.js'
import { headingText, lineStart, paragraphText } from './escape.js'
import type { PostImage } from './images.js'
import { type Labels, labelsFor } from './labels.js'
import { paperLink, paperLinks } from './links.js'

export interface PaperVariables {
  number: number
  title: string
  authors: string[]
  authors_short: string
  published: string | null
  arxiv_id: string | null
  abs_url: string | null
  pdf_url: string | null
  code_url: string | null
  code_name: string | null
  github_stars: number | null
  project_url: string | null
  project_name: string | null
  sources: SourceName[]
  source_url: string
  /** Where source_url points: arXiv, doi.org or Semantic Scholar (the built-in layout shows the source names instead, as the seed blog does). */
  source_name: string
  upvotes: number | null
  citations: number | null
  summary: string
  abstract: string
  abstract_block: string
  image: string | null
}

export interface LabelVariables {
  intro_heading: string
  authors: string
  et_al: string
  published: string
  source: string
  arxiv_id: string
  code: string
  project: string
  summary: string
  abstract: string
  footer: string
}

export interface PostVariables {
  date: string
  lang: string
  title: string
  intro: string
  papers: PaperVariables[]
  labels: LabelVariables
  /** The kinds of paper link the `paper-links` input asks the built-in layout to show. */
  paper_links: PaperLinkKind[]
}

export const TOP_FIELDS = ['date', 'lang', 'title', 'intro', 'papers', 'labels', 'paper_links']
export const PAPER_FIELDS: string[] = [
  'number',
  'title',
  'authors',
  'authors_short',
  'published',
  'arxiv_id',
  'abs_url',
  'pdf_url',
  'code_url',
  'code_name',
  'github_stars',
  'project_url',
  'project_name',
  'sources',
  'source_url',
  'source_name',
  'upvotes',
  'citations',
  'summary',
  'abstract',
  'abstract_block',
  'image'
]
export const LABEL_FIELDS: string[] = [
  'intro_heading',
  'authors',
  'et_al',
  'published',
  'source',
  'arxiv_id',
  'code',
  'project',
  'summary',
  'abstract',
  'footer'
]
/** Fields that hold no paper text (numbers, ids, links the action built), safe anywhere. */
export const SAFE_IN_ATTRIBUTES = [
  'number',
  'date',
  'lang',
  'arxiv_id',
  'abs_url',
  'pdf_url',
  'code_url',
  'project_url',
  'source_url',
  'source_name',
  'github_stars',
  'upvotes',
  'citations',
  'image'
]

export interface PostEntry {
  paper: RankedPaper
  summary: string
  image?: PostImage
}

export interface VariableOptions {
  date: string
  language: string
  title: string
  sourcesUsed: SourceName[]
  detailsStyle: DetailsStyle
  paperLinks: PaperLinkKind[]
}

export function postVariables(entries: PostEntry[], options: VariableOptions): PostVariables {
  const labels = labelsFor(options.language)
  return {
    date: options.date,
    lang: options.language,
    title: paragraphText(options.title),
    intro: paragraphText(labels.intro(options.date, options.sourcesUsed)),
    papers: entries.map((entry, i) => paperVariables(entry, i + 1, labels, options.detailsStyle)),
    labels: labelVariables(labels),
    paper_links: [...options.paperLinks]
  }
}

function paperVariables({ paper: p, summary, image }: PostEntry, number: number, labels: Labels, style: DetailsStyle): PaperVariables {
  const links = paperLinks(p)
  // Every text is safe where a template may put it: mid-line, at the start of a line, ending a heading.
  const authors = p.authors.map(paragraphText)
  return {
    number,
    // Safe at the start of a line and at the end of a heading alike.
    title: lineStart(headingText(p.title)),
    authors,
    authors_short: authors.slice(0, 5).join(', ') + (authors.length > 5 ? labels.etAl : ''),
    published: p.published ? paragraphText(p.published) : null,
    arxiv_id: p.arxivId ?? null,
    abs_url: p.arxivId ? `https://arxiv.org/abs/${p.arxivId}` : null,
    pdf_url: p.arxivId ? `https://arxiv.org/pdf/${p.arxivId}` : null,
    code_url: links.code?.url ?? null,
    code_name: links.code?.name ?? null,
    github_stars: links.code?.stars ?? null,
    project_url: links.project?.url ?? null,
    project_name: links.project?.name ?? null,
    sources: [...p.sources],
    source_url: paperLink(p),
    source_name: p.arxivId ? 'arXiv' : p.doi ? 'doi.org' : 'Semantic Scholar',
    upvotes: p.upvotes ?? null,
    citations: p.citations ?? null,
    summary: paragraphText(summary),
    abstract: paragraphText(p.abstract),
    abstract_block: abstractBlock(p.abstract, labels, style),
    image: image?.name ?? null
  }
}

/** The abstract folded as the site can: its `details` shortcode, or plain Markdown under a bold label. */
export function abstractBlock(abstract: string, labels: Pick<Labels, 'abstract'>, style: DetailsStyle): string {
  const text = paragraphText(abstract)
  if (style === 'markdown') return `**${labels.abstract}**\n\n${text}`
  // Raw HTML around Markdown: blank lines let the abstract (already inert text) render as a paragraph.
  if (style === 'html') return `<details>\n<summary>${labels.abstract}</summary>\n\n${text}\n\n</details>`
  const open =
    style === 'named'
      ? `{{< details summary="${labels.abstract}" >}}`
      : style === 'title'
        ? `{{< details title="${labels.abstract}" closed="true" >}}`
        : `{{< details "${labels.abstract}" >}}`
  return `${open}\n${text}\n{{< /details >}}`
}

function labelVariables(labels: Labels): LabelVariables {
  return {
    intro_heading: labels.introHeading,
    authors: labels.authors,
    et_al: labels.etAl,
    published: labels.published,
    source: labels.source,
    arxiv_id: labels.arxivId,
    code: labels.code,
    project: labels.project,
    summary: labels.summary,
    abstract: labels.abstract,
    footer: labels.footer
  }
}
