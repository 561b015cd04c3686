// The ranking learns from the blog's history: ten days of the action's own surveys, each merged after
// its maintainer dropped or replaced the one paper on 3D, video and image generation, as the stand-in
// GitHub records them; then a day whose most popular papers are four of that topic. Real papers with
// real Japanese summaries by other writers (__fixtures__/history/PROVENANCE.md).
import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readFixture, startStandIns } from '../../scripts/stand-ins.mjs'
import { commentEvent, errorsOf, runAgainst, runBundled, type StandIns, tempWorkspace } from './helpers.js'

interface PoolPaper {
  arxivId: string
  topic: 'vision' | 'other'
  title: string
  abstract: string
  summary: string
}
const pool: PoolPaper[] = JSON.parse(readFixture('history/papers.json').toString('utf8'))
const vision = pool.filter((p) => p.topic === 'vision')
const others = pool.filter((p) => p.topic === 'other')
const template = JSON.parse(readFixture('seed-2026-03-01/daily-papers.json').toString('utf8'))[0]

/** A Daily Papers item in the recorded shape, for a paper of the pool featured on a day with these upvotes. */
function item(p: PoolPaper, day: string, upvotes: number) {
  const at = `${day}T08:00:00.000Z`
  return {
    ...template,
    paper: {
      ...template.paper,
      id: p.arxivId,
      title: p.title,
      summary: p.abstract,
      upvotes,
      publishedAt: at,
      submittedOnDailyAt: at,
      ai_keywords: []
    },
    title: p.title,
    summary: p.abstract,
    publishedAt: at
  }
}

const HISTORY_DAYS = Array.from({ length: 10 }, (_, i) => `2026-04-${String(i + 1).padStart(2, '0')}`)
const TEST_DAY = '2026-04-11'
/** Each history day: one vision paper, the most popular, and five others; the test day: four vision papers first, six others. */
const dailyPapers: Record<string, unknown[]> = Object.fromEntries(
  HISTORY_DAYS.map((day, d) => [
    day,
    [item(vision[d]!, day, 200 + d), ...others.slice(d * 5, d * 5 + 5).map((p, j) => item(p, day, 50 - j * 5))]
  ])
)
dailyPapers[TEST_DAY] = [
  ...vision.slice(10, 14).map((p, j) => item(p, TEST_DAY, 300 - j * 10)),
  ...others.slice(50, 56).map((p, j) => item(p, TEST_DAY, 60 - j * 8))
]
const summaries = { ja: Object.fromEntries(pool.map((p) => [p.arxivId, p.summary])), en: {} }
const isVision = new Set(vision.map((p) => p.arxivId))

const inputs = { 'lookback-days': '1', keywords: 'LLM' }
const papersOf = (outputs: Record<string, string>): { arxivId: string; title: string }[] => JSON.parse(outputs.papers ?? '[]')

let s: StandIns
let ws: string
const log: string[] = []
beforeAll(async () => {
  s = await startStandIns({ dailyPapers, summaries, github: { collaborators: { 'octo-editor': 'write' } } })
  ws = tempWorkspace()
  for (const [d, day] of HISTORY_DAYS.entries()) {
    const survey = await runAgainst(s, ws, { ...inputs, date: day })
    expect(errorsOf(survey.stdout), survey.stdout).toEqual([])
    log.push(survey.stdout)
    const number = s.github.pulls.at(-1)!.number
    const at = papersOf(survey.outputs).findIndex((p) => isVision.has(p.arxivId))
    if (at >= 0) {
      // The maintainer takes the paper out: a drop one day, a replace the next.
      const command = d % 2 === 0 ? `/survey drop ${at + 1}` : `/survey replace ${at + 1}`
      const review = await runAgainst(s, ws, { ...inputs, date: day }, commentEvent(command, { number }))
      expect(errorsOf(review.stdout), review.stdout).toEqual([])
    }
    s.github.merge(`paper-survey/${day}`)
    checkOut(s, ws)
  }
}, 120_000)
afterAll(async () => {
  await s.close()
})

/** The workspace as a fresh checkout of main: the merged posts in content/. */
function checkOut(standIns: StandIns, workspace: string): void {
  for (const [file, bytes] of standIns.github.filesOf('main')!) {
    if (!file.startsWith('content/')) continue
    fs.mkdirSync(path.dirname(path.join(workspace, file)), { recursive: true })
    fs.writeFileSync(path.join(workspace, file), bytes)
  }
}

describe('a ranking that learns from what the blog keeps and drops', () => {
  it('one day of history changes nothing: the second day is ranked by popularity alone', () => {
    expect(log[1]).toMatch(/it has 1 decision in 1 pull request, so papers are ranked by popularity alone/)
    const second = s.github.pulls.find((p) => p.head === `paper-survey/${HISTORY_DAYS[1]}`)!
    expect(second.body).not.toContain('Moved by the blog')
  })

  it('after ten days, the dropped topic falls out of the post; the body says why; same Claude calls, one more GitHub request', async () => {
    const restore = s.github.snapshot()
    const count = (from: number, service: string) => s.requests.slice(from).filter((r) => r.service === service).length
    const runDay = async (ranking: string, bundled: boolean) => {
      restore()
      const from = s.requests.length
      const run = bundled ? runBundled : runAgainst
      const r = await run(s, ws, { ...inputs, date: TEST_DAY, ranking })
      expect(errorsOf(r.stdout), r.stdout).toEqual([])
      const body = s.github.pulls.find((p) => p.head === `paper-survey/${TEST_DAY}`)!.body as string
      return { r, body, github: count(from, 'github'), claude: count(from, 'claude') }
    }
    const plain = await runDay('popularity', false)
    const learned = await runDay('history', true)
    const topic = (r: { outputs: Record<string, string> }) => papersOf(r.outputs).filter((p) => isVision.has(p.arxivId)).length
    expect(topic(plain.r)).toBeGreaterThanOrEqual(3)
    expect(topic(learned.r)).toBeLessThanOrEqual(1)
    expect(learned.claude).toBe(plain.claude)
    expect(learned.github - plain.github).toBeLessThanOrEqual(5)
    expect(learned.body).toMatch(/### Moved by the blog's history\n\n- [↑↓] .*: like \d+ papers? (the blog kept|you dropped) on [a-z]/)
    expect(learned.body).toMatch(/- ↓ .*like \d+ papers? you dropped on .*by popularity alone; now a reserve/)
    expect(learned.r.stdout).toMatch(/It moves the ranking: toward .*; away from .*/)
    expect(learned.r.summary).toMatch(/\*\*History:\*\* The blog's history: .* It moves the ranking/)
  }, 60_000)
})
