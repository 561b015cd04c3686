// A blog replayed over eleven days for the ranking's history (__fixtures__/history/PROVENANCE.md): real
// papers with real Japanese summaries served as Daily Papers items in the recorded item's shape. Each of
// the first ten days: one paper on 3D, video or image generation, the most popular, and five others; the
// eleventh: four such papers first, six others. Shared by __tests__/e2e/history.test.ts and
// scripts/bench-history.mjs.
import fs from 'node:fs'
import path from 'node:path'
import { readFixture } from './stand-ins.mjs'

export const pool = JSON.parse(readFixture('history/papers.json').toString('utf8'))
export const vision = pool.filter((p) => p.topic === 'vision')
const others = pool.filter((p) => p.topic === 'other')
const template = JSON.parse(readFixture('seed-2026-03-01/daily-papers.json').toString('utf8'))[0]

/** A Daily Papers item in the recorded shape, for a paper of the pool featured on a day with these upvotes. */
function item(p, day, upvotes) {
  const at = `${day}T08:00:00.000Z`
  // Every field that names the template's own paper is this paper's; the pool records no authors, so none.
  return {
    ...template,
    paper: {
      ...template.paper,
      id: p.arxivId,
      title: p.title,
      summary: p.abstract,
      authors: [],
      upvotes,
      publishedAt: at,
      submittedOnDailyAt: at,
      discussionId: p.arxivId,
      ai_keywords: []
    },
    title: p.title,
    summary: p.abstract,
    publishedAt: at,
    thumbnail: `https://cdn-thumbnails.huggingface.co/social-thumbnails/papers/${p.arxivId}.png`
  }
}

export const HISTORY_DAYS = Array.from({ length: 10 }, (_, i) => `2026-04-${String(i + 1).padStart(2, '0')}`)
export const TEST_DAY = '2026-04-11'

export const dailyPapers = Object.fromEntries(
  HISTORY_DAYS.map((day, d) => [
    day,
    [item(vision[d], day, 200 + d), ...others.slice(d * 5, d * 5 + 5).map((p, j) => item(p, day, 50 - j * 5))]
  ])
)
dailyPapers[TEST_DAY] = [
  ...vision.slice(10, 14).map((p, j) => item(p, TEST_DAY, 300 - j * 10)),
  ...others.slice(50, 56).map((p, j) => item(p, TEST_DAY, 60 - j * 8))
]

export const summaries = { ja: Object.fromEntries(pool.map((p) => [p.arxivId, p.summary])), en: {} }
export const isVision = new Set(vision.map((p) => p.arxivId))
/** The inputs the replay sets: one day a run, the keyword its papers match, and Hugging Face's thumbnails (no figure pages to pace). */
export const scenarioInputs = { 'lookback-days': '1', keywords: 'LLM', images: 'thumbnail' }

/** The maintainer merges the day's pull request, and the workspace becomes a fresh checkout of main: the merged posts in content/. */
export function mergeAndCheckOut(standIns, branch, workspace) {
  standIns.github.merge(branch)
  for (const [file, bytes] of standIns.github.filesOf('main')) {
    if (!file.startsWith('content/')) continue
    fs.mkdirSync(path.dirname(path.join(workspace, file)), { recursive: true })
    fs.writeFileSync(path.join(workspace, file), bytes)
  }
}
