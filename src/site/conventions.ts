// The new post imitates the posts beside it. The seed layout's own fields (subtitle, a blank summary,
// url, featured, categories) and a cover are written only where most of the section's posts have
// them: a blank summary blanks a theme's excerpts and meta description, and url moves a post out of
// its section's permalinks. With no post in the section, the language's posts anywhere in the site
// decide; with none at all, the post has only title, date, tags and draft. Pure.
import { AUTHOR_KEYS, DESCRIPTION_KEYS, IMAGE_KEYS, type Page } from './pages.js'

/** The seed layout's fields a post writes only when its neighbours do, and a cover. */
export const IMITATED = ['subtitle', 'summary', 'categories', 'url', 'featured'] as const
export type ImitatedKey = (typeof IMITATED)[number]

export interface Conventions {
  /** The imitated fields the post writes. */
  keys: ImitatedKey[]
  /** Write cover.image (PaperMod) with the post's first image. */
  cover: boolean
  /** Put a copy of the first image in the bundle as featured.<ext> (Congo, Blowfish, HugoBlox, Stack read it). */
  featureImage?: string
  /** Name that copy in a `resources` entry as the neighbours do (LoveIt and FixIt show only a resource named featured-image). */
  featureResource?: string
  /**
   * The field most neighbours describe themselves in, each in words of its own: the post writes its
   * introduction there (stable under review commands, unlike a list of titles).
   */
  description?: string
  /**
   * Where no neighbour has any description field (not even the seed's blank summary), themes describe a
   * post by its first words, which in a survey are a heading and a paper: the introduction's sentence
   * goes into description and summary (Hugo's .Description and .Summary), as the neighbours' own first
   * words describe them.
   */
  describeAnyway?: boolean
  /**
   * Fields every neighbour that has them sets to one value, and most have (an author, a flag such as
   * ShowToc or usePageBundles): the post takes them as they are. Learned from two posts or more.
   */
  constants: Record<string, unknown>
  /** The image field most neighbours name a file of their bundle in (key as they spell it): the post's first image goes there. */
  imageField?: { key: string; list: boolean }
  /** The tags and categories the neighbours use, each spelled as they first spell it. */
  vocabulary: { tags: string[]; categories: string[] }
  /** What was imitated, for the log. */
  basis: string
}

export function conventionsFor(pages: Page[], post: { language?: string; pagePath: string; postPath: string }): Conventions {
  const section = post.pagePath.split('/').slice(0, -1).join('/')
  const own = pages.filter((p) => !p.list && (post.language === undefined || p.language === undefined || p.language === post.language))
  const inSection = own.filter((p) => section !== '' && p.pagePath.startsWith(`${section}/`))
  const reference = inSection.length > 0 ? inSection : own
  if (reference.length === 0)
    return {
      keys: [],
      cover: false,
      featureImage: undefined,
      constants: {},
      vocabulary: { tags: [], categories: [] },
      basis: `no post of the site to imitate for ${post.postPath}`
    }
  const most = (has: (p: Page) => boolean): boolean => reference.filter(has).length * 2 >= reference.length
  const keys = IMITATED.filter((k) => most((p) => p.keys?.includes(k) ?? false))
  const where = inSection.length > 0 ? `the ${reference.length} posts of ${section}` : `the site's ${reference.length} posts`
  const description = descriptionKey(reference, most)
  // Silent: no more than half of them carry a description field at all, with text or blank (the seed's blank summary is a habit; one post's empty archetype field is not).
  const described = reference.filter((p) => DESCRIPTION_KEYS.some((k) => p.descriptions?.[k] !== undefined || (p.keys ?? []).includes(k)))
  const silent =
    described.length * 2 <= reference.length && !reference.some((p) => DESCRIPTION_KEYS.some((k) => p.descriptions?.[k] !== undefined))
  const constants = constantFields(reference, most)
  const imageField = imageFieldOf(reference, most)
  return {
    keys,
    cover: most((p) => p.keys?.includes('cover') ?? false),
    ...featureOf(reference, most),
    description,
    describeAnyway: description === undefined && silent,
    constants,
    imageField,
    vocabulary: { tags: termsUsed(reference, 'tags'), categories: termsUsed(reference, 'categories') },
    basis: `${post.postPath} imitates ${where}: ${keys.length ? keys.join(', ') : 'none of subtitle, summary, categories, url, featured'}${description ? `; its introduction as ${description}, as they describe themselves` : silent ? '; its introduction as description and summary, since they have none and themes would take its first heading and paper' : ''}${Object.keys(constants).length ? `; their common ${Object.keys(constants).join(', ')}` : ''}${imageField ? `; the first image as ${imageField.key}` : ''}${leftOutOf(reference, most)}`
  }
}

