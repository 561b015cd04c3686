// Reads a post back into its fields, undoing the renderer's escapes (entities and backslash
// escapes render as the characters they stand for), so posts can be compared field by field.
import { parse as parseYaml } from 'yaml'

export interface PaperFields {
  title: string
  authors: string
  published?: string
  sourceLabel: string
  sourceLink: string
  arxivId?: string
  image?: { alt: string; file: string }
  summary: string
  abstract: string
}

export interface PostFields {
  frontMatter: Record<string, unknown>
  introHeading: string
  intro: string
  papers: PaperFields[]
  footer: string
}

/** The text a reader sees for a piece of the Markdown source. */
export function unescapeMarkdown(text: string): string {
  return text
    .replace(/\\([!-/:-@[-`{-~])/g, '$1')
    .replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n)))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
}

export function readPost(markdown: string): PostFields {
  const fm = /^---\n([\s\S]*?)\n---\n/.exec(markdown)
  if (!fm) throw new Error('no YAML front matter')
  const body = markdown.slice(fm[0].length)
  const [head, ...paperBlocks] = body.split(/\n(?=## \d+\. )/)
  const intro = /^\n?## (.+)\n\n([\s\S]*?)\n*$/.exec(head as string)
  const last = paperBlocks.at(-1) ?? ''
  const footerAt = last.lastIndexOf('\n---\n')
  const footer = last.slice(footerAt + 5).trim()
  if (paperBlocks.length) paperBlocks[paperBlocks.length - 1] = last.slice(0, footerAt)
  const papers = paperBlocks.map((block): PaperFields => {
    const field = (label: string): string | undefined => new RegExp(`^- \\*\\*${label}\\*\\*: (.*)$`, 'm').exec(block)?.[1]
    const source = /^- \*\*(?:ソース|Source)\*\*: \[(.*)\]\((.*)\)$/m.exec(block)
    const image = /^!\[(.*)\]\((.*)\)$/m.exec(block)
    const summary = /^### .+\n\n([\s\S]*?)\n\n\{\{</m.exec(block)?.[1] ?? ''
    const abstract = /\{\{< details [^\n]*>\}\}\n([\s\S]*?)\n\{\{< \/details >\}\}/.exec(block)?.[1] ?? ''
    return {
      title: unescapeMarkdown(/^## \d+\. (.*)$/m.exec(block)?.[1] ?? ''),
      authors: unescapeMarkdown(field('著者') ?? field('Authors') ?? ''),
      published: field('公開日') ?? field('Published'),
      sourceLabel: source?.[1] ?? '',
      sourceLink: source?.[2] ?? '',
      arxivId: field('arXiv ID'),
      image: image ? { alt: unescapeMarkdown(image[1] as string), file: image[2] as string } : undefined,
      summary: unescapeMarkdown(summary),
      abstract: unescapeMarkdown(abstract)
    }
  })
  return { frontMatter: parseYaml(fm[1] as string), introHeading: intro?.[1] ?? '', intro: intro?.[2] ?? '', papers, footer }
}
