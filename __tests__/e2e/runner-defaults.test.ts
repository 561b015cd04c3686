// The runner hands the action every input a workflow leaves out at its action.yml default. Through the
// bundled action, a workflow that sets nothing but its secrets gets what the README promises for the
// inputs it left out: the site's own language, and a url only where the section's posts carry one.
import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { startStandIns } from '../../scripts/stand-ins.mjs'
import { runBundled, siteWorkspace, type StandIns } from './helpers.js'

let s: StandIns
beforeAll(async () => {
  s = await startStandIns()
})
afterAll(async () => {
  await s.close()
})

it('an English site whose posts carry no url gets an English post placed by its section, with language and slug left out', async () => {
  const ws = siteWorkspace('sites/themes/ananke')
  const r = await runBundled(s, ws, { 'create-pr': 'false', images: 'none' })
  expect(r.code, r.stdout).toBe(0)
  expect(r.stdout).toContain("language is not set: the post is written in en, the site's default content language (hugo.toml).")
  const post = fs.readFileSync(path.join(ws, r.outputs['post-path'] as string), 'utf8')
  const frontMatter = post.split('\n---\n')[0] as string
  expect(frontMatter).toContain('title: "LLM Paper Survey (2026-03-01)"')
  expect(frontMatter).not.toMatch(/^url:/m)
  expect(post).toContain('## Introduction')
})