/** Fields most neighbours have that the post does not take, named for the log: the action cannot know them. */
const UNKNOWABLE = ['weight', 'aliases', 'id', 'uuid', 'guid', 'series', 'lastmod', 'menu', 'translationkey', 'expirydate', 'publishdate']
function leftOutOf(reference: Page[], most: (has: (p: Page) => boolean) => boolean): string {
  const fields = UNKNOWABLE.filter((k) => most((p) => p.keys?.includes(k) ?? false))
  return fields.length ? `; left out their ${fields.join(', ')} (a post's own, which the action cannot know)` : ''
}

/**
 * Fields the action cannot know or writes itself: the post's own dates, names, places and order, its
 * description, images and taxonomies, and the seed layout's fields (those follow their own rules).
 */
const OWN_FIELDS = [
  ...['title', 'linktitle', 'date', 'lastmod', 'publishdate', 'expirydate', 'draft', 'slug', 'url', 'aliases', 'weight'],
  ...['id', 'uuid', 'guid', 'tags', 'categories', 'keywords', 'series', 'abstract', 'cover', 'header', 'resources'],
  ...['translationkey', 'type', 'layout', 'outputs', 'params', 'menu', 'menus', 'sitemap', 'build', 'cascade', 'markup'],
  ...['headless', 'iscjklanguage'],
  ...DESCRIPTION_KEYS,
  ...IMAGE_KEYS
]
const notImitated = (key: string): boolean => OWN_FIELDS.includes(key.toLowerCase()) || /^feature/i.test(key)

/** Fields most neighbours set, each to the one value every neighbour that sets it shares. */
function constantFields(reference: Page[], most: (has: (p: Page) => boolean) => boolean): Record<string, unknown> {
  // One post shows a blog's author, not its habits: from one, only the author is taken.
  const keys = [...new Set(reference.flatMap((p) => Object.keys(p.plain ?? {})))].filter(
    (k) => !notImitated(k) && (reference.length >= 2 || AUTHOR_KEYS.includes(k.toLowerCase()))
  )
  const constants: Record<string, unknown> = {}
  for (const key of keys) {
    const values = new Set(reference.map((p) => p.plain?.[key]).filter((v) => v !== undefined))
    if (values.size === 1 && most((p) => p.plain?.[key] !== undefined)) constants[key] = JSON.parse([...values][0]!)
  }
  // The flags every page bundle among them turns on (Clarity's usePageBundles: images beside the page):
  // the post is a bundle with its images beside it, so it needs them too.
  const bundles = reference.filter((p) => p.bundle)
  for (const key of new Set(bundles.flatMap((p) => Object.keys(p.plain ?? {}))))
    if (!notImitated(key) && bundles.every((p) => p.plain?.[key] === 'true')) constants[key] ??= true
  return constants
}

/** The feature image copy's name, and the resource entry that names it, as most neighbours have them. */
function featureOf(reference: Page[], most: (has: (p: Page) => boolean) => boolean): Pick<Conventions, 'featureImage' | 'featureResource'> {
  const featureResource = most((p) => p.featureResource !== undefined) ? mostCommon(reference.map((p) => p.featureResource)) : undefined
  const featureImage = most((p) => p.featureImage !== undefined) ? mostCommon(reference.map((p) => p.featureImage)) : featureResource
  return { featureImage, featureResource }
}

/** The value most of them have (the first of equals). */
function mostCommon(values: (string | undefined)[]): string | undefined {
  const counts = new Map<string, number>()
  for (const v of values) if (v !== undefined) counts.set(v, (counts.get(v) ?? 0) + 1)
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0]
}

/** The image field most neighbours fill with a file of their own bundle, and whether as a list. */
function imageFieldOf(reference: Page[], most: (has: (p: Page) => boolean) => boolean): Conventions['imageField'] {
  const keys = [...new Set(reference.flatMap((p) => Object.keys(p.imageFields ?? {})))]
  const key = keys.find((k) => most((p) => p.imageFields?.[k] !== undefined))
  return key ? { key, list: reference.some((p) => p.imageFields?.[key] === 'list') } : undefined
}

/** Every term the posts use in a taxonomy, once each (case aside), as first spelled. */
function termsUsed(reference: Page[], taxonomy: 'tags' | 'categories'): string[] {
  const seen = new Map<string, string>()
  for (const p of reference) for (const t of p.taxonomies?.[taxonomy] ?? []) if (!seen.has(t.toLowerCase())) seen.set(t.toLowerCase(), t)
  return [...seen.values()]
}

/** A field most neighbours fill with a description of their own (not one text shared by all of them). */
function descriptionKey(reference: Page[], most: (has: (p: Page) => boolean) => boolean): string | undefined {
  return DESCRIPTION_KEYS.find((key) => {
    const values = reference.map((p) => p.descriptions?.[key]).filter((v): v is string => v !== undefined)
    return most((p) => p.descriptions?.[key] !== undefined) && (values.length < 2 || new Set(values).size > 1)
  })
}
