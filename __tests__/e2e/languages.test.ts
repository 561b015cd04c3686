// One run, every language of the blog: `language: ja, en` writes both posts from one Claude call per
// paper into one pull request, in either of Hugo's translation layouts, and a real Hugo builds both,
// each page with its own language's summaries and a link to its translation.
import fs from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { loadSeedDataset, startStandIns } from '../../scripts/stand-ins.mjs'
import { build, usableHugos } from '../support/hugo.js'
import { letters, problems, visibleLetters, withLayouts } from '../support/sites.js'
import { errorsOf, runAgainst, siteWorkspace, type StandIns, warningsOf } from './helpers.js'

const seed = loadSeedDataset()
const ids: string[] = seed.dailyPapers.map((i: { paper: { id: string } }) => i.paper.id)

let s: StandIns
afterEach(async () => {
  await s?.close()
})

const layouts: {
  name: string
  fixture: string
  inputs: Record<string, string>
  posts: { ja: string; en: string }
  images: string[]
  url: string
}[] = [
  {
    name: 'by content directory',
    fixture: 'sites/multilingual',
    inputs: { 'output-path': 'content/{lang}/blog' },
    posts: { ja: 'content/ja/blog/2026-03-01-llm-papers/index.md', en: 'content/en/blog/2026-03-01-llm-papers/index.md' },
    images: ['content/ja/blog/2026-03-01-llm-papers/paper_1.png', 'content/en/blog/2026-03-01-llm-papers/paper_1.png'],
    // No post in the site to imitate: no url, so the section's path places it.
    url: 'blog/2026-03-01-llm-papers'
  },
  {
    name: 'by file name',
    fixture: 'sites/multilingual-files',
    inputs: {},
    posts: { ja: 'content/posts/2026-03-01-llm-papers/index.ja.md', en: 'content/posts/2026-03-01-llm-papers/index.en.md' },
    images: ['content/posts/2026-03-01-llm-papers/paper_1.png'],
    url: 'posts/2026-03-01-llm-papers'
  }
]

