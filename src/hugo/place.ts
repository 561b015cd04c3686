// Where each language's post goes, decided once from the settings and the site. Pure.
//   one language                       → <output-path>/<bundle>/index.md
//   several, output-path with {lang}   → <output-path per language>/<bundle>/index.md, images in each
//                                        (Hugo's translation by content directory)
//   several, no {lang}                 → <output-path>/<bundle>/index.<lang>.md, images once
//                                        (Hugo's translation by file name)
// Either way the posts of one date share their bundle name, which links them as translations.
import path from 'node:path'
import { outputPathFor, type Settings } from '../settings.js'
import { type BuiltPage, builtAs, builtFolders } from '../site/builds.js'
import { postSections, type Site, SiteError } from '../site/index.js'
import type { SummarizedPaper } from '../summarize/index.js'
import type { FetchedImage } from './images.js'
import { type BundleFile, type PostEntry, type PostOptions, renderBundle } from './post.js'
import type { Conventions } from '../site/conventions.js'
import type { PostTemplate } from './template.js'

export interface Bundle {
  /** The folder in the workspace. */
  dir: string
  /** The folder relative to the repository root, as GitHub names it. */
  repoPath: string
  /** The folder relative to the site. */
  sitePath: string
}

export interface LanguagePost {
  language: string
  bundle: Bundle
  /** index.md, or index.<lang>.md when the languages share a bundle. */
  fileName: string
  /** The post's path in the repository. */
  postPath: string
  /** The post's page path inside its content folder, as Hugo sees it. */
  pagePath: string
  /** How Hugo builds the post; undefined when no language of the site builds it (refused in prepare). */
  builtAs?: BuiltPage
}

export interface PostPlan {
  posts: LanguagePost[]
  /** Every bundle folder, once. */
  bundles: Bundle[]
  /** Whether every language's bundle gets its own copy of the images. */
  imagesPerBundle: boolean
}

export function planPosts(
  settings: Pick<Settings, 'languages' | 'outputPath' | 'bundleName' | 'sitePath'>,
  site: Pick<Site, 'dir' | 'config'>
): PostPlan {
  const byDirectory = settings.outputPath.includes('{lang}')
  const several = settings.languages.length > 1
  const bundles = new Map<string, Bundle>()
  const posts = settings.languages.map((language) => {
    const sitePath = `${outputPathFor(settings, language)}/${settings.bundleName}`
    const bundle = bundles.get(sitePath) ?? {
      dir: path.join(site.dir, sitePath),
      repoPath: settings.sitePath === '.' ? sitePath : `${settings.sitePath}/${sitePath}`,
      sitePath
    }
    bundles.set(sitePath, bundle)
    const fileName = several && !byDirectory ? `index.${language}.md` : 'index.md'
    const built = builtAs(site.config, `${sitePath}/${fileName}`)
    return { language, bundle, fileName, postPath: `${bundle.repoPath}/${fileName}`, pagePath: built?.pagePath ?? sitePath, builtAs: built }
  })
  return { posts, bundles: [...bundles.values()], imagesPerBundle: byDirectory }
}

/** A file to write, with the bundle it belongs to. */
export interface PlacedFile extends BundleFile {
  bundle: Bundle
}

/**
 * Every file of the date: each language's post, rendered from the same papers with its own summaries
 * and labels, and the images (paper_<N> by the paper's place in the post) in each bundle that needs them.
 */
