// The pull-request body and the job summary: pure text builders over the run's results.
import { codeLink, paperLink } from './hugo/links.js'
import { inertCell, inertLink, inertText } from './github/inert.js'
import { clip } from './text.js'
import type { RankedPaper } from './paper.js'
import type { SourceReport } from './sources/index.js'
import { doubtWording } from './summarize/checks/index.js'
import { COMMAND_FORMS } from './review/commands.js'
import { RESERVES_KEPT, stateLine } from './body-state.js'
import { historyLine, movedLines } from './history/explain.js'
import type { RunReport } from './run-report.js'
/** GitHub rejects longer pull-request bodies. */
export const PR_BODY_LIMIT = 65_536

/** Longest piece of one untrusted text in the body (a title, a reason, a quoted sentence). */
const CELL_MAX = 300

/** Untrusted text for a Markdown table cell on GitHub: no markup, no mentions or references, no cell breaks, clipped. */
export const cellText = (text: string): string => inertCell(clip(text, CELL_MAX))

const titleLink = (p: RankedPaper): string => `[${cellText(p.title)}](${paperLink(p)})`

/** How many entries each list of the body shows at most; the rest are counted in a last line. */
export const LIST_LIMITS = { keptFiles: 50, links: 100, replaced: 30, doubts: 50 }

/** How many entries of each list a body shows; cut down, in this order, until the body fits. */
type Shown = { queries: number; links: number; keptFiles: number; replaced: number; doubts: number; papers: number; reserves: number }
const CUT_ORDER: (keyof Shown)[] = ['queries', 'links', 'keptFiles', 'replaced', 'reserves', 'doubts', 'papers']

/** The first `max` lines, then "… and N more" for the rest. */
export function listOf(lines: string[], max: number, what = 'more'): string[] {
  return lines.length <= max ? lines : [...lines.slice(0, max), `- … and ${lines.length - max} ${what}`]
}

/** The papers, with a column per language's status when the post has several (ok, or the numbers to check). */
function paperTable(r: RunReport, papers: RankedPaper[]): string {
  const languages = r.languages.length > 1 ? r.languages : []
  const heads = ['#', 'Title', 'Sources', 'Code', 'Upvotes', 'Citations', 'Score', ...(r.relevanceRan ? ['Relevance'] : []), ...languages]
  const aligns = ['---:', '---', '---', '---', '---:', '---:', '---:', ...(r.relevanceRan ? ['---'] : []), ...languages.map(() => '---')]
  const rows = papers.map((p, i) => {
    const cells = [
      String(i + 1),
      `[${cellText(p.title)}](${paperLink(p)})`,
      p.sources.join(', '),
      codeCell(p),
      String(p.upvotes ?? '–'),
      String(p.citations ?? '–'),
      String(p.score)
    ]
    if (r.relevanceRan) cells.push(p.relevance ? `${p.relevance.score}/10 ${cellText(p.relevance.reason)}` : '–')
    for (const language of languages) {
      const doubts = r.doubts.find((d) => d.paper === p)?.doubts.filter((d) => d.language === language) ?? []
      cells.push(doubts.length ? `check ${doubts.map((d) => cellText(d.number || 'terms')).join(', ')}` : 'ok')
    }
    return `| ${cells.join(' | ')} |`
  })
  return [`| ${heads.join(' | ')} |`, `|${aligns.join('|')}|`, ...rows].join('\n')
}

/** The paper's code repository (see hugo/links.ts), with its stars when Hugging Face gave them. */
function codeCell(p: RankedPaper): string {
  const code = codeLink(p)
  return code ? `[${cellText(code.name)}](${code.url})${code.stars === undefined ? '' : ` ★${code.stars}`}` : '–'
}

export function sourcesTable(sources: SourceReport[]): string {
  const rows = sources.map((s) => `| ${s.source} | ${s.status} | ${s.count} | ${s.reason ? cellText(s.reason) : ''} |`)
  return ['| Source | Status | Papers | Note |', '|---|---|---:|---|', ...rows].join('\n')
}

