// Where each paper's section is in a post as it stands on the branch, hand edits and all, so a review
// command changes only the sections it names. Pure. The template tells the shape: rendered part by part
// (hugo/template.ts renderParts), each paper's part begins with a line of fixed text (`## ` in the
// built-in layout); the lines that begin so, less those of the text before and after the loop, are the
// papers' first lines, in order. Model and paper text cannot begin such a line: it is escaped at a
// line start (hugo/escape.ts). A maintainer's own line of that shape makes the count disagree, and the
// command is refused rather than guessed.
import type { RenderedParts } from '../hugo/template.js'
import { escapeRegExp } from '../text.js'

/** A command that cannot be carried out, with what to do; `badCommand` when the comment itself is at fault (the reply lists the forms). */
export class ReviewError extends Error {
  constructor(
    message: string,
    readonly badCommand = false
  ) {
    super(message)
  }
}

/** A command whose commit is on the branch but whose later step failed: what landed, and what did not. */
export class LandedError extends Error {
  constructor(
    message: string,
    readonly landed: { commit: string; changes: string[]; behind: string }
  ) {
    super(message)
  }
}

export interface PostShape {
  /** The fixed text every paper's first line begins with, as the maintainer reads it (`## `, `N. **[`). */
  anchorStart: string
  /** How a paper's first line begins: that text, with any number where the template puts the paper's. */
  anchor: RegExp
  /** What comes before that line in a paper's part (blank lines). */
  lead: string
  /** Lines the anchor matches in the text before the loop, and after it. */
  anchorsBefore: number
  anchorsAfter: number
  /** The text after the loop, as rendered. */
  suffix: string
  /** The first line's text before the paper's number, when it shows the number. */
  numberBefore?: string
}

/** The post cut into its parts: head (front matter, introduction) + sections + tail is the post. */
export interface PostSections {
  head: string
  sections: string[]
  tail: string
}

/** A number no paper has, to find where the first line shows it. */
export const NUMBER_PROBE = 987_654

/**
 * The shape, from a sample post of two or more papers whose first paper is rendered again numbered
 * NUMBER_PROBE. Undefined with the reason when the template's papers do not begin with fixed text.
 */
export function shapeOf(sample: RenderedParts, probeBlock: string): PostShape | { unsupported: string } {
  const [a, b] = sample.blocks
  if (a === undefined || b === undefined) return { unsupported: 'the sample post has fewer than two papers' }
  const firstA = firstLine(a)
  const firstB = firstLine(b)
  const probe = firstLine(probeBlock).line
  const at = probe.indexOf(String(NUMBER_PROBE))
  const numberBefore = at >= 0 && firstA.line.startsWith(`${probe.slice(0, at)}1`) ? probe.slice(0, at) : undefined
  // Where the line shows the number (`## 1. Title`, an ordered list `1. **[Title]`), the fixed text goes on after it.
  const afterNumber =
    numberBefore === undefined ? '' : commonStart(probe.slice(at + String(NUMBER_PROBE).length), firstB.line.slice(numberBefore.length + 1))
  const fixed = numberBefore === undefined ? commonStart(firstA.line, firstB.line) : `${numberBefore}${afterNumber}`
  if (!fixed.trim())
    return {
      unsupported:
        'each paper’s part of the template must begin with a line of fixed text, such as a heading `## {{ paper.number }}. {{ paper.title }}`'
    }
  const anchor = new RegExp(
    numberBefore === undefined ? `^${escapeRegExp(fixed)}` : `^${escapeRegExp(numberBefore)}\\d+${escapeRegExp(afterNumber)}`
  )
  return {
    anchorStart: numberBefore === undefined ? fixed : `${numberBefore}N${afterNumber}`,
    anchor,
    lead: a.slice(0, firstA.at),
    anchorsBefore: countStarts(sample.prefix, anchor),
    anchorsAfter: countStarts(sample.suffix, anchor),
    suffix: sample.suffix,
    numberBefore
  }
}

