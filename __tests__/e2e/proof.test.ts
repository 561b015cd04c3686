// The action's proof of its own commits holds whether or not GitHub keeps the ref
// refs/hugo-paper-survey/<branch>: a GitHub stand-in that keeps it, one that refuses and hides refs
// outside heads/ and tags/ (REST and GraphQL alike), and one that takes the write but never serves it
// back. On each: the survey, a re-run with a new post, `/survey drop 2`, then a maintainer's amend and a
// re-run that keeps it. The refusing GitHub runs through the bundled action on Node 24; the others run
// the same run() in this process. Asserted on the branch, its commits, the pull request and its state.
import { describe, expect, it } from 'vitest'
import { startStandIns } from '../../scripts/stand-ins.mjs'
import { readState } from '../../src/body-state.js'
import { commitMessage } from '../../src/github/rules.js'
import { commentEvent, errorsOf, runAgainst, runBundled, siteWorkspace, warningsOf } from './helpers.js'

const BRANCH = 'paper-survey/2026-03-01'
const POST = 'content/posts/2026-03-01-llm-papers/index.md'
const PROOF_REF = `hugo-paper-survey/${BRANCH}`
// Hugging Face alone brings the stand-ins' five papers; the other sources add none, and a wait less.
const inputs = { images: 'none', sources: 'huggingface', count: '3' }

const githubs = [
  { name: 'a GitHub that keeps the proof ref', github: {}, keeps: true, bundled: false },
  {
    name: 'a GitHub that refuses and hides refs outside heads/ and tags/',
    github: { refuseCustomRefs: true },
    keeps: false,
    bundled: true
  },
  { name: 'a GitHub that takes the proof ref but never serves it', github: { hideCustomRefs: true }, keeps: false, bundled: false }
]

describe.each(githubs)('on $name', ({ github, keeps, bundled }) => {
  it('a re-run updates the action’s branch, review commands work, and a maintainer’s amend is kept', async () => {
    const s = await startStandIns({ github })
    try {
      const ws = siteWorkspace()
      const run = (extra: Record<string, string> = {}, env: Record<string, string> = {}) =>
        (bundled ? runBundled : runAgainst)(s, ws, { ...inputs, ...extra }, env)
      const state = () => readState(s.github.pulls[0]!.body)!
      const head = () => s.github.refs.get(`heads/${BRANCH}`)
      const headings = () =>
        (
          s.github
            .filesOf(BRANCH)!
            .get(POST)!
            .toString('utf8')
            .match(/^## \d.*$/gm) ?? []
        ).length

      // The survey: the pull request records the commit it made; the ref too, where GitHub keeps it.
      const first = await run()
      expect(errorsOf(first.stdout), first.stdout).toEqual([])
      expect(first.outputs['pull-request-operation']).toBe('created')
      expect(state().proof).toBe(head())
      expect(s.github.refs.get(PROOF_REF) === head()).toBe(keeps || 'hideCustomRefs' in github)

      // A re-run with a new post: the action's own branch moves onto the base again, the same pull request.
      const second = await run({ count: '4' })
      expect(errorsOf(second.stdout), second.stdout).toEqual([])
      expect(second.outputs['pull-request-operation']).toBe('updated')
      expect(s.github.headCommit(BRANCH).parents).toEqual([s.github.refs.get('heads/main')])
      expect(headings()).toBe(4)
      expect(state().proof).toBe(head())
      expect(second.stdout).toContain(
        keeps ? `proven by the ref refs/${PROOF_REF}` : 'proven by the commit recorded in pull request #1: GitHub does not serve the ref'
      )
      expect(second.stdout.split('are proven by').length - 1).toBe(1) // said once
      expect(second.summary).toContain(keeps ? 'proven by the ref' : 'proven by the commit recorded in pull request')
      expect(s.github.pulls).toHaveLength(1)

      // A review command: one commit on top, the body's record follows it.
      const surveyed = head()
      const drop = await run({}, commentEvent('/survey drop 2', { login: 'octo-blog' }))
      expect(errorsOf(drop.stdout), drop.stdout).toEqual([])
      expect(s.github.headCommit(BRANCH).parents).toEqual([surveyed])
      expect(headings()).toBe(3)
      expect(state().papers).toHaveLength(3)
      expect(state().proof).toBe(head())
      expect(s.github.comments.at(-1)!.body).toContain('Dropped')

      // A maintainer amends the action's last commit: a new commit neither proof reaches, so it is theirs.
      const amended = s.github.commit(BRANCH, { [POST]: 'amended by a maintainer\n' }, commitMessage('2026-03-01'), surveyed)
      const claude = s.requestsTo('claude').length
      const again = await run({ count: '5' })
      expect(again.code).toBe(0)
      expect(head()).toBe(amended)
      expect(s.github.filesOf(BRANCH)!.get(POST)!.toString('utf8')).toBe('amended by a maintainer\n')
      expect(s.requestsTo('claude').length).toBe(claude)
      expect(warningsOf(again.stdout).join('\n')).toContain(`1 commit(s) the action did not make (${amended.slice(0, 7)})`)
    } finally {
      await s.close()
    }
  })
})
