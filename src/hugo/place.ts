// Where each language's post goes, decided once from the settings and the site. Pure.
//   one language                       → <output-path>/<bundle>/index.md
//   several, output-path with {lang}   → <output-path per language>/<bundle>/index.md, images in each
//                                        (Hugo's translation by content directory)
//   several, no {lang}                 → <output-path>/<bundle>/index.<lang>.md, images once
//                                        (Hugo's translation by file name)
// Either way the posts of one date share their bundle name, which links them as translations.
import path from 'node:path'
import { outputPathFor, type Settings } from '../settings.js'
import type { Site } from '../site/index.js'
import type { SummarizedPaper } from '../summarize/index.js'
import type { FetchedImage } from './images.js'
import { type BundleFile, type PostEntry, type PostOptions, renderBundle } from './post.js'
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
    const contentDir = site.config.languages.map((l) => l.contentDir).find((d) => sitePath.startsWith(`${d}/`))
    return {
      language,
      bundle,
      fileName,
      postPath: `${bundle.repoPath}/${fileName}`,
      pagePath: contentDir ? sitePath.slice(contentDir.length + 1) : sitePath
    }
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
  { templates, ...options }: Omit<PostOptions, 'language' | 'template'> & { templates?: Map<string, PostTemplate> }
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
    for (const f of renderBundle(entries, { ...options, language: post.language, template: templates?.get(post.language) })) {
      if (f.name === 'index.md') files.push({ ...f, name: post.fileName, bundle: post.bundle })
      else if (!withImages.has(post.bundle)) files.push({ ...f, bundle: post.bundle })
    }
    withImages.add(post.bundle)
  }
  return files
}
