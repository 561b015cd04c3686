// Whose work a branch and a bundle folder hold, decided from the commits the action's proof ref reaches
// (see refs.ts), their trailers and file names. Pure: publish.ts reads the repository and follows these. The action force-moves a
// branch only over commits it made itself, and removes only files it wrote.

/** The trailer that marks a commit as the action's own, with the date of the post it adds. */
export const TRAILER = 'Hugo-Paper-Survey'

export function commitMessage(date: string, subject = `Add paper survey for ${date}`): string {
  return `${subject}\n\n${TRAILER}: ${date}\n`
}

/** The date an action commit's trailer names, or undefined for a commit the action did not make. */
export function markedDate(message: string): string | undefined {
  return new RegExp(`^${TRAILER}: (\\d{4}-\\d{2}-\\d{2})$`, 'm').exec(message)?.[1]
}

export interface BranchFacts {
  branch: string
  baseBranch: string
  /** The branch's head commit, undefined when the branch does not exist. */
  head?: { sha: string; message: string }
  /** Commits on the branch that the base does not have, oldest first. */
  ahead: { sha: string; message: string }[]
  /** False when the branch is further ahead than the action reads (COMPARE_LIMIT commits). */
  aheadComplete: boolean
  /** The commits the action's proof ref reaches: the ones it made. A trailer alone proves nothing. */
  proven: Set<string>
}

export type BranchState =
  /** No such branch: create it on the base. */
  | { kind: 'absent' }
  /** Only the action's commits for this date (or none ahead, the action's head): move it onto the base. */
  | { kind: 'own'; dates: string[] }
  /** The action's commits for other dates too: add a commit on top, never force. */
  | { kind: 'own-with-other-dates'; dates: string[] }
  /** The action's branch with commits of someone else's on it. */
  | { kind: 'edited'; foreign: string[]; dates: string[]; unread?: boolean }
  /** A branch the action did not make, or the base itself. */
  | { kind: 'foreign'; reason: string }

export function classifyBranch(facts: BranchFacts, date: string): BranchState {
  if (facts.branch === facts.baseBranch) return { kind: 'foreign', reason: `it is the base branch '${facts.baseBranch}'` }
  if (!facts.head) return { kind: 'absent' }
  const isOurs = (c: { sha: string; message: string }): boolean => markedDate(c.message) !== undefined && facts.proven.has(c.sha)
  const ours = facts.ahead.filter(isOurs)
  const foreign = facts.ahead.filter((c) => !isOurs(c)).map((c) => c.sha)
  // An amended or squashed commit of the action keeps the trailer but not the proof: the action's
  // branch, edited by a maintainer.
  const marked = facts.ahead.some((c) => markedDate(c.message) !== undefined)
  const dates = [...new Set(ours.map((c) => markedDate(c.message) as string))].sort()
  if (facts.ahead.length === 0) {
    // Nothing of its own: a merged post's branch, or a branch at the same commit as another.
    return markedDate(facts.head.message) !== undefined
      ? { kind: 'own', dates: [] }
      : { kind: 'foreign', reason: 'it holds no commit of the action' }
  }
  if (ours.length === 0 && !marked) return { kind: 'foreign', reason: 'none of its commits was made by the action' }
  if (!facts.aheadComplete) return { kind: 'edited', foreign, dates, unread: true }
  if (foreign.length > 0) return { kind: 'edited', foreign, dates }
  if (dates.some((d) => d !== date)) return { kind: 'own-with-other-dates', dates }
  return { kind: 'own', dates }
}

const baseName = (p: string): string => p.slice(p.lastIndexOf('/') + 1)

/** Whether a path names a post file the action writes: index.md or index.<lang>.md. */
export function isPostFile(p: string): boolean {
  return /^index(\.[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*)?\.md$/.test(baseName(p))
}

/** File names the action writes into a bundle folder: its posts and paper_<N>.<image type>. */
export function isOwnFileName(name: string): boolean {
  return isPostFile(name) || /^paper_\d+\.(png|jpg|gif|webp)$/.test(baseName(name))
}

/** What happens to the files already in the bundle folder: own files the new bundle lacks go, the rest stay. */
export function folderChanges(existing: string[], written: string[]): { remove: string[]; keep: string[] } {
  const writtenSet = new Set(written)
  return {
    remove: existing.filter((p) => isOwnFileName(p) && !writtenSet.has(p)),
    keep: existing.filter((p) => !isOwnFileName(p))
  }
}
