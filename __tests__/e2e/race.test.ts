// A maintainer pushes at the last moment, just before the action moves its branch: the stand-in does
// it when the ref write (GraphQL updateRefs) arrives. Through the bundled action, as the runner starts
// it. Nothing is lost: refs and reachability are asserted afterwards, not log lines alone.
import { afterEach, describe, expect, it } from 'vitest'
import { startStandIns } from '../../scripts/stand-ins.mjs'
import { commitMessage } from '../../src/github/rules.js'
import { errorsOf, runAgainst, runBundled, type StandIns, tempWorkspace, warningsOf } from './helpers.js'

const BRANCH = 'paper-survey/2026-03-01'
const POST = 'content/posts/2026-03-01-llm-papers/index.md'
const quick = { images: 'none' }

let s: StandIns
afterEach(async () => {
  await s?.close()
})

/** Stand-ins where `push` runs once, when the first ref write reaches GitHub. */
async function withLastMomentPush(push: () => void) {
  let pushed = false
  s = await startStandIns({
    faults: {
      github: (req: { method: string; url: string; body: string }) => {
        // The ref write itself (updateRefs), not the reads the run makes through GraphQL before it.
        if (!pushed && req.method === 'POST' && req.url === '/graphql' && req.body.includes('updateRefs')) {
          pushed = true
          push()
        }
        return undefined
      }
    }
  })
}

const reachable = (from: string, sha: string): boolean => {
  const seen = new Set<string>()
  const queue = [from]
  while (queue.length) {
    const c = queue.shift()!
    if (c === sha) return true
    if (seen.has(c)) continue
    seen.add(c)
    queue.push(...s.github.commits.get(c).parents)
  }
  return false
}

describe('a push at the last moment', () => {
  it('on the action’s own branch: nothing is overwritten, the branch is kept, the post stays in the workspace and the job summary', async () => {
    let theirs = ''
    await withLastMomentPush(() => {
      theirs = s.github.commit(BRANCH, { [POST]: 'typo fixed by a reviewer\n' }, 'Fix a typo')
    })
    const ws = tempWorkspace()
    // The action's branch as a first run left it; the pushed commit lands while the second run writes.
    s.github.commitAsAction(BRANCH, { [POST]: 'the first run\n' }, commitMessage('2026-03-01'), 'main')
    const r = await runBundled(s, ws, { ...quick, 'update-published': 'false' })
    expect(errorsOf(r.stdout), r.stdout).toEqual([])
    expect(r.code).toBe(0)
    expect(s.github.refs.get(`heads/${BRANCH}`)).toBe(theirs)
    expect(s.github.filesOf(BRANCH)!.get(POST)!.toString()).toBe('typo fixed by a reviewer\n')
    expect(warningsOf(r.stdout).join('\n')).toMatch(
      new RegExp(
        `The branch '${BRANCH}' moved while this run wrote the post .* it is now at ${theirs.slice(0, 7)}\\): it now holds a commit the action did not make \\(${theirs.slice(0, 7)}\\)`
      )
    )
    expect(r.outputs['pull-request-operation']).toBe('none')
    expect(r.summary).toContain('**Not pushed:**')
    expect(r.summary).toContain('## はじめに')
    expect(r.outputs['post-path']).toBe(POST)
  })

  it('on an edited branch with add-commit: the post goes on top of the newest push, keeping both maintainer commits', async () => {
    let second = ''
    await withLastMomentPush(() => {
      second = s.github.commit(BRANCH, { 'content/posts/2026-03-01-llm-papers/notes.md': 'more notes\n' }, 'Add more notes')
    })
    s.github.commitAsAction(BRANCH, { [POST]: 'the first run\n' }, commitMessage('2026-03-01'), 'main')
    const first = s.github.commit(BRANCH, { 'content/posts/2026-03-01-llm-papers/notes.md': 'notes\n' }, 'Add notes')
    const r = await runAgainst(s, tempWorkspace(), { ...quick, 'on-edited-branch': 'add-commit' })
    expect(errorsOf(r.stdout), r.stdout).toEqual([])
    const head = s.github.refs.get(`heads/${BRANCH}`)!
    expect(s.github.commits.get(head).parents).toEqual([second])
    expect(reachable(head, first)).toBe(true)
    expect(s.github.filesOf(BRANCH)!.get('content/posts/2026-03-01-llm-papers/notes.md')!.toString()).toBe('more notes\n')
    expect(r.outputs['pull-request-operation']).toBe('created')
    // The log names the push it went on top of.
    expect(warningsOf(r.stdout).join('\n')).toContain(
      `moved while this run wrote the post (it was at ${first.slice(0, 7)}, it is now at ${second.slice(0, 7)}, with`
    )
  })

  it('when the branch is deleted meanwhile: it is created again from the base, since nothing of anyone else’s is on it', async () => {
    await withLastMomentPush(() => s.github.refs.delete(`heads/${BRANCH}`))
    s.github.commitAsAction(BRANCH, { [POST]: 'the first run\n' }, commitMessage('2026-03-01'), 'main')
    const r = await runAgainst(s, tempWorkspace(), quick)
    expect(errorsOf(r.stdout), r.stdout).toEqual([])
    const head = s.github.headCommit(BRANCH)
    expect(head.parents).toEqual([s.github.refs.get('heads/main')])
    expect(head.message).toBe(commitMessage('2026-03-01'))
    expect(s.github.filesOf(BRANCH)!.get(POST)!.toString()).toContain('## はじめに')
    expect(warningsOf(r.stdout).join('\n')).toMatch(
      /was deleted while this run wrote the post \(it was at [0-9a-f]{7}\): it is created again/
    )
  })
})
