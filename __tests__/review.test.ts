// The review commands' pure parts: reading a comment, cutting a post into its papers' sections by its
// template's shape (the seed post and the README's example templates), the edit as files, and the
// survey state kept in the pull request's body.
import { describe, expect, it } from 'vitest'
import { renderMarkdown } from '../src/hugo/post.js'
import { BUILT_IN_TEMPLATE } from '../src/hugo/built-in-template.js'
import { parseTemplate, renderParts } from '../src/hugo/template.js'
import type { RunReport } from '../src/run-report.js'
import { parseCommands, isCommandComment } from '../src/review/commands.js'
import { refusedReply } from '../src/review/reply.js'
import { editPost } from '../src/review/edit.js'
import { papersOf, partsFor, type RenderContext } from '../src/review/posts.js'
import { joinPost, NUMBER_PROBE, ReviewError, shapeOf, splitPost } from '../src/review/sections.js'
import { readState, stateLine } from '../src/body-state.js'
import { postVariables } from '../src/hugo/variables.js'
import { EXAMPLES } from './support/examples.js'
import { seedEntries, seedPostOptions } from './support/seed-entries.js'
import { dateWindow } from '../src/dates.js'
import { emptyUsage } from '../src/summarize/cost.js'
import { messageOf } from './support/errors.js'

describe('parseCommands', () => {
  it('reads each verb, several lines, and leaves other lines alone', () => {
    expect(
      parseCommands('/survey drop 2, 4\nThanks!\n/survey replace 3\n/survey replace 1 arXiv:2602.12345v2\n/survey redo 5 shorter')
    ).toEqual({
      commands: [
        { verb: 'drop', numbers: [2, 4] },
        { verb: 'replace', number: 3 },
        { verb: 'replace', number: 1, arxivId: '2602.12345' },
        { verb: 'redo', number: 5, note: 'shorter' }
      ]
    })
    expect(parseCommands('/survey add https://arxiv.org/abs/2602.12345')).toEqual({ commands: [{ verb: 'add', arxivId: '2602.12345' }] })
    expect(parseCommands('/survey')).toEqual({ commands: [{ verb: 'help' }] })
  })

  it('names the fault of a bad command', () => {
    const error = (body: string) => ('error' in parseCommands(body) ? (parseCommands(body) as { error: string }).error : '')
    expect(error('/survey dorp 1')).toContain('unknown command dorp')
    expect(error('/survey drop two')).toContain('drop takes paper numbers')
    expect(error('/survey drop 0')).toContain('drop takes paper numbers')
    expect(error('/survey add 12345')).toContain('add takes one arXiv id')
    expect(error('/survey replace 1 x y')).toContain('replace takes a paper number')
    expect(error('/survey drop 2\n/survey redo 2')).toContain('paper 2 is named by more than one command')
    expect(error(`/survey redo 1 ${'x'.repeat(501)}`)).toContain('at most 500')
    expect(error(Array.from({ length: 11 }, () => '/survey help').join('\n'))).toContain('at most 10 commands')
  })

  it('puts one paper in once: the same arXiv id by two commands, versions folded, is refused', () => {
    const error = (body: string) => (parseCommands(body) as { error?: string }).error ?? ''
    expect(error('/survey add 2602.21778\n/survey add 2602.21778v2')).toContain('arXiv 2602.21778 is put in by more than one command')
    expect(error('/survey replace 1 2602.21778\n/survey add arXiv:2602.21778')).toContain('put in by more than one command')
    expect(parseCommands('/survey replace 1 2602.21778\n/survey add 2602.21779')).toHaveProperty('commands')
  })

  it('takes commands from the comment’s own text only: not from code blocks or quotes', () => {
    const body = [
      '/survey drop 1',
      'As the docs show:',
      '```',
      '/survey drop 2',
      '```',
      '~~~~markdown',
      '/survey add 2602.00001',
      '```',
      '~~~~',
      '    /survey drop 3',
      '> /survey drop 4',
      '   /survey redo 5'
    ].join('\n')
    expect(parseCommands(body)).toEqual({
      commands: [
        { verb: 'drop', numbers: [1] },
        { verb: 'redo', number: 5 }
      ]
    })
    // An unclosed fence runs to the end of the comment, as Markdown shows it.
    expect(parseCommands('/survey drop 1\n```\n/survey drop 2')).toEqual({ commands: [{ verb: 'drop', numbers: [1] }] })
  })

  it('names a refused commenter whole and inert: a bot’s login keeps its [bot], and nobody is notified', () => {
    const reply = refusedReply('github-actions[bot]', 'none')
    expect(reply.replace(/\\/g, '')).toContain('@\u200Dgithub-actions[bot] has none')
    expect(reply).not.toMatch(/@(?!\u200D)/)
  })

  it('is a command only when the first line starts with /survey', () => {
    expect(isCommandComment('/survey drop 1')).toBe(true)
    expect(isCommandComment('  /survey help\nmore')).toBe(true)
    expect(isCommandComment('Please /survey drop 1')).toBe(false)
    expect(isCommandComment('/surveys drop 1')).toBe(false)
    expect(isCommandComment('LGTM\n/survey drop 1')).toBe(false)
  })
})