export function splitPost(markdown: string, shape: PostShape, file: string): PostSections {
  const bodyStart = frontMatterEnd(markdown)
  const starts = lineStarts(markdown, bodyStart).filter((at) => shape.anchor.test(lineAt(markdown, at)))
  const anchors = starts.slice(shape.anchorsBefore, starts.length - shape.anchorsAfter)
  if (anchors.length === 0)
    throw new ReviewError(`${file} has no paper section (no line beginning with "${shape.anchorStart}" where the template puts one).`)
  const sectionStart = (at: number): number =>
    shape.lead && markdown.slice(at - shape.lead.length, at) === shape.lead ? at - shape.lead.length : at
  const end = tailStart(markdown, shape, anchors.at(-1) as number)
  if (end === undefined)
    throw new ReviewError(
      `${file}: the end of the last paper could not be found (the line "${firstLine(shape.suffix).line}" after it, as the template writes it). Put that line back, or edit the post by hand.`
    )
  const bounds = [...anchors.map(sectionStart), end]
  return {
    head: markdown.slice(0, bounds[0]),
    sections: anchors.map((_, i) => markdown.slice(bounds[i], bounds[i + 1])),
    tail: markdown.slice(end)
  }
}

export const joinPost = (post: PostSections): string => post.head + post.sections.join('') + post.tail

/** A section of paper `from` as paper `to`: its first line's number and its own image's name (paper_<from>.<ext>). */
export function renumber(section: string, from: number, to: number, shape: PostShape): string {
  if (from === to) return section
  let text = section.replace(new RegExp(`(?<![\\w./-])paper_${from}(\\.[A-Za-z]{3,4})(?![\\w])`, 'g'), `paper_${to}$1`)
  const { numberBefore } = shape
  if (numberBefore !== undefined) {
    const first = firstLine(text)
    const numbered = `${numberBefore}${from}`
    if (first.line.startsWith(numbered) && !/^\d/.test(first.line.slice(numbered.length)))
      text = `${text.slice(0, first.at)}${numberBefore}${to}${text.slice(first.at + numbered.length)}`
  }
  return text
}

/** Where the text after the loop begins: its first line, last found after the last paper's first line. */
function tailStart(markdown: string, shape: PostShape, lastAnchor: number): number | undefined {
  const { suffix } = shape
  if (!suffix.trim()) return markdown.endsWith(suffix) ? markdown.length - suffix.length : markdown.length
  const { line, at } = firstLine(suffix)
  const lead = suffix.slice(0, at)
  const found = lineStarts(markdown, lastAnchor + 1).filter((s) => lineAt(markdown, s).trimEnd() === line.trimEnd())
  const start = found.at(-1)
  if (start === undefined) return undefined
  return lead && markdown.slice(start - lead.length, start) === lead ? start - lead.length : start
}

export function frontMatterEnd(markdown: string): number {
  for (const fence of ['---', '+++']) {
    if (!markdown.startsWith(`${fence}\n`)) continue
    const close = markdown.indexOf(`\n${fence}\n`, fence.length)
    if (close >= 0) return close + fence.length + 2
  }
  return 0
}

/** Offsets of every line start from `from` on, outside fenced code. */
function lineStarts(text: string, from: number): number[] {
  const starts: number[] = []
  let fenced = false
  for (let at = from; at < text.length;) {
    const next = text.indexOf('\n', at)
    const line = text.slice(at, next < 0 ? text.length : next)
    if (/^(```|~~~)/.test(line)) fenced = !fenced
    else if (!fenced) starts.push(at)
    if (next < 0) break
    at = next + 1
  }
  return starts
}

const lineAt = (text: string, at: number): string => {
  const end = text.indexOf('\n', at)
  return text.slice(at, end < 0 ? text.length : end)
}

/** The first line that is not blank, and where it begins. */
function firstLine(text: string): { line: string; at: number } {
  const m = /^(?:[ \t]*\n)*/.exec(text)
  const at = m ? m[0].length : 0
  return { line: lineAt(text, at), at }
}

const countStarts = (text: string, anchor: RegExp): number => lineStarts(text, 0).filter((at) => anchor.test(lineAt(text, at))).length

function commonStart(a: string, b: string): string {
  let i = 0
  while (i < a.length && a[i] === b[i]) i++
  return a.slice(0, i)
}
