// Stages 3 and 5: which candidates make the post. `select` is free (topic, published, popularity);
// `judgeRelevance` asks the filter model, when the relevance filter is on, before any summary.
import type { RankedPaper } from '../paper.js'
import { historyLine } from '../history/explain.js'
import { type History, sideOf } from '../history/model.js'
import type { RelevanceExamples } from '../summarize/prompt.js'
import { clip } from '../text.js'
import { selectPapers, type Selection } from '../select.js'
import { filterByRelevance } from '../summarize/index.js'
import { guardApi } from './clients.js'
import { RunError, type RunContext } from './context.js'
import type { Gathered } from './gather.js'

export function select({ settings, log }: Pick<RunContext, 'settings' | 'log'>, { collection, pages, history }: Gathered): Selection {
  const selection = selectPapers(collection.candidates, {
    keywords: settings.keywords,
    filterHuggingFace: settings.huggingfaceFilter === 'keywords',
    publishedIds: new Set(pages.flatMap((p) => p.arxivIds)),
    history
  })
  if (history) log.info(historyLine(history, selection.history?.strongest))
  for (const [i, p] of selection.ranked.entries())
    log.debug(
      `#${i + 1} ${p.key} score ${p.score} (${p.sources.join(', ')})${p.history ? `; history ${p.history.lean.toFixed(3)}, ${p.history.popularityRank} by popularity${p.history.like ? `, like ${p.history.like.count} ${p.history.like.side} on ${p.history.like.terms.join(', ')}` : ''}` : ''}`
    )
  return selection
}

export interface Chosen {
  /** The post's papers first, then their reserves. */
  ranked: RankedPaper[]
  /** Papers the relevance filter scored under the threshold. */
  droppedByRelevance: RankedPaper[]
}

export async function judgeRelevance({ settings, log, clients }: RunContext, { ranked, history }: Selection): Promise<Chosen> {
  if (!settings.relevanceFilter || ranked.length === 0) return { ranked, droppedByRelevance: [] }
  const relevance = await guardApi(() =>
    filterByRelevance(ranked, {
      client: clients.claude,
      meter: clients.meter,
      model: settings.filterModel,
      threshold: settings.relevanceThreshold,
      limit: Math.max(20, settings.count * 3),
      examples: history?.strongest && examplesOf(history.read)
    })
  )
  if (relevance.warning) log.warning(relevance.warning)
  for (const p of relevance.dropped) log.debug(`Under the threshold: ${p.key} (${p.relevance?.score ?? '?'}/10)`)
  return { ranked: relevance.kept, droppedByRelevance: relevance.dropped }
}

/** Whether there is anything to post; says so when there is nothing, or fewer papers than `count`. */
export function hasPapers({ settings, log }: Pick<RunContext, 'settings' | 'log'>, { ranked }: Chosen): boolean {
  if (ranked.length === 0) {
    const message = `No new paper for ${settings.date}: nothing to post, no branch, no pull request.`
    if (settings.failOnEmpty) throw new RunError(`${message} (fail-on-empty is true)`)
    log.notice(message)
    return false
  }
  if (ranked.length < settings.count) {
    log.warning(
      `Only ${ranked.length} new paper${ranked.length === 1 ? '' : 's'} for ${settings.date} passed selection (count is ${settings.count}): the post has fewer papers.`
    )
  }
  return true
}

/** Examples the filter is shown from a warm history: the latest kept and dropped titles, about 1,500 tokens at most. */
const EXAMPLES_EACH = 10
function examplesOf(history: History): RelevanceExamples {
  const titles = (side: 'kept' | 'dropped'): string[] =>
    history.items
      .filter((i) => sideOf(i.verdict) === side && i.title !== '')
      .slice(-EXAMPLES_EACH)
      .map((i) => clip(i.title, 200))
  return { kept: titles('kept'), dropped: titles('dropped') }
}