const context = (template?: string): RenderContext => ({
  date: '2026-03-01',
  sourcesUsed: ['huggingface', 'arxiv', 'semantic-scholar'],
  detailsStyle: 'positional',
  paperLinks: [],
  templates: template ? new Map([['ja', parseTemplate(template, 'layout.liquid')]]) : undefined
})

function shapeFor(ctx: RenderContext) {
  const entries = seedEntries('ja').slice(0, 2)
  const variables = postVariables(entries, { ...ctx, language: 'ja', title: '' })
  const template = ctx.templates?.get('ja') ?? parseTemplate(BUILT_IN_TEMPLATE, 'built-in')
  // The probe: paper 1 numbered NUMBER_PROBE, to find where the first line shows the number.
  const probe = renderParts(template, { ...variables, papers: [{ ...variables.papers[0]!, number: NUMBER_PROBE }, variables.papers[1]!] })
  return shapeOf(partsFor(ctx, 'ja', entries), probe?.blocks[0] ?? '')
}

describe('splitPost', () => {
  it('cuts the seed post into its five papers and puts it back byte for byte', () => {
    const markdown = renderMarkdown(seedEntries('ja'), seedPostOptions())
    const shape = shapeFor(context())
    if ('unsupported' in shape) throw new Error(shape.unsupported)
    expect(shape).toMatchObject({ anchorStart: '## N. ', lead: '\n', anchorsBefore: 0, anchorsAfter: 0, numberBefore: '## ' })
    const post = splitPost(markdown, shape, 'index.md')
    expect(post.sections).toHaveLength(5)
    expect(post.sections.map((t) => t.split('\n')[1])).toEqual(seedEntries('ja').map((e, i) => `## ${i + 1}. ${e.paper.title}`))
    expect(post.tail.startsWith('\n---\n')).toBe(true)
    expect(joinPost(post)).toBe(markdown)
    expect(
      papersOf(
        post.sections,
        seedEntries('ja')
          .map((e) => e.paper)
          .reverse()
      ).map((p) => p.arxivId)
    ).toEqual(seedEntries('ja').map((e) => e.paper.arxivId))
  })

  it.each(EXAMPLES)('cuts a post of the $name example template too', ({ source }) => {
    const ctx = context(source)
    const markdown = renderMarkdown(seedEntries('ja'), seedPostOptions({ template: ctx.templates!.get('ja') }))
    const shape = shapeFor(ctx)
    if ('unsupported' in shape) throw new Error(shape.unsupported)
    const post = splitPost(markdown, shape, 'index.md')
    expect(post.sections).toHaveLength(5)
    expect(joinPost(post)).toBe(markdown)
  })

  it('refuses a post whose sections no longer agree with the template, and a template without a fixed first line', () => {
    const markdown = renderMarkdown(seedEntries('ja'), seedPostOptions())
    const shape = shapeFor(context())
    if ('unsupported' in shape) throw new Error(shape.unsupported)
    expect(messageOf(() => splitPost(withoutEnd(markdown), shape, 'index.md'), ReviewError)).toContain(
      'the end of the last paper could not be found'
    )
    expect(shapeFor(context('{% for paper in papers %}{{ paper.title }}\n\n{{ paper.summary }}\n{% endfor %}'))).toMatchObject({
      unsupported: expect.stringContaining('must begin with a line of fixed text')
    })
    expect(() =>
      partsFor(context('{% for paper in papers limit: 2 %}## {{ paper.title }}\n{% endfor %}'), 'ja', seedEntries('ja'))
    ).toThrow(ReviewError)
  })
})