export function usageLine(r: RunReport): string {
  const u = r.usage
  const split = Object.entries(r.costByLanguage)
  const byLanguage =
    r.costKnown && split.length > 1
      ? ` (by language, shared by the length of each language's summaries: ${split.map(([l, c]) => `${l} ${c.toFixed(4)} USD`).join(', ')})`
      : ''
  const cost = r.costKnown ? `${u.costUsd.toFixed(4)} USD${byLanguage}` : 'unknown (no price for the model; see model-prices)'
  return `${u.calls} Claude calls: ${u.inputTokens} input tokens, ${u.outputTokens} output tokens, ${u.cacheCreationInputTokens} cache-write and ${u.cacheReadInputTokens} cache-read tokens; cost ${cost}.`
}

function sections(r: RunReport, shown: Shown, state: string | undefined): string {
  const out: string[] = []
  out.push(`## Paper survey for ${r.date}`)
  const posts = r.postPaths.map((p, i) => `\`${p}\`${r.languages.length > 1 ? ` (${r.languages[i]})` : ''}`).join(' and ')
  out.push(`This pull request adds ${posts} with ${r.papers.length} paper${r.papers.length === 1 ? '' : 's'}.`)
  if (r.otherDates.length)
    out.push(
      `The branch also holds the unmerged post${r.otherDates.length === 1 ? '' : 's'} for ${r.otherDates.join(', ')}, kept as they are.`
    )
  const fewer = fewerPapers(r)
  if (fewer) out.push(`> **Fewer papers than asked for:** ${fewer}`)
  if (r.detailsStyle === 'markdown') {
    out.push(
      '> The site has no `details` shortcode, so each abstract is written as plain Markdown under a bold label (it builds on every Hugo version). Add a `details` shortcode, or set details-style, to fold them.'
    )
  }
  let table = paperTable(r, r.papers.slice(0, shown.papers))
  if (shown.papers < r.papers.length)
    table += `\n\n_The table is cut to fit GitHub's body limit: ${r.papers.length - shown.papers} more papers are in the post._`
  out.push(table)
  const moved = movedLines(r.papers, r.reserves, r.requestedCount, titleLink)
  if (moved.length) out.push(`### Moved by the blog's history\n\n${moved.join('\n')}`)
  out.push(`### Sources\n\n${sourcesTable(r.sources)}`)
  out.push(`### Left out\n\n${leftOutLines(r)}`)
  if (r.keptFiles.length) {
    out.push(
      `### Files kept in the bundle folder\n\nThe action did not write these and left them as they are:\n\n${listOf(
        r.keptFiles.map((f) => `- \`${clip(f, CELL_MAX).replace(/`/g, '%60')}\``),
        shown.keptFiles
      ).join('\n')}`
    )
  }
  if (r.links.length)
    out.push(
      `### Links in the post\n\n${listOf(
        r.links.map((l) => `- ${inertLink(clip(l, 2000))}`),
        shown.links,
        'more links'
      ).join('\n')}`
    )
  if (r.replaced.length) {
    out.push(
      `### Replaced papers\n\n${listOf(
        r.replaced.map((x) => `- [${cellText(x.paper.title)}](${paperLink(x.paper)}): ${x.reasons.map(cellText).join('; ')}`),
        shown.replaced,
        'more papers'
      ).join('\n')}`
    )
  }
  if (r.reserves.length) out.push(reservesList(r, shown.reserves))
  out.push(`### Tokens and cost\n\n${usageLine(r)}`)
  out.push(reproducibility(r, shown.queries), reviewChecklist(r, shown.doubts), reviewCommands(state !== undefined))
  return `${out.join('\n\n')}\n`
}

