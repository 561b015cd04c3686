import type { DateWindow } from '../dates.js'
import type { Http } from '../http.js'
import type { Candidate, SourceName } from '../paper.js'

export interface SourceContext {
  http: Http
  window: DateWindow
  keywords: string[]
  arxivCategories: string[]
  urls: { huggingface: string; arxiv: string; semanticScholar: string }
  semanticScholarApiKey: string
}

export interface SourceResult {
  candidates: Candidate[]
  /** The requests sent, for the reproducibility block of the PR body. */
  queries: string[]
  /** Problems the source worked around (a fallback it took). */
  warnings?: string[]
}

export interface SourceReport {
  source: SourceName
  status: 'ok' | 'empty' | 'failed'
  count: number
  reason?: string
  queries: string[]
}
