// The review commands as the runner starts them on issue_comment: a survey opens the pull request (3
// papers, 2 reserves) once for the file, then each test's comment changes the post by one commit on top,
// starting from that survey's state. A drop runs through the bundled action on Node 24 (the runtime's
// proof); the other commands run the same run() in this process. Asserted on what the GitHub stand-in
// holds afterwards: the branch's commits and files, the pull request's body, the comments and
// reactions, and the Claude calls.
import { describe, expect, it } from 'vitest'
import { commentEvent, errorsOf, isGitHubWrite, runAgainst, runBundled, sharedSurvey, type StandIns } from './helpers.js'

const BRANCH = 'paper-survey/2026-03-01'
const POST = 'content/posts/2026-03-01-llm-papers/index.md'
const BUNDLE = 'content/posts/2026-03-01-llm-papers'

let s: StandIns
let ws: string
sharedSurvey(
  {
    standIns: { github: { collaborators: { 'octo-editor': 'write', 'octo-maintainer': 'maintain', 'octo-reader': 'read' } } },
    inputs: { count: '3' }
  },
  (standIns, workspace) => {
    s = standIns
    ws = workspace
  }
)

const command = (body: string, options: Parameters<typeof commentEvent>[1] = {}) =>
  runAgainst(s, ws, { count: '3' }, commentEvent(body, options))