/** The reserves in the order `/survey replace N` takes them. */
function reservesList(r: RunReport, shown: number): string {
  const lines = r.reserves.map((p, i) => `${i + 1}. [${cellText(p.title)}](${paperLink(p)}) (${p.sources.join(', ')}; score ${p.score})`)
  return `### Reserves\n\nThe next papers by rank, which \`/survey replace N\` takes in this order:\n\n${listOf(lines, shown, 'more').join('\n')}`
}

/** The commands a maintainer can type in a comment on this pull request (README, "Review from the pull request"). */
function reviewCommands(available: boolean): string {
  if (!available)
    return '### Review commands\n\nUnavailable on this pull request: what they need to keep in its body would not fit GitHub’s limit. Edit the post by hand.'
  return ['### Review commands', '', 'Comment on this pull request, one command a line:', '', ...COMMAND_FORMS.map((f) => `- ${f}`)].join(
    '\n'
  )
}

/** What a re-run needs to get the same post: date, window, model, prompt, version, and the queries sent. */
function reproducibility(r: RunReport, shownQueries: number): string {
  const queries = r.sources.flatMap((s) => s.queries.map((q) => `- ${s.source}: \`${q.replace(/`/g, '%60')}\``))
  const shown = queries.slice(0, shownQueries)
  if (shown.length < queries.length) shown.push(`- … ${queries.length - shown.length} more`)
  return [
    '### Reproducibility',
    '',
    `- Date: ${r.date} (time zone ${r.window.timezone})`,
    `- Window: ${r.window.days[0]} to ${r.window.days.at(-1)} (${r.window.start.toISOString()} to ${r.window.end.toISOString()})`,
    `- Model: ${r.model}${r.filterModel ? `; relevance filter: ${r.filterModel}` : ''}`,
    `- Prompt hash: ${r.promptHash}`,
    `- Action version: ${r.version}`,
    '',
    '<details><summary>Queries sent</summary>',
    '',
    ...shown,
    '',
    '</details>'
  ].join('\n')
}

function reviewChecklist(r: RunReport, shownDoubts: number): string {
  return [
    '### Review checklist',
    '',
    ...doubtLines(r, shownDoubts),
    '- [ ] Each summary reads well and says what its abstract says',
    '- [ ] Titles, authors, dates and links are right',
    '- [ ] The images fit their papers',
    '- [ ] The post builds and looks right (`hugo server`)'
  ].join('\n')
}

/**
 * The PR body, under GitHub's limit by construction: every untrusted text in it is clipped, every list
 * shows at most its LIST_LIMITS entries and a count of the rest, and while the body is still too long
 * the lists are halved in CUT_ORDER (queries, links, kept files, replaced papers, doubts, the table).
 */
export function pullRequestBody(r: RunReport): string {
  const shown: Shown = {
    queries: r.sources.reduce((n, s) => n + s.queries.length, 0),
    links: LIST_LIMITS.links,
    keptFiles: LIST_LIMITS.keptFiles,
    replaced: LIST_LIMITS.replaced,
    doubts: LIST_LIMITS.doubts,
    papers: r.papers.length,
    reserves: RESERVES_KEPT
  }
  // The state line comes last, for the review commands (review/state.ts); it counts against the limit.
  const state = stateLine(r)
  const bodyOf = (): string => sections(r, shown, state) + (state ? `\n${state}\n` : '')
  let body = bodyOf()
  for (const list of CUT_ORDER) {
    while (body.length > PR_BODY_LIMIT && shown[list] > 0) {
      shown[list] = Math.floor(shown[list] / 2)
      body = bodyOf()
    }
  }
  // With every list empty the body is a few thousand characters; this line never cuts, and holds the limit all the same.
  return body.length > PR_BODY_LIMIT ? `${body.slice(0, PR_BODY_LIMIT - 100)}\n\n_The rest is cut to fit GitHub's body limit._\n` : body
}

