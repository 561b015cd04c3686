// `npm run demo -- --site PATH --comment …`, as a newcomer runs it on their own checkout: the survey and
// then the review command, both through the bundled action, the post written into PATH and updated by the
// command, its URL and the command that serves it printed, and no hidden state shown.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { expect, it } from 'vitest'
import { hugos } from '../support/hugo.js'
import { siteWorkspace } from './helpers.js'

const DEMO = new URL('../../scripts/demo.mjs', import.meta.url).pathname
const POST = 'content/posts/2026-03-01-llm-papers/index.md'

it('writes the post into the checkout, plays /survey drop 2 on it, and says where to look', () => {
  const site = siteWorkspace()
  // Hugging Face alone brings the data set's five papers; the other sources add none, and a wait less.
  const demo = spawnSync(process.execPath, [DEMO, '--site', site, '--comment', '/survey drop 2', '--sources', 'huggingface'], {
    encoding: 'utf8',
    env: { ...process.env, PATH: hugos[0] ? `${path.dirname(hugos[0].bin)}:${process.env.PATH}` : process.env.PATH }
  })
  expect(demo.status, demo.stdout + demo.stderr).toBe(0)
  const out = demo.stdout
  const headings = fs.readFileSync(path.join(site, POST), 'utf8').match(/^## \d+\. .*$/gm) ?? []
  expect(headings).toHaveLength(4)
  expect(out).toMatch(/Dropped paper 2, “[^”]+”/)
  expect(headings.join('\n')).not.toContain(/Dropped paper 2, “([^”]+)”/.exec(out)![1])
  expect(fs.existsSync(path.join(site, path.dirname(POST), 'paper_5.png'))).toBe(false)
  expect(out).toContain(`The post: ${path.join(site, POST)}`)
  expect(out).toContain('1×1 placeholder images')
  if (hugos.length) expect(out).toMatch(/Its URL: \S+llm-papers-2026-03-01\/?\n/)
  expect(out).toMatch(/See it: hugo server --source .* then open http:\/\/localhost:1313\//)
  expect(out).not.toContain('hugo-paper-survey:state')
})
