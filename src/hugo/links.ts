// Each paper's code repository and project page, as links a post may show. Both come from strangers
// (Hugging Face's githubRepo and projectPage, or the abstract's text), so only a GitHub repository
// address or an http(s) page survives, rebuilt here in a form that cannot leave a Markdown link. Pure.
import type { Candidate } from '../paper.js'
import { cleanText, inlineText } from './escape.js'

export interface PaperLinks {
  code?: { url: string; name: string; stars?: number }
  project?: { url: string; name: string }
}

const GITHUB_REPO = /^https?:\/\/(?:www\.)?github\.com\/([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))\/([A-Za-z0-9._-]{1,100})(?:[/?#]|$)/i
const IN_TEXT = /https?:\/\/(?:www\.)?github\.com\/[A-Za-z0-9][A-Za-z0-9-]{0,38}\/[A-Za-z0-9._-]{1,100}/gi
/** github.com paths that are GitHub's own pages, not an owner. */
const NOT_OWNERS = new Set(['orgs', 'topics', 'features', 'sponsors', 'marketplace', 'settings', 'apps', 'collections', 'search'])

/** https://github.com/<owner>/<repo>, rebuilt from its two names, or undefined. */
export function githubRepository(text: string | undefined): { url: string; name: string } | undefined {
  const m = GITHUB_REPO.exec(text?.trim() ?? '')
  if (!m || NOT_OWNERS.has(m[1]!.toLowerCase())) return undefined
  const repo = m[2]!.replace(/\.git$/i, '').replace(/\.+$/, '')
  if (repo === '' || repo === '.' || repo === '..') return undefined
  return { url: `https://github.com/${m[1]}/${repo}`, name: `${m[1]}/${repo}` }
}

/** The code link: Hugging Face's githubRepo with its stars, else the first GitHub repository the abstract names. Never a search. */
export function codeLink(p: Pick<Candidate, 'githubRepo' | 'githubStars' | 'abstract'>): PaperLinks['code'] {
  const given = githubRepository(p.githubRepo)
  if (given) return p.githubStars === undefined ? given : { ...given, stars: p.githubStars }
  for (const m of p.abstract.matchAll(IN_TEXT)) {
    const found = githubRepository(m[0])
    if (found) return found
  }
  return undefined
}

/** The project page: an http(s) address with a host, characters outside a plain URL percent-encoded. */
export function projectLink(p: Pick<Candidate, 'projectPage'>): PaperLinks['project'] {
  let url: URL
  try {
    url = new URL(p.projectPage?.trim() ?? '')
  } catch {
    return undefined
  }
  if ((url.protocol !== 'https:' && url.protocol !== 'http:') || url.username || url.password || !url.hostname.includes('.'))
    return undefined
  const href = linkTarget(url.href)
  const name = `${url.host}${url.pathname === '/' ? '' : url.pathname.replace(/\/$/, '')}`
  return { url: href, name: inlineText(decodeURIComponentSafe(name)) }
}

export function paperLinks(p: Candidate): PaperLinks {
  return { code: codeLink(p), project: projectLink(p) }
}

/** A URL that stays one Markdown link destination: no parentheses, brackets, braces, quotes, spaces or angle brackets. */
export function linkTarget(href: string): string {
  return href.replace(/[^A-Za-z0-9\-._~:/?#@!$&*+,;=%]/g, (c) =>
    [...new TextEncoder().encode(c)].map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join('')
  )
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text)
  } catch {
    return text
  }
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
