// `npm run bench:history [-- --topic agents]`: the blog of scripts/history-scenario.mjs replayed day by
// day through the bundled action, twice: with `ranking: history` and with `ranking: popularity`. Each
// day a simulated maintainer drops every paper of one topic from the post (`/survey drop`) and merges:
// 3D, video or image generation by default (the topic the model was tuned on), or papers on agents
// (held out). Prints, per day, that topic's share of the post and the GitHub requests and Claude calls
// of the day's survey in each replay.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { mergeAndCheckOut, scenario, scenarioInputs, summaries, TOPICS } from './history-scenario.mjs'
import { issueCommentEnv, runAction, standInInputs } from './run-action.mjs'
import { startStandIns } from './stand-ins.mjs'

const { values } = parseArgs({ options: { topic: { type: 'string', default: 'vision' } } })
if (!(values.topic in TOPICS)) throw new Error(`--topic ${values.topic}: one of ${Object.keys(TOPICS).join(', ')}`)
const { dailyPapers, historyDays, testDay, isTopic } = scenario(values.topic)

async function replay(ranking) {
  const s = await startStandIns({ dailyPapers, summaries, github: { collaborators: { 'octo-editor': 'write' } } })
  const ws = fs.mkdtempSync(path.join(os.tmpdir(), 'hps-bench-history-'))
  fs.writeFileSync(path.join(ws, 'hugo.toml'), "title = 'Research blog'\n")
  const base = { 'anthropic-api-key': 'sk-ant-bench', 'github-token': 'ghs_bench', ...standInInputs(s.urls), ...scenarioInputs, ranking }
  const env = { GITHUB_REPOSITORY: 'octo-blog/research-blog', GITHUB_API_URL: s.urls.github }
  const days = []
  for (const day of [...historyDays, testDay]) {
    const from = s.requests.length
    const r = await runAction({ inputs: { ...base, date: day }, workspace: ws, env })
    const count = (service) => s.requests.slice(from).filter((q) => q.service === service).length
    const papers = JSON.parse(r.outputs.papers ?? '[]')
    const topic = papers.map((p, i) => (isTopic.has(p.arxivId) ? i + 1 : 0)).filter(Boolean)
    days.push({ day, share: papers.length ? topic.length / papers.length : 0, github: count('github'), claude: count('claude') })
    const number = s.github.pulls.at(-1).number
    if (topic.length)
      await runAction({
        inputs: { ...base, date: day },
        workspace: ws,
        env: { ...env, ...issueCommentEnv(`/survey drop ${topic.join(' ')}`, { number }) }
      })
    mergeAndCheckOut(s, `paper-survey/${day}`, ws)
  }
  await s.close()
  return days
}

const [learned, plain] = [await replay('history'), await replay('popularity')]
const pct = (x) => `${Math.round(x * 100)}%`
console.log(
  '| day | topic in the post, history | popularity | GitHub requests, history | popularity | Claude calls, history | popularity |'
)
console.log('|---|---:|---:|---:|---:|---:|---:|')
for (const [i, d] of learned.entries()) {
  const p = plain[i]
  console.log(`| ${d.day} | ${pct(d.share)} | ${pct(p.share)} | ${d.github} | ${p.github} | ${d.claude} | ${p.claude} |`)
}