const post = (): string => s.github.filesOf(BRANCH)!.get(POST)!.toString('utf8')
const headings = (): string[] =>
  post()
    .split('\n')
    .filter((l) => /^## \d/.test(l))
const claudeCalls = (): number => s.requestsTo('claude').length
const reactions = (): string[] => s.github.reactions.map((r: { content: string }) => r.content)
const lastComment = (): string => s.github.comments.at(-1)?.body ?? ''

describe('review commands', () => {
  it('drop, through the bundled action: removes the paper without a Claude call, renumbers the rest and renames their images', async () => {
    const before = post()
    const calls = claudeCalls()
    const head = s.github.refs.get(`heads/${BRANCH}`)
    const r = await runBundled(s, ws, { count: '3' }, commentEvent('/survey drop 1'))
    expect(errorsOf(r.stdout), r.stdout).toEqual([])
    expect(claudeCalls()).toBe(calls)
    expect(headings()).toEqual([
      '## 1. Accelerating Diffusion via Hybrid Data-Pipeline Parallelism Based on Conditional Guidance Scheduling',
      '## 2. EmbodMocap: In-the-Wild 4D Human-Scene Reconstruction for Embodied Agents'
    ])
    const files = s.github.filesOf(BRANCH)!
    expect(files.has(`${BUNDLE}/paper_3.png`)).toBe(false)
    expect(post()).toContain('(paper_1.png)')
    expect(post()).not.toContain('MediX-R1')
    // The old paper 2's section, as it was, under its new number.
    const section2 = before.slice(before.indexOf('\n## 2. '), before.indexOf('\n## 3. '))
    expect(post()).toContain(section2.replace('## 2. ', '## 1. ').replace('paper_2.png', 'paper_1.png'))
    // One commit on top, the action's mark, its parent the head it read.
    const commit = s.github.headCommit(BRANCH)!
    expect(commit.parents).toEqual([head])
    expect(commit.message).toMatch(/drop 1[\s\S]*Hugo-Paper-Survey: 2026-03-01/)
    expect(reactions()).toEqual(['eyes', 'rocket'])
    expect(lastComment()).toContain('Dropped paper 1, “MediX-R1: Open Ended Medical Reinforcement Learning”')
    expect(s.github.pulls[0]!.body).toContain('adds `content/posts/2026-03-01-llm-papers/index.md` with 2 papers')
    expect(r.outputs['paper-count']).toBe('2')
  })
})

describe('review commands that write', () => {
  it('replace: takes the next reserve, one Claude call, and keeps the other sections byte for byte', async () => {
    const before = post()
    const calls = claudeCalls()
    expect(s.github.pulls[0]!.body).toContain('### Reserves')
    const r = await command('/survey replace 2')
    expect(errorsOf(r.stdout), r.stdout).toEqual([])
    expect(claudeCalls() - calls).toBe(1)
    expect(headings()).toEqual([
      '## 1. MediX-R1: Open Ended Medical Reinforcement Learning',
      '## 2. AI Gamestore: Scalable, Open-Ended Evaluation of Machine General Intelligence with Human Games',
      '## 3. EmbodMocap: In-the-Wild 4D Human-Scene Reconstruction for Embodied Agents'
    ])
    const sectionOf = (text: string, n: number) => text.slice(text.indexOf(`\n## ${n}. `), text.indexOf(`\n## ${n + 1}. `))
    expect(sectionOf(post(), 1)).toBe(sectionOf(before, 1))
    expect(post().slice(post().indexOf('\n## 3. '))).toBe(before.slice(before.indexOf('\n## 3. ')))
    // The reserve's real summary, from the data set, under the built-in layout's headings.
    expect(post()).toContain('- **arXiv ID**: 2602.17594')
    expect(lastComment()).toContain('Replaced paper 2, “Accelerating Diffusion')
    expect(lastComment()).toMatch(/Claude: 1 call, \d+\.\d{4} USD/)
    // The body's table and reserves follow: the used reserve is gone from the list.
    const body = s.github.pulls[0]!.body
    expect(body).toContain('| 2 | [AI Gamestore')
    expect(body.slice(body.indexOf('### Reserves'))).not.toContain('AI Gamestore')
    expect(reactions()).toEqual(['eyes', 'rocket'])
  })

  it('redo: writes the summary again with the note as the reviewer’s request, outside the paper', async () => {
    const calls = claudeCalls()
    const r = await command('/survey redo 3 shorter, and name the <b>dataset</b>')
    expect(errorsOf(r.stdout), r.stdout).toEqual([])
    expect(claudeCalls() - calls).toBe(1)
    const request = s.requestsTo('claude').at(-1)!.json as { messages: { content: string }[] }
    const user = request.messages[0]!.content
    expect(user).toContain('<request>shorter, and name the &lt;b&gt;dataset&lt;/b&gt;</request>')
    expect(user.indexOf('<request>')).toBeGreaterThan(user.indexOf('</paper>'))
    expect(headings()).toHaveLength(3)
    expect(lastComment()).toContain('Wrote the summary of paper 3, “EmbodMocap')
  })

  it('add: appends the paper as the last one, and refuses one the post or the blog holds', async () => {
    const r = await command('/survey add 2602.22594')
    expect(errorsOf(r.stdout), r.stdout).toEqual([])
    expect(headings().at(-1)).toBe('## 4. Causal Motion Diffusion Models for Autoregressive Motion Generation')
    expect(s.github.filesOf(BRANCH)!.has(`${BUNDLE}/paper_4.png`)).toBe(true)
    const commits = s.github.commits.size
    const again = await command('/survey add 2602.23363')
    expect(again.code).toBe(0)
    expect(s.github.commits.size).toBe(commits)
    expect(lastComment()).toContain('already paper 1 of the post')
    expect(reactions().slice(-2)).toEqual(['eyes', 'confused'])
  })

  it('several commands in one comment make one commit; numbers are the post’s before it', async () => {
    const head = s.github.refs.get(`heads/${BRANCH}`)
    const r = await command('/survey drop 1\n/survey replace 3 2602.22594\nThanks, the rest reads well.')
    expect(errorsOf(r.stdout), r.stdout).toEqual([])
    expect(s.github.headCommit(BRANCH)!.parents).toEqual([head])
    expect(headings()).toEqual([
      '## 1. Accelerating Diffusion via Hybrid Data-Pipeline Parallelism Based on Conditional Guidance Scheduling',
      '## 2. Causal Motion Diffusion Models for Autoregressive Motion Generation'
    ])
  })

  it('keeps a maintainer’s hand edit of another paper, and leaves the proof ref below their commit', async () => {
    const edited = post().replace('### 要約\n\n', '### 要約\n\n（編集部注：査読中）\n\n')
    s.github.commit(BRANCH, { [POST]: edited }, 'Note on paper 1')
    const proof = s.github.refs.get(`hugo-paper-survey/${BRANCH}`)
    const r = await command('/survey drop 2')
    expect(errorsOf(r.stdout), r.stdout).toEqual([])
    expect(post()).toContain('（編集部注：査読中）')
    expect(post().indexOf('（編集部注：査読中）')).toBeLessThan(post().indexOf('\n## 2. '))
    expect(headings()).toHaveLength(2)
    // The maintainer's commit is not the action's: the proof ref did not move over it.
    expect(s.github.refs.get(`hugo-paper-survey/${BRANCH}`)).toBe(proof)
  })
})

describe('review commands refused or ignored', () => {
  const unchanged = () => {
    const head = s.github.refs.get(`heads/${BRANCH}`)
    const body = s.github.pulls[0]!.body
    const calls = claudeCalls()
    return () => {
      expect(s.github.refs.get(`heads/${BRANCH}`)).toBe(head)
      expect(s.github.pulls[0]!.body).toBe(body)
      expect(claudeCalls()).toBe(calls)
    }
  }

  it('a reader without write permission gets a reply naming it, no reaction, no commit', async () => {
    const check = unchanged()
    const r = await command('/survey drop 1', { login: 'octo-reader' })
    expect(r.code).toBe(0)
    check()
    expect(lastComment()).toContain('write, maintain or admin')
    expect(lastComment()).toContain('@\u200Docto-reader has read')
    expect(reactions()).toEqual([])
    const stranger = await command('/survey drop 1', { login: 'someone-else' })
    expect(stranger.code).toBe(0)
    expect(lastComment()).toContain('has none')
  })

  it('a maintainer (role maintain) may command', async () => {
    const r = await command('/survey help', { login: 'octo-maintainer' })
    expect(r.code).toBe(0)
    expect(lastComment()).toContain('`/survey drop N[, N…]`')
    expect(reactions()).toEqual(['eyes', 'rocket'])
  })

  it('a bad command gets the accepted forms, a confused reaction, and changes nothing', async () => {
    for (const [body, says] of [
      ['/survey dorp 1', 'unknown command dorp'],
      ['/survey drop 9', 'paper 9 is out of range: the post has papers 1 to 3'],
      ['/survey add 12345', 'add takes one arXiv id'],
      ['/survey replace 1 not-an-id', 'is not an arXiv id']
    ]) {
      const check = unchanged()
      const r = await command(body!)
      expect(r.code).toBe(0)
      check()
      expect(lastComment()).toContain(says)
      expect(lastComment()).toContain('The accepted forms')
      expect(reactions().slice(-2)).toEqual(['eyes', 'confused'])
    }
  })

  it('ignores edited comments, comments on issues, other text and fork pull requests, without a request that writes', async () => {
    const fork = s.github.openForkPull('stranger/research-blog', BRANCH)
    for (const [body, options, says] of [
      ['/survey drop 1', { action: 'edited' }, 'only new comments are commands'],
      ['/survey drop 1', { onPull: false }, 'it is on an issue'],
      ['Looks good to me', {}, 'does not start with /survey'],
      ['/survey drop 1', { number: fork }, 'comes from another repository']
    ] as const) {
      const check = unchanged()
      const writes = s.requestsTo('github').filter(isGitHubWrite).length
      const r = await command(body, options)
      expect(r.code).toBe(0)
      expect(r.stdout).toContain(says)
      check()
      expect(s.requestsTo('github').filter(isGitHubWrite).length).toBe(writes)
    }
  })
})

describe('a pull request a person opened', () => {
  it('is left alone by the commands even when its body holds a copied survey state', async () => {
    const copied = s.github.pulls[0]!.body
    s.github.pulls[0]!.state = 'closed' // the action's own is closed; a person opens one from its branch
    const theirs = s.github.openPull(BRANCH, { author: 'octo-editor', body: `My notes\n\n${copied}` })
    const head = s.github.refs.get(`heads/${BRANCH}`)
    const calls = claudeCalls()
    const writes = s.requestsTo('github').filter(isGitHubWrite).length
    const r = await command('/survey drop 1', { number: theirs })
    expect(r.code).toBe(0)
    expect(r.stdout).toContain(`pull request #${theirs} was opened by octo-editor, not by this token (github-actions[bot])`)
    expect(s.github.refs.get(`heads/${BRANCH}`)).toBe(head)
    expect(claudeCalls()).toBe(calls)
    expect(s.github.pulls.find((p: { number: number }) => p.number === theirs).body).toBe(`My notes\n\n${copied}`)
    expect(s.requestsTo('github').filter(isGitHubWrite).length).toBe(writes)
  })
})

describe('a command racing a maintainer’s push', () => {
  it('makes the same change on top of the push, and loses nothing', async () => {
    let pushed = false
    // The maintainer pushes right after the command read the branch, before it moves it.
    s.github.beforeUpdateRefs = () => {
      if (pushed) return
      pushed = true
      s.github.commit(
        BRANCH,
        { [POST]: post().replace('### 要約\n\n', '### 要約\n\n（追記）\n\n'), 'content/posts/notes.md': 'kept\n' },
        'A push meanwhile'
      )
    }
    const r = await command('/survey drop 3')
    expect(errorsOf(r.stdout), r.stdout).toEqual([])
    expect(r.stdout).toContain('moved under the command')
    expect(post()).toContain('（追記）')
    expect(s.github.filesOf(BRANCH)!.get('content/posts/notes.md')?.toString()).toBe('kept\n')
    expect(headings()).toHaveLength(2)
    expect(s.github.headCommit(BRANCH)!.message).toContain('drop 3')
  })
})
