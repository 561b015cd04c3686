// The action's reply to a review command, one comment: what changed, the Claude calls and their cost,
// what the reviewer should check. Pure. Paper titles are untrusted: no mention, reference or markup.
import { inertText } from '../github/inert.js'
import { doubtWording } from '../summarize/checks/index.js'
import type { LanguageDoubt } from '../summarize/index.js'
import { clip } from '../text.js'
import { COMMAND_FORMS } from './commands.js'

export interface Change {
  kind: 'dropped' | 'replaced' | 'rewritten' | 'added'
  /** The paper's number before the command (dropped, replaced, rewritten) or after it (added). */
  number: number
  title: string
  /** The paper put in its place (replaced). */
  by?: string
}

const title = (t: string): string => `“${inertText(clip(t, 200))}”`

/** One change in words, with the papers' titles: a line of the reply and of the log. */
export function changeLine(c: Change): string {
  if (c.kind === 'dropped') return `Dropped paper ${c.number}, ${title(c.title)}`
  if (c.kind === 'replaced') return `Replaced paper ${c.number}, ${title(c.title)}, by ${title(c.by ?? '')}`
  if (c.kind === 'rewritten') return `Wrote the summary of paper ${c.number}, ${title(c.title)}, again`
  return `Added ${title(c.title)} as paper ${c.number}`
}

export function doneReply(
  commit: string,
  changes: Change[],
  cost: { calls: number; costUsd?: number },
  doubts: { number: number; title: string; doubts: LanguageDoubt[] }[]
): string {
  const lines = [`Done in ${commit.slice(0, 7)}:`, '']
  for (const c of changes) lines.push(`- ${changeLine(c)}`)
  if (changes.some((c) => c.kind === 'dropped' || c.kind === 'added'))
    lines.push('', 'The papers after it are renumbered, with their images.')
  const usd = cost.costUsd === undefined ? 'cost unknown (no price for the model)' : `${cost.costUsd.toFixed(4)} USD`
  lines.push('', `Claude: ${cost.calls} call${cost.calls === 1 ? '' : 's'}, ${usd}.`)
  for (const d of doubts)
    for (const x of d.doubts)
      lines.push(`- [ ] Check paper ${d.number}, ${title(d.title)}: its summary ${doubtWording(x, (n) => inertText(clip(n, 60)))}.`)
  return `${lines.join('\n')}\n`
}

export const helpReply = (): string =>
  `The review commands, one a line in a comment on this pull request:\n\n${COMMAND_FORMS.map((f) => `- ${f}`).join('\n')}\n\nNumbers are the post's as it is now. Several commands in one comment make one commit.\n`

export const badCommandReply = (problem: string): string =>
  `Nothing was changed: ${inertText(problem)}.\n\nThe accepted forms:\n\n${COMMAND_FORMS.map((f) => `- ${f}`).join('\n')}\n`

/** The login whole (a bot's `[bot]` included) and inert: it names the commenter without notifying anyone. */
export const refusedReply = (login: string, role: string): string =>
  `Nothing was changed: the review commands take write, maintain or admin permission on this repository, and ${inertText(`@${login}`)} has ${role === 'none' ? 'none' : inertText(role)}.\n`

/** The body was behind the post on the branch: brought in line, the command not applied, the numbers as they are. */
export function syncedReply(listed: number, titles: string[]): string {
  return [
    `Nothing was changed on the branch: this pull request's body listed ${listed} papers, but the post on the branch holds ${titles.length} (a command whose body update failed, or an edit by hand, left it so). The body is brought up to date now, and the command was not applied, since its numbers may have meant other papers. The papers are now:`,
    '',
    ...titles.map((t, i) => `${i + 1}. ${title(t)}`),
    '',
    'Comment the command again with these numbers.',
    ''
  ].join('\n')
}

/** A command whose commit landed but whose next step failed: what is on the branch, and what is behind. */
export function landedReply(commit: string, changes: string[], problem: string, behind: string): string {
  return [
    `Done in ${commit.slice(0, 7)} on the branch:`,
    '',
    ...changes.map((c) => `- ${c}`),
    '',
    `But ${inertText(clip(problem, 2000))}, so ${behind}`,
    ''
  ].join('\n')
}

export const failedReply = (message: string): string => `The command failed and nothing was changed: ${inertText(clip(message, 2000))}\n`
