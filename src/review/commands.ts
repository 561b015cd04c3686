// The review commands a maintainer types in a comment on the survey's pull request, read into data.
// Pure. Every line of the comment's own text that starts with /survey is a command; other lines are
// the maintainer's words to their colleagues, and a command shown in a code block or quoted from
// someone else is text, not a command. Nothing here runs: the text never reaches a shell or the post.
import { normalizeArxivId } from '../paper.js'

export type Command =
  | { verb: 'drop'; numbers: number[] }
  | { verb: 'replace'; number: number; arxivId?: string }
  | { verb: 'redo'; number: number; note?: string }
  | { verb: 'add'; arxivId: string }
  | { verb: 'help' }

/** What a comment asks: its commands, or why it cannot be read (the reply names the accepted forms). */
export type Parsed = { commands: Command[] } | { error: string }

export const PREFIX = '/survey'

/** The longest note `redo` passes on to the model. */
export const NOTE_MAX = 500
/** Commands one comment may hold: one commit, a bounded number of Claude calls. */
export const COMMANDS_MAX = 10

export const COMMAND_FORMS = [
  '`/survey drop N[, N…]`: leave out papers N… (no Claude call); the rest are renumbered',
  '`/survey replace N [arXiv id]`: put the next unused reserve (or the given arXiv paper) in place of paper N',
  '`/survey redo N [note]`: write paper N’s summary again; the note is passed to the model as the reviewer’s request',
  '`/survey add <arXiv id>`: add the paper at the end of the post',
  '`/survey help`: list these commands'
]

/** Whether a comment is meant for the action: its first line starts with /survey. */
export const isCommandComment = (body: string): boolean =>
  new RegExp(`^${PREFIX}(\\s|$)`).test(
    body
      .replace(/^\uFEFF/, '')
      .split(/\r?\n/)[0]
      ?.trimStart() ?? ''
  )

/**
 * The comment's own text lines, as Markdown shows them: not the lines of a fenced code block (``` or
 * ~~~, closed by a fence at least as long), not indented code (4 columns or more), not quotes (>).
 */
export function ownTextLines(body: string): string[] {
  const own: string[] = []
  let fence: string | undefined
  for (const line of body.replace(/^\uFEFF/, '').split(/\r?\n/)) {
    const opener = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1]
    if (fence) {
      if (opener && opener[0] === fence[0] && opener.length >= fence.length && line.trim() === opener) fence = undefined
      continue
    }
    if (opener) fence = opener
    else if (!/^( {4}|\t)/.test(line) && !/^ {0,3}>/.test(line)) own.push(line.trim())
  }
  return own
}

export function parseCommands(body: string): Parsed {
  const lines = ownTextLines(body).filter((l) => new RegExp(`^${PREFIX}(\\s|$)`).test(l))
  if (lines.length > COMMANDS_MAX) return { error: `one comment holds at most ${COMMANDS_MAX} commands (this one has ${lines.length})` }
  const commands: Command[] = []
  for (const line of lines) {
    const parsed = parseLine(line.slice(PREFIX.length).trim())
    if ('error' in parsed) return { error: `\`${clipCode(line)}\`: ${parsed.error}` }
    commands.push(parsed)
  }
  if (commands.length === 0) return { commands: [{ verb: 'help' }] }
  if (commands.some((c) => c.verb === 'help')) return { commands: [{ verb: 'help' }] }
  const named = commands.flatMap((c) => ('numbers' in c ? c.numbers : 'number' in c ? [c.number] : []))
  const twice = named.find((n, i) => named.indexOf(n) !== i)
  if (twice !== undefined) return { error: `paper ${twice} is named by more than one command; name each paper once` }
  // New papers by arXiv id, versions folded (normalizeArxivId drops them): one paper is put in once.
  const added = commands.flatMap((c) => ('arxivId' in c && c.arxivId ? [c.arxivId] : []))
  const again = added.find((id, i) => added.indexOf(id) !== i)
  if (again !== undefined) return { error: `arXiv ${again} is put in by more than one command; name each paper once` }
  return { commands }
}

function parseLine(rest: string): Command | { error: string } {
  const [verb = '', ...words] = rest.split(/\s+/).filter(Boolean)
  const args = rest.slice(verb.length).trim()
  switch (verb.toLowerCase()) {
    case '':
    case 'help':
      return { verb: 'help' }
    case 'drop': {
      const parts = args.split(/[\s,]+/).filter(Boolean)
      if (parts.length === 0 || !parts.every(isNumber)) return { error: 'drop takes paper numbers, such as `drop 2` or `drop 2, 4`' }
      return { verb: 'drop', numbers: [...new Set(parts.map(Number))] }
    }
    case 'replace': {
      const [n = '', id, extra] = words
      if (!isNumber(n) || extra !== undefined)
        return { error: 'replace takes a paper number and, optionally, an arXiv id: `replace 3` or `replace 3 2602.12345`' }
      if (id === undefined) return { verb: 'replace', number: Number(n) }
      const arxivId = normalizeArxivId(id)
      return arxivId
        ? { verb: 'replace', number: Number(n), arxivId }
        : { error: `${clipCode(id)} is not an arXiv id (such as 2602.12345)` }
    }
    case 'redo': {
      const [n = ''] = words
      if (!isNumber(n)) return { error: 'redo takes a paper number and, optionally, a note: `redo 2 shorter, and name the dataset`' }
      const note = args.slice(n.length).trim()
      if (note.length > NOTE_MAX) return { error: `the note is ${note.length} characters; at most ${NOTE_MAX}` }
      return note ? { verb: 'redo', number: Number(n), note } : { verb: 'redo', number: Number(n) }
    }
    case 'add': {
      const [id = '', extra] = words
      const arxivId = normalizeArxivId(id)
      if (!arxivId || extra !== undefined) return { error: 'add takes one arXiv id: `add 2602.12345`' }
      return { verb: 'add', arxivId }
    }
    default:
      return { error: `unknown command ${clipCode(verb)}` }
  }
}

const isNumber = (s: string): boolean => /^[1-9]\d{0,2}$/.test(s)

/** Command text quoted back in a reply: short, and unable to close its code span. */
const clipCode = (s: string): string => (s.length > 80 ? `${s.slice(0, 79)}…` : s).replace(/`/g, "'")
