// One image per paper, fetched concurrently with the summaries: the first figure of the paper's
// arXiv HTML page, or the Hugging Face thumbnail. The type is read from the first bytes and the size
// the header declares is held to a limit (a small file can declare 50,000 × 50,000 pixels, and a
// theme's resize hook would then need gigabytes to build the site); an image that cannot be had, or is
// over the limit, gives way to the next candidate or leaves the paper without one, never a broken link.
import { imageSize } from 'image-size'
import type { Http } from '../http.js'
import type { Candidate } from '../paper.js'
import type { ImageMode } from '../settings.js'

export const IMAGE_MAX_BYTES = 2 * 1024 * 1024
const PAGE_MAX_BYTES = 8 * 1024 * 1024
/** Largest image the post takes: 40 megapixels, and 12,000 pixels a side (a 300 dpi A0 poster is 9,933 × 14,043). */
export const IMAGE_MAX_PIXELS = 40_000_000
export const IMAGE_MAX_SIDE = 12_000

/** Why an image's declared size is refused, or undefined when it fits. */
export function imageSizeProblem(bytes: Buffer): string | undefined {
  let size: { width?: number; height?: number }
  try {
    size = imageSize(bytes)
  } catch {
    return 'its header does not say its size'
  }
  const { width = 0, height = 0 } = size
  if (width < 1 || height < 1) return 'its header does not say its size'
  if (width > IMAGE_MAX_SIDE || height > IMAGE_MAX_SIDE || width * height > IMAGE_MAX_PIXELS) {
    return `it declares ${width} × ${height} pixels, over the limit of ${IMAGE_MAX_PIXELS / 1e6} megapixels and ${IMAGE_MAX_SIDE.toLocaleString('en')} pixels a side`
  }
  return undefined
}

export interface PostImage {
  /** File name inside the bundle, paper_<N>.<ext>. */
  name: string
  bytes: Buffer
}

export interface FetchedImage {
  bytes: Buffer
  ext: string
}

export function sniffImageType(bytes: Buffer): string | undefined {
  if (bytes.length >= 8 && bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'png'
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpg'
  if (bytes.length >= 6 && /^GIF8[79]a$/.test(bytes.subarray(0, 6).toString('latin1'))) return 'gif'
  if (bytes.length >= 12 && bytes.subarray(0, 4).toString('latin1') === 'RIFF' && bytes.subarray(8, 12).toString('latin1') === 'WEBP')
    return 'webp'
  return undefined
}

export function thumbnailUrl(p: Candidate): string | undefined {
  if (p.thumbnailUrl && /^https?:\/\//.test(p.thumbnailUrl)) return p.thumbnailUrl
  return p.arxivId ? `https://cdn-thumbnails.huggingface.co/social-thumbnails/papers/${p.arxivId}.png` : undefined
}

/** The src of the first <img> inside the first <figure> of an arXiv HTML page, made absolute. */
export function firstFigureUrl(html: string, pageUrl: string): string | undefined {
  const figure = /<figure\b[\s\S]*?<\/figure>/i.exec(html)?.[0]
  const src = figure && /<img\b[^>]*?\bsrc\s*=\s*["']([^"']+)["']/i.exec(figure)?.[1]
  if (!src) return undefined
  const baseHref = /<base\b[^>]*?\bhref\s*=\s*["']([^"']+)["']/i.exec(html)?.[1]
  // arXiv's pages name figures relative to the versioned folder, e.g. x1.png under /html/<id>v1/.
  const pageBase = pageUrl.endsWith('/') ? pageUrl : `${pageUrl}/`
  try {
    const url = new URL(src.replace(/&amp;/g, '&'), baseHref ? new URL(baseHref, pageBase) : pageBase)
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.toString() : undefined
  } catch {
    return undefined
  }
}

async function download(http: Http, url: string): Promise<FetchedImage> {
  const res = await http.request(url, { maxBytes: IMAGE_MAX_BYTES })
  if (res.status !== 200) throw new Error(`HTTP ${res.status} from ${url}`)
  const ext = sniffImageType(res.body)
  if (!ext) throw new Error(`${url} is not a PNG, JPEG, WebP or GIF image`)
  const problem = imageSizeProblem(res.body)
  if (problem) throw new Error(`${url} was refused: ${problem}`)
  return { bytes: res.body, ext }
}

export async function fetchPaperImage(
  http: Http,
  paper: Candidate,
  mode: ImageMode,
  arxivHtmlUrl: string
): Promise<{ image?: FetchedImage; problems: string[] }> {
  const problems: string[] = []
  if (mode === 'none') return { problems }
  if (mode === 'figure' && paper.arxivId) {
    const pageUrl = `${arxivHtmlUrl}/${paper.arxivId}`
    try {
      const page = await http.request(pageUrl, { maxBytes: PAGE_MAX_BYTES })
      if (page.status !== 200) throw new Error(`HTTP ${page.status} from ${pageUrl}`)
      const figure = firstFigureUrl(page.text(), page.url)
      if (!figure) throw new Error(`no figure on ${pageUrl}`)
      return { image: await download(http, figure), problems }
    } catch (error) {
      problems.push((error as Error).message)
    }
  }
  const thumb = thumbnailUrl(paper)
  if (!thumb) return { problems: [...problems, 'no thumbnail address'] }
  try {
    return { image: await download(http, thumb), problems }
  } catch (error) {
    return { problems: [...problems, (error as Error).message] }
  }
}