/** The post without its last thematic break, the line the template's end begins with. */
const withoutEnd = (markdown: string): string => {
  const at = markdown.lastIndexOf('\n---\n')
  return markdown.slice(0, at) + markdown.slice(at + 4)
}

describe('editPost', () => {
  it('drops a paper: the rest renumbered, their images renamed, the dropped one’s removed', () => {
    const markdown = renderMarkdown(seedEntries('ja'), seedPostOptions())
    const shape = shapeFor(context())
    if ('unsupported' in shape) throw new Error(shape.unsupported)
    const sections = splitPost(markdown, shape, 'index.md')
    const folder = 'content/posts/b'
    const files = [1, 2, 3, 4, 5].map((n) => ({ path: `${folder}/paper_${n}.png`, sha: `sha${n}` }))
    const changes = editPost({
      posts: [{ language: 'ja', path: `${folder}/index.md`, sections, shape }],
      folders: [{ folder, files }],
      papers: seedEntries('ja').map((e) => e.paper),
      slots: [{ kept: 2 }, { kept: 3 }, { kept: 4 }, { kept: 5 }],
      renderSection: () => {
        throw new Error('a drop renders nothing')
      }
    })
    const text = (changes.find((c) => c.path.endsWith('index.md')) as { content: Buffer }).content.toString('utf8')
    expect(text.split('\n').filter((l) => /^## \d/.test(l))).toEqual(
      seedEntries('ja')
        .slice(1)
        .map((e, i) => `## ${i + 1}. ${e.paper.title}`)
    )
    expect(text).toContain('(paper_1.png)')
    expect(text).not.toContain('paper_5.png')
    expect(changes.filter((c) => !c.path.endsWith('index.md'))).toEqual([
      { path: `${folder}/paper_5.png`, remove: true },
      { path: `${folder}/paper_1.png`, sha: 'sha2' },
      { path: `${folder}/paper_2.png`, sha: 'sha3' },
      { path: `${folder}/paper_3.png`, sha: 'sha4' },
      { path: `${folder}/paper_4.png`, sha: 'sha5' }
    ])
  })

  it('keeps the feature image copy under its own name (featured-image, as LoveIt reads it), now of the new first paper', () => {
    const markdown = renderMarkdown(seedEntries('ja'), seedPostOptions())
    const shape = shapeFor(context())
    if ('unsupported' in shape) throw new Error(shape.unsupported)
    const folder = 'content/posts/b'
    const files = [
      ...[1, 2, 3, 4, 5].map((n) => ({ path: `${folder}/paper_${n}.png`, sha: `sha${n}` })),
      { path: `${folder}/featured-image.png`, sha: 'sha1' },
      { path: `${folder}/cover.jpg`, sha: 'mine' }
    ]
    const changes = editPost({
      posts: [{ language: 'ja', path: `${folder}/index.md`, sections: splitPost(markdown, shape, 'index.md'), shape }],
      folders: [{ folder, files }],
      papers: seedEntries('ja').map((e) => e.paper),
      slots: [{ kept: 2 }, { kept: 3 }, { kept: 4 }, { kept: 5 }],
      renderSection: () => ''
    })
    expect(changes).toContainEqual({ path: `${folder}/featured-image.png`, sha: 'sha2' })
    expect(changes.some((c) => c.path.endsWith('/featured.png'))).toBe(false)
    expect(changes.some((c) => c.path.endsWith('/cover.jpg'))).toBe(false) // a maintainer's file
  })
})

describe('the survey state in the body', () => {
  const report = (): RunReport => {
    const papers = seedEntries('ja').map((e) => e.paper)
    return {
      date: '2026-03-01',
      window: dateWindow('2026-03-01', 3, 'Asia/Tokyo'),
      postPath: 'content/posts/b/index.md',
      postPaths: ['content/posts/b/index.md'],
      languages: ['ja'],
      written: true,
      papers: papers.slice(0, 3),
      reserves: papers.slice(3),
      requestedCount: 3,
      candidateCount: 5,
      sources: [{ source: 'huggingface', status: 'ok', count: 5, queries: ['q'] }],
      replaced: [],
      droppedByRelevance: [],
      leftOut: { published: 0, offTopic: 0, noAbstract: 0 },
      usage: { ...emptyUsage(), calls: 3, costUsd: 0.01 },
      costKnown: true,
      costByLanguage: {},
      model: 'm',
      promptHash: 'h',
      version: '1',
      relevanceRan: false,
      detailsStyle: 'positional',
      keptFiles: [],
      decisions: [],
      otherDates: [],
      links: [],
      doubts: [{ paper: papers[1]!, doubts: [{ number: '42', sentence: 's', language: 'ja' }] }]
    }
  }

  it('reads back what it wrote, papers without abstracts, doubts tied to their papers', () => {
    const back = readState(`Some body\n\n${stateLine(report())}\n`)!
    expect(back.papers.map((p) => p.arxivId)).toEqual(report().papers.map((p) => p.arxivId))
    expect(back.papers[0]!.abstract).toBe('')
    expect(back.reserves.map((p) => p.title)).toEqual(report().reserves.map((p) => p.title))
    expect(back.window.start).toEqual(report().window.start)
    expect(back.doubts[0]!.paper).toBe(back.papers[1])
    expect(back.usage.calls).toBe(3)
  })

  it('refuses a state that does not read back: no line, bad base64, a paper whose arXiv id is not one', () => {
    expect(readState('no state here')).toBeUndefined()
    expect(readState('<!-- hugo-paper-survey:state v1 bm90IGpzb24= -->')).toBeUndefined()
    const bad = { ...report(), papers: [{ ...report().papers[0]!, arxivId: '../../etc/passwd' }] }
    expect(readState(stateLine(bad)!)).toBeUndefined()
  })

  it('checks every field as strictly as the papers: a model, a source, a kept file, a language out of shape is no state', () => {
    const base = report()
    expect(readState(stateLine({ ...base, keptFiles: ['content/posts/b/notes.md'], proof: 'a'.repeat(40) })!)).toMatchObject({
      keptFiles: ['content/posts/b/notes.md'],
      proof: 'a'.repeat(40)
    })
    const bads: Partial<RunReport>[] = [
      { model: '<img src=x onerror=alert(1)>' },
      { model: '@octo-blog/editors' },
      { filterModel: 'm\n## heading' },
      { sources: [{ source: 'evil' as 'arxiv', status: 'ok', count: 1, queries: [] }] },
      { sources: [{ source: 'arxiv', status: 'pwned' as 'ok', count: 1, queries: [] }] },
      { keptFiles: ['content/posts/b/../../../.github/workflows/x.yml'] },
      { keptFiles: ['.github/workflows/x.yml'] },
      { keptFiles: ['content/posts/b/sub/deeper.md'] },
      { keptFiles: ['content/posts/b/<b>x</b>.md'] },
      { languages: ['ja<script>'] },
      { postPaths: ['/etc/passwd'] },
      { detailsStyle: 'shortcode' as 'named' }
    ]
    for (const bad of bads) expect(readState(stateLine({ ...base, ...bad })!), JSON.stringify(bad)).toBeUndefined()
    // A proof that is no commit id is dropped, the rest stays readable.
    expect(readState(stateLine({ ...base, proof: 'HEAD~1' })!)?.proof).toBeUndefined()
  })
})
