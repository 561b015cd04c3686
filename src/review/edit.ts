// A review command's change to the post, as the files of one commit. Pure. The post's papers after the
// command are slots: a section kept as the maintainer left it (renumbered, its image renamed), or one
// written anew. Everything else of each post (front matter, introduction, the end, other papers' hand
// edits) stays byte for byte; images follow their papers, the removed ones go.
import { FEATURE_NAMES } from '../site/pages.js'
import path from 'node:path'
import type { FetchedImage } from '../hugo/images.js'
import type { PostEntry } from '../hugo/variables.js'
import type { RankedPaper } from '../paper.js'
import type { TreeChange } from '../github/review.js'
import { frontMatterEnd, joinPost, type PostSections, type PostShape, renumber } from './sections.js'

/** A paper written anew: its summaries, and its image (new bytes, or the old paper's image when the paper stays). */
export interface WrittenPaper {
  paper: RankedPaper
  summaries: Record<string, string>
  image?: FetchedImage
  /** The post's number of the paper whose image it keeps (a redo). */
  imageOf?: number
}

export type Slot = { kept: number } | { written: WrittenPaper }

export interface PostFile {
  language: string
  /** The post's path in the repository. */
  path: string
  sections: PostSections
  shape: PostShape
}

/** An image file in a bundle folder, as the branch holds it. */
export interface FolderFile {
  path: string
  sha: string
}

export interface EditInput {
  posts: PostFile[]
  /** The bundle folders and the files directly in them. */
  folders: { folder: string; files: FolderFile[] }[]
  /** The papers of the post now, in its order (number i is papers[i-1]). */
  papers: RankedPaper[]
  slots: Slot[]
  /** Renders paper `number`'s section anew for a language, from the entries of the post after the change. */
  renderSection: (language: string, entries: PostEntry[], number: number) => string
}

const IMAGE = /^paper_(\d+)\.([A-Za-z]{3,4})$/
/** The feature image copies the action writes (site/pages.ts FEATURE_NAMES), under whichever of the names it chose. */
const FEATURED = new RegExp(`^(${FEATURE_NAMES.join('|')})\\.[A-Za-z]{3,4}$`)

export function editPost(input: EditInput): TreeChange[] {
  const changes: TreeChange[] = []
  const imageSources = input.folders.map((f) => ({ ...f, images: imagesIn(f.files) }))
  const main = imageSources[0]?.images ?? imagesIn([])
  // The image each slot shows, as its name in the post after the change.
  const names = input.slots.map((slot, i) => {
    const ext =
      'kept' in slot
        ? main.get(slot.kept)?.ext
        : slot.written.image
          ? slot.written.image.ext
          : slot.written.imageOf
            ? main.get(slot.written.imageOf)?.ext
            : undefined
    return ext ? `paper_${i + 1}.${ext}` : undefined
  })
  const entries: PostEntry[] = input.slots.map((slot, i) => {
    const paper = 'kept' in slot ? (input.papers[slot.kept - 1] as RankedPaper) : slot.written.paper
    const name = names[i]
    return { paper, summary: '', image: name ? { name, bytes: Buffer.alloc(0) } : undefined }
  })
  const oldFirst = [...main.values()].sort((a, b) => a.n - b.n)[0]?.name
  const newFirst = names.find((n) => n !== undefined)

  for (const post of input.posts) {
    const sections = input.slots.map((slot, i) => {
      if ('kept' in slot) return renumber(post.sections.sections[slot.kept - 1] as string, slot.kept, i + 1, post.shape)
      const own = entries.map((e, k) => (k === i ? { ...e, summary: slot.written.summaries[post.language] ?? '' } : e))
      return input.renderSection(post.language, own, i + 1)
    })
    let head = post.sections.head
    if (oldFirst && newFirst && oldFirst !== newFirst) {
      // A cover named in the front matter follows the first image.
      const end = frontMatterEnd(head)
      head = head.slice(0, end).replaceAll(oldFirst, newFirst) + head.slice(end)
    }
    const markdown = joinPost({ head, sections, tail: post.sections.tail })
    changes.push({ path: post.path, content: Buffer.from(markdown, 'utf8') })
  }

  for (const source of imageSources) changes.push(...imageChanges(source, input.slots, names, newFirst))
  return changes
}

/** A bundle folder's images after the change: each slot's image under its new number, the featured copy of the first, the rest removed. */
function imageChanges(
  { folder, files, images }: { folder: string; files: FolderFile[]; images: ReturnType<typeof imagesIn> },
  slots: Slot[],
  names: (string | undefined)[],
  newFirst: string | undefined
): TreeChange[] {
  const changes: TreeChange[] = []
  const written = new Map<string, TreeChange>()
  slots.forEach((slot, i) => {
    const name = names[i]
    if (!name) return
    const target = `${folder}/${name}`
    const from = 'kept' in slot ? slot.kept : slot.written.imageOf
    const image = 'written' in slot ? slot.written.image : undefined
    const old = from === undefined ? undefined : images.get(from)
    if (image) written.set(target, { path: target, content: image.bytes })
    else if (old) written.set(target, { path: target, sha: old.sha })
  })
  const first = newFirst ? written.get(`${folder}/${newFirst}`) : undefined
  for (const featured of files.filter((f) => FEATURED.test(path.posix.basename(f.path)))) {
    if (!first) continue
    // The same name, the new first image's type.
    const name = path.posix.basename(featured.path, path.posix.extname(featured.path))
    const target = `${folder}/${name}${path.posix.extname(newFirst as string)}`
    written.set(target, 'content' in first ? { path: target, content: first.content } : { ...first, path: target })
    if (featured.path !== target) changes.push({ path: featured.path, remove: true })
  }
  for (const image of images.values()) {
    const p = `${folder}/${image.name}`
    const now = written.get(p)
    if (!now) changes.push({ path: p, remove: true })
    else if ('sha' in now && now.sha === image.sha) written.delete(p) // the same file where it was
  }
  return [...changes, ...written.values()]
}

function imagesIn(files: FolderFile[]): Map<number, { n: number; name: string; ext: string; sha: string }> {
  const images = new Map<number, { n: number; name: string; ext: string; sha: string }>()
  for (const f of files) {
    const name = path.posix.basename(f.path)
    const m = IMAGE.exec(name)
    if (m) images.set(Number(m[1]), { n: Number(m[1]), name, ext: m[2] as string, sha: f.sha })
  }
  return images
}
