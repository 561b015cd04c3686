// The summary checks through the bundled action, as the runner starts it: another writer's good,
// terminology-dense Japanese summary (which the old letter count refused) is published as written at
// the first call, and the same summary with **bold** is refused and written again.
import fs from 'node:fs'
import path from 'node:path'
import { afterEach, expect, it } from 'vitest'
import { loadSeedDataset, startStandIns } from '../../scripts/stand-ins.mjs'
import { otherWriterPairs } from '../../scripts/summary-twins.mjs'
import { errorsOf, runBundled, type StandIns, tempWorkspace } from './helpers.js'

// 2604.12896 (melon0104/arxiv-papers): Japanese with training-free, model-agnostic, Perception Programs.
const dense = (otherWriterPairs().good as { id: string; summary: string }[]).find((p) => p.id === '2604.12896')!.summary
const FIRST = 'MediX-R1: Open Ended Medical Reinforcement Learning'

let s: StandIns | undefined
afterEach(async () => {
  await s?.close()
})

it('publishes another writer’s terminology-dense Japanese as written, and refuses it with bold', async () => {
  const seed = loadSeedDataset()
  // A real summary of another paper stands in for the first paper's: the checks judge its language and markup.
  const withBold = `**Perception Programs** ${dense}`
  let calls = 0
  s = await startStandIns({
    claude: (request: { system?: string; messages: { content: string }[] }) => {
      if (!request.messages[0]!.content.includes(FIRST)) return undefined
      calls++
      return { summary: calls === 1 ? withBold : dense }
    },
    summaries: seed.summaries
  })
  const ws = tempWorkspace()
  const r = await runBundled(s, ws, { count: '3', images: 'none', 'create-pr': 'false', 'github-token': '' })
  expect(errorsOf(r.stdout), r.stdout).toEqual([])
  const post = fs.readFileSync(path.join(ws, r.outputs['post-path']!), 'utf8')
  expect(calls).toBe(2)
  expect(post).toContain(dense)
  expect(post).not.toContain('**Perception Programs**')
})
