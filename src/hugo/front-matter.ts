// The post's front matter: the action's fields, the maintainer's `front-matter-fields` merged over them
// (null removes a field), written through a serializer so no value can change its structure. Pure.
import { stringify as tomlStringify } from 'smol-toml'
import { Document, isScalar, isSeq, Scalar, type YAMLSeq } from 'yaml'
import type { SourceName } from '../paper.js'
import type { FrontMatterFormat } from '../settings.js'
import { type Conventions, IMITATED } from '../site/conventions.js'
import { mapStrings } from '../text.js'
import { labelsFor } from './labels.js'

/** A front matter mapping, in the order it is written. */
export type FrontMatter = Record<string, unknown>

/** What the maintainer merges in: a value sets a field, null removes it. */
export type FrontMatterFields = Record<string, unknown>

export interface FrontMatterOptions {
  date: string
  language: string
  title?: string
  slug: string
  tags?: string[]
  categories?: string[]
  draft: boolean
  fields?: FrontMatterFields
  /** The post's first image (paper_<N>.<ext>), for {image} in the fields. */
  image?: string
  /** The seed fields the site's posts use, and whether they show a cover; every seed field when not given. */
  conventions?: Pick<Conventions, 'keys' | 'cover' | 'description'> &
    Partial<Pick<Conventions, 'vocabulary' | 'constants' | 'imageField' | 'describeAnyway' | 'featureImage' | 'featureResource'>>
  /** The sources the post was gathered from, which its introduction names. */
  sourcesUsed?: SourceName[]
}

/** The seed blog's fields, then the maintainer's: a key they set keeps its place, a new one comes last. */
export function frontMatterValues(options: FrontMatterOptions): FrontMatter {
  const labels = labelsFor(options.language)
  const values: FrontMatter = {
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
  const { conventions } = options
  if (conventions) {
    for (const key of IMITATED) if (!conventions.keys.includes(key)) delete values[key]
    if (conventions.cover && options.image) values.cover = { image: options.image }
    // The first image where the neighbours name theirs (a card, a social preview), as they write it.
    const field = conventions.imageField
    if (field && options.image) values[field.key] = field.list ? [options.image] : options.image
    if (conventions.featureResource && conventions.featureImage && options.image)
      values.resources = [{ name: conventions.featureResource, src: `${conventions.featureImage}.${options.image.split('.').pop()}` }]
    if (conventions.vocabulary) takeVocabulary(values, options, conventions.vocabulary)
    // The neighbours' common fields (an author, a theme's flags), after the action's own, never over them.
    for (const [key, value] of Object.entries(conventions.constants ?? {}))
      if (!Object.keys(values).some((k) => k.toLowerCase() === key.toLowerCase())) values[key] = value
    // The introduction's sentence describes the post as its neighbours describe themselves: right
    // after the title, or in place of the seed's blank summary or subtitle.
    // And Hugo's summary (list entries, excerpts, a meta description's fallback), unless the neighbours blank it.
    const key = conventions.description ?? (conventions.describeAnyway ? 'description' : undefined)
    const summary = key && !conventions.keys.includes('summary') && key !== 'summary' ? ['summary'] : []
    const described = key ? [key, ...summary] : []
    if (described.length > 0) {
      const text = labels.intro(options.date, options.sourcesUsed ?? [])
      const { title, ...rest } = values
      for (const k of Object.keys(values)) delete values[k]
      const own = Object.fromEntries(described.map((k) => [k, text]))
      Object.assign(values, described.every((k) => k in rest) ? { title, ...rest, ...own } : { title, ...own, ...rest })
    }
  }
  for (const [key, value] of Object.entries(options.fields ?? {})) {
    // A field that names the image is left out of a post without one: a cover that is not there breaks the page.
    if (value === null || (options.image === undefined && mentions(value, IMAGE))) delete values[key]
    else values[key] = mapStrings(value, (text) => text.replaceAll(IMAGE, options.image ?? ''))
  }
  return values
}

/** Category names that fit a survey of LLM papers, beside the post's own tags (case aside). */
const FITTING_CATEGORIES = [
  'ai',
  'llm',
  'llms',
  'nlp',
  'ml',
  'machine learning',
  'deep learning',
  'artificial intelligence',
  'research',
  'papers',
  'paper',
  'reading',
  '論文',
  '研究',
  '機械学習',
  'ai・機械学習'
]

/**
 * The site's own vocabulary: the post's tags as the neighbours spell them, and categories only from
 * theirs that fit the post (never a copy of the tags into a site whose categories are its own). A
 * taxonomy the maintainer set in the inputs is theirs and left as it is.
 */
function takeVocabulary(values: FrontMatter, options: FrontMatterOptions, vocabulary: Conventions['vocabulary']): void {
  const spelled = (term: string, used: string[]) => used.find((u) => u.toLowerCase() === term.toLowerCase())
  if (!options.tags && Array.isArray(values.tags)) values.tags = (values.tags as string[]).map((t) => spelled(t, vocabulary.tags) ?? t)
  if (options.categories || !('categories' in values)) return
  const ours = labelsFor(options.language).tags
  const fitting = [
    ...ours.map((t) => spelled(t, vocabulary.categories)).filter((c): c is string => c !== undefined),
    ...vocabulary.categories.filter(
      (c) => FITTING_CATEGORIES.includes(c.toLowerCase()) && !ours.some((t) => t.toLowerCase() === c.toLowerCase())
    )
  ]
  if (fitting.length > 0) values.categories = fitting
  else delete values.categories
}

const IMAGE = '{image}'

function mentions(value: unknown, text: string): boolean {
  if (typeof value === 'string') return value.includes(text)
  if (value && typeof value === 'object') return Object.values(value).some((v) => mentions(v, text))
  return false
}

/** Front matter through a serializer: any title stays one string. Styled like the seed post. */
export function renderFrontMatter(values: FrontMatter, format: FrontMatterFormat): string {
  if (format === 'toml') return `+++\n${tomlStringify(values)}\n+++\n`
  const doc = new Document(values, { aliasDuplicateObjects: false })
  for (const key of ['title', 'subtitle', 'summary', 'description']) {
    const node = doc.get(key, true)
    if (isScalar(node) && typeof node.value === 'string') node.type = Scalar.QUOTE_DOUBLE
  }
  for (const key of ['tags', 'categories']) {
    const seq = doc.get(key, true)
    if (!isSeq(seq)) continue
    seq.flow = true
    for (const item of (seq as YAMLSeq<Scalar>).items) if (isScalar(item) && typeof item.value === 'string') item.type = Scalar.QUOTE_DOUBLE
  }
  // Double-quoted strings as JSON writes them: one line each, a line break as \n, never folded onto lines of their own.
  return `---\n${doc.toString({ lineWidth: 0, flowCollectionPadding: false, doubleQuotedAsJSON: true })}---\n`
}