describe('language: ja, en', () => {
  it.for(layouts)('$name: both posts, one call per paper, one pull request, and Hugo builds both', async (layout, ctx) => {
    s = await startStandIns()
    const ws = siteWorkspace(layout.fixture)
    withLayouts(ws, '.')
    const r = await runAgainst(s, ws, { ...layout.inputs, language: 'ja, en', images: 'thumbnail' })
    expect(errorsOf(r.stdout), r.stdout).toEqual([])
    expect(warningsOf(r.stdout), r.stdout).toEqual([])

    // One call per paper, asking for both languages at once; the abstract is sent once.
    const calls = s.requestsTo('claude').map((q) => JSON.parse(q.body))
    expect(calls).toHaveLength(5)
    for (const c of calls) {
      expect(Object.keys(c.output_config.format.schema.properties)).toEqual(['ja', 'en'])
      expect(c.messages[0].content.match(/<abstract>/g)).toHaveLength(1)
    }

    // One pull request with every language's post, its table with a column per language, the cost by language.
    expect(s.github.pulls).toHaveLength(1)
    const files = s.github.filesOf('paper-survey/2026-03-01')!
    for (const p of [...Object.values(layout.posts), ...layout.images]) expect(files.has(p), p).toBe(true)
    expect([...files.keys()].filter((p) => p.endsWith('.png'))).toHaveLength(5 * layout.images.length)
    const body = s.github.pulls[0]!.body
    expect(body).toContain(`This pull request adds \`${layout.posts.ja}\` (ja) and \`${layout.posts.en}\` (en) with 5 papers.`)
    expect(body).toMatch(/\| # \| Title \| Sources \| Code \| Upvotes \| Citations \| Score \| ja \| en \|/)
    expect(body).toMatch(/by language, shared by the length of each language's summaries: ja \d+\.\d{4} USD, en \d+\.\d{4} USD/)
    expect(r.outputs['post-path']).toBe(layout.posts.ja)

    const ja = files.get(layout.posts.ja)!.toString('utf8')
    const en = files.get(layout.posts.en)!.toString('utf8')
    expect(ja).toContain('## はじめに')
    expect(en).toContain('## Introduction')
    for (const id of ids) {
      expect(ja).toContain(seed.summaries.ja[id])
      expect(en).toContain(seed.summaries.en[id])
    }

    // Real Hugo: each page holds its own language's summaries and links to its translation.
    for (const hugo of usableHugos(ctx)) {
      fs.rmSync(path.join(ws, 'public'), { recursive: true, force: true })
      const b = build(hugo, ws)
      expect(b.status, `hugo ${hugo.version}: ${b.output}`).toBe(0)
      expect(problems(b.output), `hugo ${hugo.version}`).toEqual([])
      const page = (lang: string) => fs.readFileSync(path.join(ws, 'public', lang, layout.url, 'index.html'), 'utf8')
      const [jaHtml, enHtml] = [page('ja'), page('en')]
      expect(jaHtml).toContain(`<a href="/en/${layout.url}/" hreflang="en">en</a>`)
      expect(enHtml).toContain(`<a href="/ja/${layout.url}/" hreflang="ja">ja</a>`)
      for (const id of ids) {
        expect(visibleLetters(jaHtml).includes(letters(seed.summaries.ja[id])), `hugo ${hugo.version}: ja ${id}`).toBe(true)
        expect(visibleLetters(enHtml).includes(letters(seed.summaries.en[id])), `hugo ${hugo.version}: en ${id}`).toBe(true)
        expect(visibleLetters(enHtml).includes(letters(seed.summaries.ja[id]))).toBe(false)
      }
      // Each language's page shows the five images, and each image it links is there (Hugo 0.169 may
      // serve a bundle's shared images from one language's folder).
      for (const lang of ['ja', 'en']) {
        const srcs = [...page(lang).matchAll(/<img src="([^"]*paper_\d\.png)"/g)].map((m) => m[1]!)
        expect(srcs, `hugo ${hugo.version}: ${lang}`).toHaveLength(5)
        for (const src of srcs) {
          const file = src.startsWith('/') ? path.join(ws, 'public', src) : path.join(ws, 'public', lang, layout.url, src)
          expect(fs.existsSync(file), `hugo ${hugo.version}: ${lang} ${src}`).toBe(true)
        }
      }
    }
  })

  it('a language that fails its checks retries the paper naming that language; failing again, the paper is replaced in every language', async () => {
    const good = (id: string) => ({ ja: seed.summaries.ja[id], en: seed.summaries.en[id] })
    let medixCalls = 0
    s = await startStandIns({
      claude: (req: { messages: { content: string }[] }) => {
        const id = ids.find((x) =>
          req.messages[0]!.content.includes(seed.dailyPapers.find((i: { paper: { id: string } }) => i.paper.id === x).paper.title)
        )!
        // The English field of the first paper comes back in Japanese, twice; of the second, once.
        if (id === ids[0]) return (medixCalls++, { json: { ...good(id), en: seed.summaries.ja[id] } })
        if (id === ids[1] && !req.messages[0]!.content.includes('rejected')) return { json: { ...good(id), en: seed.summaries.ja[id] } }
        return { json: good(id) }
      }
    })
    const ws = siteWorkspace('sites/multilingual')
    const r = await runAgainst(s, ws, { 'output-path': 'content/{lang}/blog', language: 'ja, en', images: 'none', 'create-pr': 'false' })
    expect(r.code, r.stdout).toBe(0)
    expect(medixCalls).toBe(2)
    const retries = s
      .requestsTo('claude')
      .map((q) => JSON.parse(q.body).messages[0].content as string)
      .filter((c) => c.includes('rejected'))
    expect(retries).toHaveLength(2)
    for (const retry of retries) expect(retry).toContain('the en summary: it is not written in the language "en"')
    expect(warningsOf(r.stdout).join('\n')).toMatch(/Left out "MediX-R1.*the en summary: it is not written/)
    for (const lang of ['ja', 'en']) {
      const md = fs.readFileSync(path.join(ws, `content/${lang}/blog/2026-03-01-llm-papers/index.md`), 'utf8')
      expect(md).not.toContain('MediX-R1')
      expect(md.match(/^## \d\. /gm)).toHaveLength(4)
    }
  })

  it('leaves out papers that any language’s section already published', async () => {
    s = await startStandIns()
    const ws = siteWorkspace('sites/multilingual', {
      'content/en/blog/2026-02-20-notes/index.md': '---\ntitle: Notes\n---\n\nWe read https://arxiv.org/abs/2602.21760 last week.\n'
    })
    const r = await runAgainst(s, ws, { 'output-path': 'content/{lang}/blog', language: 'ja, en', images: 'none', 'create-pr': 'false' })
    expect(JSON.parse(r.outputs.papers!).map((p: { arxivId: string }) => p.arxivId)).not.toContain('2602.21760')
  })
})
