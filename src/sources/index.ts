// Runs the chosen sources concurrently. A source that fails is reported and the others go on.
import { mergeCandidates, type Candidate, type SourceName } from '../paper.js'
import { fetchArxiv } from './arxiv.js'
import { fetchHuggingFace } from './huggingface.js'
import { addCitationCounts, fetchSemanticScholar } from './semantic-scholar.js'
import type { SourceContext, SourceReport, SourceResult } from './types.js'
import { clip, visibleText } from '../text.js'
import { admitCandidate } from './admit.js'

export type { SourceContext, SourceReport } from './types.js'

const FETCHERS: Record<SourceName, (ctx: SourceContext) => Promise<SourceResult>> = {
  huggingface: fetchHuggingFace,
  arxiv: fetchArxiv,
  'semantic-scholar': fetchSemanticScholar
}

export interface Collection {
  candidates: Candidate[]
  reports: SourceReport[]
  /** Problems that did not stop the run (a failed citation lookup). */
  warnings: string[]
}

export async function collectCandidates(ctx: SourceContext, sources: SourceName[]): Promise<Collection> {
  const settled = await Promise.allSettled(sources.map((s) => FETCHERS[s](ctx)))
  const reports: SourceReport[] = []
  const found: Candidate[] = []
  const warnings: string[] = []
  settled.forEach((outcome, i) => {
    const source = sources[i] as SourceName
    if (outcome.status === 'fulfilled') {
      const { candidates, queries } = outcome.value
      for (const admitted of candidates.map(admitCandidate)) {
        found.push(admitted.candidate)
        warnings.push(...admitted.cuts)
      }
      warnings.push(...(outcome.value.warnings ?? []))
      reports.push({ source, status: candidates.length > 0 ? 'ok' : 'empty', count: candidates.length, queries })
    } else {
      // A failing service's words (its error body) are untrusted text too.
      const reason = clip(visibleText(outcome.reason instanceof Error ? outcome.reason.message : String(outcome.reason)), 1000)
      reports.push({ source, status: 'failed', count: 0, reason, queries: [] })
    }
  })
  const candidates = mergeCandidates(found)
  const s2 = reports.find((r) => r.source === 'semantic-scholar')
  if (s2 && s2.status !== 'failed') {
    try {
      s2.queries.push(...(await addCitationCounts(ctx, candidates)))
    } catch (error) {
      warnings.push(`Semantic Scholar citation lookup failed, papers are ranked without citations: ${(error as Error).message}`)
    }
  }
  return { candidates, reports, warnings: [...new Set(warnings)] }
}
