// Where a paper enters the run: its text made visible (see ../text.ts) and its fields held to limits,
// so a 1 MB title or 10,000 authors never reach the prompt, the post or the pull request whole.
import type { Candidate } from '../paper.js'
import { clip, visibleText } from '../text.js'

/** The limits, in characters (authors: how many). Real papers stay far below them: see docs/guarantees.md. */
export const FIELD_LIMITS = { title: 1000, abstract: 10_000, author: 200, authors: 100, keyword: 100, keywords: 50, url: 2000 }

/** The candidate with clean, capped fields, and a warning for each field that had to be cut. */
export function admitCandidate(c: Candidate): { candidate: Candidate; cuts: string[] } {
  const cuts: string[] = []
  const text = (field: string, value: string, max: number): string => {
    const visible = visibleText(value)
    if (visible.length > max) cuts.push(`${field} of ${visible.length.toLocaleString('en')} characters cut to ${max.toLocaleString('en')}`)
    return clip(visible, max)
  }
  const title = text('title', c.title, FIELD_LIMITS.title)
  const authors = c.authors.map((a, i) => text(`author ${i + 1}`, a, FIELD_LIMITS.author)).filter(Boolean)
  if (authors.length > FIELD_LIMITS.authors) cuts.push(`${authors.length} authors cut to the first ${FIELD_LIMITS.authors}`)
  const candidate: Candidate = {
    ...c,
    title,
    authors: authors.slice(0, FIELD_LIMITS.authors),
    abstract: text('abstract', c.abstract, FIELD_LIMITS.abstract),
    keywords: c.keywords?.slice(0, FIELD_LIMITS.keywords).map((k) => clip(visibleText(k), FIELD_LIMITS.keyword)),
    githubRepo: c.githubRepo === undefined ? undefined : visibleText(c.githubRepo).slice(0, FIELD_LIMITS.url),
    projectPage: c.projectPage === undefined ? undefined : visibleText(c.projectPage).slice(0, FIELD_LIMITS.url),
    thumbnailUrl: c.thumbnailUrl === undefined ? undefined : visibleText(c.thumbnailUrl).slice(0, FIELD_LIMITS.url)
  }
  const shownTitle = clip(candidate.title.replace(/\s+/g, ' '), 80)
  return { candidate, cuts: cuts.length ? [`Paper "${shownTitle}" (${c.key}): ${cuts.join('; ')}.`] : [] }
}
