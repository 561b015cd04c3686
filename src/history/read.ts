// The blog's history, read from the repository alone: the papers its pages name (kept), and the
// decisions recorded in the hidden state of the action's own pull requests (review/apply.ts writes
// them): papers dropped or replaced, papers added, and the papers of a pull request closed unmerged.
// One request: the repository's latest pull requests with their bodies, filtered to the action's.
import { readState } from '../body-state.js'
import type { GitHubClient } from '../github/octokit.js'
import { tokenLogin } from '../github/proof.js'
import { fromThisRepository, openedBy } from '../github/pulls.js'
import type { Page } from '../site/index.js'
import type { History, HistoryItem } from './model.js'
import { paperTerms } from './terms.js'

/** Pull requests read: GitHub's largest page, about three months of daily posts. */
export const PULLS_READ = 100

/** A pull request as the list gives it, with what the history needs. */
export interface PullRecord {
  number: number
  state: string
  merged_at: string | null
  body?: string | null
  user: { login: string } | null
  head: { repo: { full_name: string } | null }
}

export async function readHistory(octokit: GitHubClient, owner: string, repo: string, pages: Promise<Page[]>): Promise<History> {
  const [login, { data }] = await Promise.all([
    tokenLogin(octokit),
    octokit.rest.pulls.list({ owner, repo, state: 'all', sort: 'created', direction: 'desc', per_page: PULLS_READ })
  ])
  const ours = (data as PullRecord[]).filter((p) => fromThisRepository(p, owner, repo) && openedBy(p, login))
  return historyOf(ours, await pages)
}

/** The history in a set of the action's pull requests and the site's pages. Pure. */
export function historyOf(pulls: PullRecord[], pages: Page[]): History {
  const items = new Map<string, HistoryItem>()
  const put = (item: HistoryItem): void => {
    // A paper's latest verdict stands: dropped one day, added back another, it was kept.
    items.delete(item.key)
    items.set(item.key, item)
  }
  const history: History = { items: [], pulls: { read: 0, merged: 0, closed: 0 }, decisions: 0, decidedPulls: 0 }
  // Oldest first, so later verdicts win.
  for (const pull of [...pulls].sort((a, b) => a.number - b.number)) {
    const state = readState(pull.body ?? '')
    if (!state) continue
    history.pulls.read++
    const merged = pull.merged_at !== null
    const closedUnmerged = pull.state === 'closed' && !merged
    if (merged) history.pulls.merged++
    if (closedUnmerged) history.pulls.closed++
    for (const p of state.papers) {
      const terms = p.terms?.length ? p.terms : paperTerms(p)
      if (merged) put({ key: p.key, title: p.title, terms, verdict: 'kept' })
      if (closedUnmerged) put({ key: p.key, title: p.title, terms, verdict: 'closed' })
    }
    for (const d of state.decisions) put({ key: d.key, title: d.title, terms: d.terms, verdict: d.verdict })
    const decided = state.decisions.length + (closedUnmerged ? 1 : 0)
    history.decisions += decided
    if (decided > 0) history.decidedPulls++
  }
  // The maintainers' own posts and the action's merged ones: every paper a page names was kept.
  for (const page of pages)
    for (const p of page.papers ?? [])
      if (!items.has(p.id) && p.terms.length > 0) items.set(p.id, { key: p.id, title: '', terms: p.terms, verdict: 'kept' })
  history.items = [...items.values()]
  return history
}
