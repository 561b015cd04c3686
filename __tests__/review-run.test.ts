// The review run's other outcomes, in this process on a virtual clock (the bundled action's own tests
// are e2e/review.test.ts): a summary that fails its checks twice, no reserve left, a body without its
// survey state, inputs that place the post elsewhere, a closed pull request, a template the commands
// cannot cut; and drop, redo and help in this process.
import { describe, expect, it } from 'vitest'
import { startStandIns } from '../scripts/stand-ins.mjs'
import { commentEvent, errorsOf, runAgainst, sharedSurvey, type StandIns, tempWorkspace } from './e2e/helpers.js'

const BRANCH = 'paper-survey/2026-03-01'
let s: StandIns
let ws: string
sharedSurvey(
  {
    standIns: { github: { collaborators: { 'octo-editor': 'write' } } },
    workspace: () => tempWorkspace(),
    inputs: { count: '3', images: 'none' }
  },
  (standIns, workspace) => {
    s = standIns
    ws = workspace
  }
)

const command = (body: string, inputs: Record<string, string> = {}) =>
  runAgainst(s, ws, { count: '3', images: 'none', ...inputs }, commentEvent(body))
const lastComment = (): string => s.github.comments.at(-1)?.body ?? ''
const reactions = (): string[] => s.github.reactions.map((r: { content: string }) => r.content)
const head = (): string => s.github.refs.get(`heads/${BRANCH}`)

describe('a review command that cannot be carried out changes nothing', () => {
  it('redo whose summary fails twice: 😕, a reply, a failed step, the post as it was', async () => {
    const before = head()
    const calls = s.requestsTo('claude').length
    const short = await startStandIns({ claude: () => ({ summary: 'Too short.' }) })
    try {
      const r = await runAgainst(
        s,
        ws,
        { count: '3', images: 'none', 'anthropic-base-url': short.urls.anthropic },
        commentEvent('/survey redo 1')
      )
      expect(r.code).toBe(1)
      expect(errorsOf(r.stdout).join('\n')).toContain('No new summary passed the checks twice')
      expect(short.requestsTo('claude')).toHaveLength(2)
      expect(s.requestsTo('claude')).toHaveLength(calls)
      expect(head()).toBe(before)
      expect(lastComment()).toContain('The command failed and nothing was changed')
      expect(reactions()).toEqual(['eyes', 'confused'])
    } finally {
      await short.close()
    }
  })

  it('replace with no reserve left names the form with an id', async () => {
    expect((await command('/survey replace 1')).code).toBe(0)
    expect((await command('/survey replace 1')).code).toBe(0)
    const before = head()
    const r = await command('/survey replace 1')
    expect(r.code).toBe(0)
    expect(head()).toBe(before)
    expect(lastComment()).toContain('no unused reserve is left to replace paper 1')
  })

  it('drop of every paper is refused; an id arXiv does not know is refused', async () => {
    await command('/survey drop 1, 2, 3')
    expect(lastComment()).toContain('without papers')
    await command('/survey add 2601.00001')
    expect(lastComment()).toContain('arXiv has no paper 2601.00001')
  })

  it('inputs that place the post elsewhere fail before any change, naming the inputs', async () => {
    const before = head()
    const r = await command('/survey drop 1', { 'bundle-name': '{date}-papers' })
    expect(r.code).toBe(1)
    expect(errorsOf(r.stdout).join('\n')).toContain('give the review workflow the same inputs')
    expect(head()).toBe(before)
  })

  it('a body without its survey state, and a closed pull request, are ignored', async () => {
    const pull = s.github.pulls[0]!
    const body = pull.body
    pull.body = 'Edited by hand.'
    expect((await command('/survey drop 1')).stdout).toContain('holds no survey state')
    pull.body = body
    pull.state = 'closed'
    expect((await command('/survey drop 1')).stdout).toContain('is closed')
    expect(reactions()).toEqual([])
  })

  it('a template whose papers begin without fixed text is named in the reply', async () => {
    const own = tempWorkspace({
      'layouts-src/post.liquid': '{{ intro }}\n{% for paper in papers %}{{ paper.title }}\n\n{{ paper.summary }}\n{% endfor %}'
    })
    const r = await runAgainst(s, own, { count: '3', images: 'none', template: 'layouts-src/post.liquid' }, commentEvent('/survey drop 1'))
    expect(r.code).toBe(1)
    expect(lastComment()).toContain('must begin with a line of fixed text')
  })
})

describe('review commands in process', () => {
  it('drop, then redo with a note, then help: each a commit or a reply, the body kept up to date', async () => {
    expect(errorsOf((await command('/survey drop 2')).stdout)).toEqual([])
    const body = s.github.pulls[0]!.body
    expect(body).toContain('with 2 papers')
    expect(body).toContain('### Review commands')
    const r = await command('/survey redo 1 name the benchmark')
    expect(errorsOf(r.stdout)).toEqual([])
    expect(r.outputs['pull-request-operation']).toBe('updated')
    expect(Number(r.outputs['cost-usd'])).toBeGreaterThan(0)
    expect(s.github.pulls[0]!.body).toMatch(/\d+ Claude calls/)
    await command('/survey help')
    expect(lastComment()).toContain('Numbers are the post')
  })
})