export function renderPosts(
  plan: PostPlan,
  papers: Pick<SummarizedPaper, 'paper' | 'summaries'>[],
  images: (FetchedImage | undefined)[],
  {
    templates,
    conventions,
    ...options
  }: Omit<PostOptions, 'language' | 'template' | 'conventions'> & {
    templates?: Map<string, PostTemplate>
    conventions?: Map<string, Conventions>
  }
): PlacedFile[] {
  const files: PlacedFile[] = []
  const withImages = new Set<Bundle>()
  for (const post of plan.posts) {
    const entries: PostEntry[] = papers.map((s, i) => {
      const image = images[i]
      return {
        paper: s.paper,
        summary: s.summaries[post.language] as string,
        image: image ? { name: `paper_${i + 1}.${image.ext}`, bytes: image.bytes } : undefined
      }
    })
    const own = conventions?.get(post.language)
    const rendered = renderBundle(entries, {
      ...options,
      language: post.language,
      template: templates?.get(post.language),
      conventions: own
    })
    for (const f of rendered) {
      if (f.name === 'index.md') files.push({ ...f, name: post.fileName, bundle: post.bundle })
      else if (!withImages.has(post.bundle)) files.push({ ...f, bundle: post.bundle })
    }
    // Themes that show a bundle's featured* image as the post's cover get the first paper's image.
    const first = entries.find((e) => e.image)?.image
    if (own?.featureImage && first && !withImages.has(post.bundle))
      files.push({ name: `${own.featureImage}.${first.name.split('.').pop()}`, content: first.bytes, bundle: post.bundle })
    withImages.add(post.bundle)
  }
  return files
}

/**
 * Refuses, before any paid call, a post Hugo would not build (outside every folder its language reads)
 * or would build as another language (a {lang} folder on a site that translates by file name), naming
 * the folders that are built and the output-path that works.
 */
export function refuseUnbuilt(plan: PostPlan, site: Pick<Site, 'config' | 'dir'>, outputPath: string): void {
  const { config } = site
  if (plan.posts.length > 1 && !config.declaresLanguages) {
    throw new SiteError(
      `language asks for ${plan.posts.map((p) => p.language).join(', ')}, but the site's config (${config.files.join(', ')}) declares no languages, so Hugo builds one. Declare them (a languages table) or set language to one. Nothing was asked of any service.`
    )
  }
  const declared = (code: string): boolean => config.languages.some((l) => l.code.toLowerCase() === code.toLowerCase())
  for (const post of plan.posts) {
    const built = post.builtAs
    if (!built) {
      throw new SiteError(
        `The ${post.language} post would be ${post.postPath}, which Hugo does not build: this site builds its pages from ${builtFolders(config)}. Set output-path to a section there${suggestion(site, post.language)}. Nothing was asked of any service.`
      )
    }
    // A language the site does not declare is a warning of its own (siteWarnings).
    if (config.declaresLanguages && declared(post.language) && built.language.toLowerCase() !== post.language.toLowerCase()) {
      const shared = outputPath.replace(/\/?\{lang\}/g, '') || 'content/posts'
      throw new SiteError(
        `Hugo would build ${post.postPath} as a ${built.language} page, not ${post.language}: the site's languages share ${built.contentDir} and tell translations apart by file name. Set output-path: ${shared} (without {lang}): the languages then share one bundle, as index.${config.languages[0]?.code ?? 'ja'}.md and index.${config.languages[1]?.code ?? 'en'}.md. Nothing was asked of any service.`
      )
    }
  }
  const seen = new Map<string, string>()
  for (const post of plan.posts) {
    const key = `${post.builtAs?.language}:${post.pagePath}`
    const other = seen.get(key)
    if (other)
      throw new SiteError(
        `${other} and ${post.postPath} would be one page with one URL; Hugo would build only one. Nothing was asked of any service.`
      )
    seen.set(key, post.postPath)
  }
}

/**
 * ", such as content/{lang}/blog": where the site's own posts of that language live (its fullest
 * section), as a {lang} path when every language keeps that section in a folder named by its code.
 */
function suggestion(site: Pick<Site, 'config' | 'dir'>, language: string): string {
  const { config } = site
  const own = config.languages.find((l) => l.code.toLowerCase() === language.toLowerCase()) ?? config.languages[0]
  const dir = own?.contentDirs[0]
  if (!dir) return ''
  const section = postSections(site, [dir])[0]?.section.slice(dir.length + 1)
  if (!section) return `, such as ${dir}/posts (for every language at once, a path with {lang} where each language has its own folder)`
  const perLanguage = config.languages.length > 1 && config.languages.every((l) => l.contentDirs[0]?.split('/').at(-1) === l.code)
  if (!perLanguage) return `, such as ${dir}/${section} (where this site's posts live)`
  return `, such as ${dir.slice(0, dir.lastIndexOf('/') + 1)}{lang}/${section} (where this site's posts live: ${dir}/${section} for ${own!.code})`
}
