// Stage 6: each paper's summaries in every language, checked, with its image fetched meanwhile. A paper
// whose summary fails the checks twice gives its place to the next reserve; none passing stops the run.
import type { EarlyBlobs } from '../github/early-blobs.js'
import { fetchPaperImage, type FetchedImage } from '../hugo/images.js'
import type { RankedPaper } from '../paper.js'
import type { NumberDoubt } from '../summarize/checks/index.js'
import { summarizePapers, type ReplacedPaper, type SummarizedPaper } from '../summarize/index.js'
import { guardApi } from './clients.js'
import { RunError, type RunContext } from './context.js'

export interface Summarized {
  summarized: SummarizedPaper[]
  replaced: ReplacedPaper[]
  /** Each summarized paper's image, in the same order (undefined where it has none). */
  images: (FetchedImage | undefined)[]
}

/** `early`: where each image goes as soon as it is fetched (GitHub, while the summaries are written). */
export async function summarize(ctx: RunContext, ranked: RankedPaper[], early?: EarlyBlobs): Promise<Summarized> {
  const { settings, log, clients } = ctx
  const images = new Map<string, Promise<FetchedImage | undefined>>()
  const imageFor = (p: RankedPaper): Promise<FetchedImage | undefined> => {
    const pending =
      images.get(p.key) ??
      fetchImage(ctx, p).then((image) => {
        if (image) early?.write(image.bytes)
        return image
      })
    images.set(p.key, pending)
    return pending
  }
  // Images are fetched while the summaries are written.
  ranked.slice(0, settings.count).forEach((p) => void imageFor(p))
  const outcome = await guardApi(() =>
    summarizePapers(ranked, {
      client: clients.claude,
      meter: clients.meter,
      model: settings.model,
      languages: settings.languages,
      count: settings.count,
      maxConcurrency: settings.maxConcurrency,
      extraCheck: secretCheck(log)
    })
  )
  warnAbout(ctx, outcome.summarized, outcome.replaced, ranked.length)
  for (const s of outcome.summarized) log.debug(`${s.paper.key}: summarized in ${s.attempts} attempt(s)`)
  return { ...outcome, images: await Promise.all(outcome.summarized.map((s) => imageFor(s.paper))) }
}

/** The run's own check beside the gates: a summary holding a secret of the run (an API key or token) fails. */
export const secretCheck =
  (log: RunContext['log']) =>
  (summary: string): string[] =>
    log.findSecret(summary) ? ['it contains a secret of this run (an API key or token)'] : []

function warnAbout({ settings, log }: RunContext, summarized: SummarizedPaper[], replaced: ReplacedPaper[], candidates: number): void {
  for (const r of replaced)
    log.warning(`Left out "${r.paper.title}" (${r.paper.key}): its summary failed the checks twice: ${r.reasons.join('; ')}`)
  if (summarized.length === 0) {
    throw new RunError(
      `No summary passed the checks, nothing was published: ${replaced.map((r) => `${r.paper.key}: ${r.reasons.join('; ')}`).join(' | ')}`
    )
  }
  if (summarized.length < Math.min(settings.count, candidates)) {
    log.warning(
      `${replaced.length} summar${replaced.length === 1 ? 'y' : 'ies'} failed the checks twice and no reserve was left: the post has ${summarized.length} of ${settings.count} papers.`
    )
  }
  for (const { paper, doubts } of summarized.filter((s) => s.doubts.length > 0)) {
    log.warning(`The summary of "${paper.title}" ${doubtsSaid(doubts)}; the pull request asks the reviewer to check it.`)
  }
}

/** The doubts of one summary in a log line: the numbers it states, and whether it shares no terms with its abstract. */
function doubtsSaid(doubts: NumberDoubt[]): string {
  const numbers = doubts.filter((d) => d.number !== '').map((d) => d.number)
  return [
    ...(numbers.length > 0 ? [`states ${numbers.join(', ')}, which its abstract does not`] : []),
    ...(doubts.some((d) => d.number === '') ? ['shares almost none of its abstract’s distinctive terms'] : [])
  ].join(' and ')
}

/** A paper's image as the images input asks; a paper without one is a warning. Review commands use it too. */
export async function fetchImage(
  { settings, log, clients }: Pick<RunContext, 'settings' | 'log' | 'clients'>,
  paper: RankedPaper
): Promise<FetchedImage | undefined> {
  const { image, problems } = await fetchPaperImage(clients.http, paper, settings.images, settings.urls.arxivHtml)
  if (!image && settings.images !== 'none') log.warning(`No image for "${paper.title}" (${paper.key}): ${problems.join('; ')}`)
  return image
}