/** One checklist item per number a summary states and its abstract does not: the reviewer decides. */
function doubtLines(r: RunReport, shown: number): string[] {
  const lines = r.doubts.flatMap(({ paper, doubts }) =>
    doubts.map(
      (d) =>
        `- [ ] Paper ${r.papers.indexOf(paper) + 1}, [${cellText(paper.title)}](${paperLink(paper)}): the ${r.languages.length > 1 ? `${d.language} ` : ''}summary ${doubtWording(d, cellText)}: “${cellText(d.sentence)}”`
    )
  )
  return listOf(lines, shown, 'more doubts to check (see the warnings of the run)')
}

/** Why the post has fewer papers than `count`, or undefined when it has them all. */
function fewerPapers(r: RunReport): string | undefined {
  if (r.papers.length >= r.requestedCount) return undefined
  if (r.candidateCount < r.requestedCount && r.replaced.length === 0) {
    return `${r.papers.length} of ${r.requestedCount}: only ${r.candidateCount} new paper${r.candidateCount === 1 ? '' : 's'} passed selection.`
  }
  return `${r.papers.length} of ${r.requestedCount}: ${r.candidateCount} passed selection, and ${r.replaced.length} summar${r.replaced.length === 1 ? 'y' : 'ies'} failed the checks twice with no reserve left.`
}

function leftOutLines(r: RunReport): string {
  return [
    `- ${r.leftOut.published} already published on the blog`,
    `- ${r.leftOut.offTopic} off topic (keyword filter)`,
    `- ${r.leftOut.noAbstract} without an abstract long enough to summarize`,
    ...(r.relevanceRan ? [`- ${r.droppedByRelevance.length} under the relevance threshold`] : [])
  ].join('\n')
}

/** A fence longer than any run of backticks in the text, so the text cannot close it. */
const fenceFor = (text: string): string => '`'.repeat(Math.max(3, ...[...text.matchAll(/`+/g)].map((m) => m[0].length + 1)))

export function jobSummary(
  r: RunReport,
  pr?: { url: string; operation: string; kept?: string },
  notPushed: { path: string; markdown: string }[] = []
): string {
  const lines = [`## Paper survey for ${r.date}`, '']
  if (pr?.kept) {
    lines.push(`**Not pushed:** ${inertText(pr.kept)}`, '')
    for (const post of notPushed) {
      const fence = fenceFor(post.markdown)
      lines.push(`<details><summary>${post.path}</summary>`, '', `${fence}markdown`, post.markdown, fence, '', '</details>', '')
    }
  } else if (!r.written) lines.push(`No post was written: no new paper for ${r.date}.`, '')
  else
    lines.push(
      pr ? `Pull request: ${pr.url} (${pr.operation}); post \`${r.postPath}\`.` : `Post written to \`${r.postPath}\` (no pull request).`,
      ''
    )
  const fewer = r.written ? fewerPapers(r) : undefined
  if (fewer) lines.push(`**Fewer papers than asked for:** ${fewer}`, '')
  if (r.written) lines.push(paperTable(r, r.papers), '')
  if (r.history) {
    const moved = movedLines(r.papers, r.reserves, r.requestedCount, titleLink)
    lines.push('### Ranking', '', historyLine(r.history.read, r.history.strongest), '', ...(moved.length ? [...moved, ''] : []))
  }
  lines.push(
    '### Sources',
    '',
    sourcesTable(r.sources),
    '',
    '### Left out',
    '',
    leftOutLines(r),
    '',
    `**Tokens and cost:** ${usageLine(r)}`
  )
  if (r.proofNote) lines.push('', `**The action's commits:** ${inertText(r.proofNote)}`)
  if (r.replaced.length)
    lines.push(
      '',
      `**Replaced:** ${r.replaced.map((x) => `${cellText(x.paper.title)} (${x.reasons.map(cellText).join('; ')})`).join('; ')}`
    )
  return `${lines.join('\n')}\n`
}
