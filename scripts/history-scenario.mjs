// A blog replayed over days for the ranking's history (__fixtures__/history/PROVENANCE.md): real papers
// with real Japanese summaries served as Daily Papers items in the recorded item's shape. Each history
// day: one paper of the dropped topic, the most popular, and five others; the last day: four of the
// topic's papers first, six others. Shared by __tests__/e2e/history.test.ts and scripts/bench-history.mjs.
import fs from 'node:fs'
import path from 'node:path'
import { readFixture } from './stand-ins.mjs'

export const pool = JSON.parse(readFixture('history/papers.json').toString('utf8'))
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

/**
 * The topics a replayed maintainer drops: `vision` (the pool's own label: 3D, video, image generation or
 * understanding), which the tests and the model were tuned on, and `agents` (a title naming agents),
 * held out: measured by `npm run bench:history -- --topic agents` only.
 */
export const TOPICS = {
  vision: (p) => p.topic === 'vision',
  agents: (p) => /agent/i.test(p.title)
}

/**
 * The replay for a topic: on each history day (up to ten, four of the topic's papers kept for the last
 * day) the topic's paper is the most popular of six; on the last day four of its papers lead six others.
 */
export function scenario(topic = 'vision') {
  const inTopic = pool.filter(TOPICS[topic])
  const others = pool.filter((p) => !TOPICS[topic](p))
  const historyDays = Array.from({ length: Math.min(10, inTopic.length - 4) }, (_, i) => `2026-04-${String(i + 1).padStart(2, '0')}`)
  const testDay = `2026-04-${String(historyDays.length + 1).padStart(2, '0')}`
  const n = historyDays.length
  const dailyPapers = Object.fromEntries(
    historyDays.map((day, d) => [
      day,
      [item(inTopic[d], day, 200 + d), ...others.slice(d * 5, d * 5 + 5).map((p, j) => item(p, day, 50 - j * 5))]
    ])
  )
  dailyPapers[testDay] = [
    ...inTopic.slice(n, n + 4).map((p, j) => item(p, testDay, 300 - j * 10)),
    ...others.slice(n * 5, n * 5 + 6).map((p, j) => item(p, testDay, 60 - j * 8))
  ]
  return { historyDays, testDay, dailyPapers, isTopic: new Set(inTopic.map((p) => p.arxivId)) }
}

const vision = scenario('vision')
export const HISTORY_DAYS = vision.historyDays
export const TEST_DAY = vision.testDay
export const dailyPapers = vision.dailyPapers
export const isVision = vision.isTopic
export const summaries = { ja: Object.fromEntries(pool.map((p) => [p.arxivId, p.summary])), en: {} }
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
