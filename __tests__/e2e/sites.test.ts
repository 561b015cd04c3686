// The action fits Hugo sites of every shape: it reads each site, writes the post where and how that
// site needs it, and the site builds with real Hugo (0.111 and the newer one) showing every abstract.
import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadSeedDataset, startStandIns } from '../../scripts/stand-ins.mjs'
import { build, usableHugos } from '../support/hugo.js'
import { letters, problems, visibleLetters, withLayouts } from '../support/sites.js'
import { errorsOf, runAgainst, siteWorkspace, type StandIns, tempWorkspace, warningsOf } from './helpers.js'

const seed = loadSeedDataset()
const abstracts = seed.dailyPapers.map((item: { paper: { summary: string } }) => item.paper.summary.replace(/\s+/g, ' ').trim())

let s: StandIns
beforeAll(async () => {
  s = await startStandIns()
})
afterAll(async () => {
  await s.close()
})

const local = { 'create-pr': 'false', 'github-token': '', images: 'none' }

const shapes: {
  name: string
  fixture: string
  inputs: Record<string, string>
  post: string
  html: string
  open: string
  details: number
  theme?: string
  site?: string
  minHugo?: string
}[] = [
  {
    name: 'seed blog (positional)',
    fixture: 'hugo-site',
    inputs: { images: 'figure' },
    post: 'content/posts/2026-03-01-llm-papers/index.md',
    html: 'llm-papers-2026-03-01',
    open: '{{< details "原文Abstract" >}}',
    details: 5
  },
  {
    name: 'no shortcode',
    fixture: 'sites/no-shortcode',
    // Its config says languageCode = "en": without language set that is a warning (see themes.test.ts).
    inputs: { language: 'ja' },
    post: 'content/posts/2026-03-01-llm-papers/index.md',
    html: 'posts/2026-03-01-llm-papers',
    open: '**原文Abstract**',
    details: 0
  },
  {
    name: 'no shortcode, raw HTML rendered',
    fixture: 'sites/raw-html',
    inputs: {},
    post: 'content/posts/2026-03-01-llm-papers/index.md',
    html: 'posts/2026-03-01-llm-papers',
    open: '<details>\n<summary>原文Abstract</summary>',
    details: 5
  },
  {
    name: 'named shortcode',
    fixture: 'sites/named',
    inputs: {},
    post: 'content/posts/2026-03-01-llm-papers/index.md',
    html: 'posts/2026-03-01-llm-papers',
    open: '{{< details summary="原文Abstract" >}}',
    details: 5
  },
  {
    name: 'a shortcode labelled by title, open unless closed (Hextra’s parameters)',
    fixture: 'sites/titled',
    inputs: {},
    post: 'content/posts/2026-03-01-llm-papers/index.md',
    html: 'posts/2026-03-01-llm-papers',
    open: '{{< details title="原文Abstract" closed="true" >}}',
    details: 5
  },
  {
    name: 'theme shortcode',
    fixture: 'sites/theme',
    theme: 'paper',
    inputs: {},
    post: 'content/posts/2026-03-01-llm-papers/index.md',
    html: 'posts/2026-03-01-llm-papers',
    open: '{{< details "原文Abstract" >}}',
    details: 5,
    minHugo: '0.146.0'
  },
  {
    name: 'content/blog',
    fixture: 'sites/blog-section',
    inputs: { 'output-path': 'content/blog' },
    post: 'content/blog/2026-03-01-llm-papers/index.md',
    html: 'blog/2026-03-01-llm-papers',
    open: '{{< details "原文Abstract" >}}',
    details: 4
  },
  {
    name: 'multilingual contentDir',
    fixture: 'sites/multilingual',
    inputs: { 'output-path': 'content/ja/blog' },
    post: 'content/ja/blog/2026-03-01-llm-papers/index.md',
    html: 'ja/blog/2026-03-01-llm-papers',
    open: '{{< details "原文Abstract" >}}',
    details: 5
  },
  {
    name: 'site in a subfolder',
    fixture: 'sites/subfolder',
    site: 'site',
    inputs: { 'site-path': 'site' },
    post: 'site/content/posts/2026-03-01-llm-papers/index.md',
    html: 'posts/2026-03-01-llm-papers',
    open: '{{< details "原文Abstract" >}}',
    details: 5
  }
]

describe('sample sites', () => {
  it.for(shapes)('$name: the post fits the site and every Hugo here builds it with its abstracts', async (shape, ctx) => {
    const ws = siteWorkspace(shape.fixture)
    withLayouts(ws, shape.site ?? '.', shape.theme)
    const r = await runAgainst(s, ws, { ...local, ...shape.inputs })
    expect(errorsOf(r.stdout), r.stdout).toEqual([])
    expect(warningsOf(r.stdout), r.stdout).toEqual(shape.details === 4 ? [expect.stringContaining('Only 4 new papers')] : [])
    expect(r.outputs['post-path']).toBe(shape.post)
    const md = fs.readFileSync(path.join(ws, shape.post), 'utf8')
    expect(md.split(shape.open).length - 1).toBe(shape.details || 5)
    if (shape.fixture === 'hugo-site') expect(md).toBe(`${seed.seedPost}\n`)

    const site = path.join(ws, shape.site ?? '.')
    for (const hugo of usableHugos(ctx, shape.minHugo)) {
      fs.rmSync(path.join(site, 'public'), { recursive: true, force: true })
      const b = build(hugo, site)
      expect(b.status, `hugo ${hugo.version}: ${b.output}`).toBe(0)
      expect(problems(b.output), `hugo ${hugo.version}`).toEqual([])
      const html = fs.readFileSync(path.join(site, 'public', shape.html, 'index.html'), 'utf8')
      expect((html.match(/<details/g) ?? []).length, `hugo ${hugo.version}`).toBe(shape.details)
      // Every abstract folded shut, under its label.
      expect(html, `hugo ${hugo.version}`).not.toMatch(/<details[^>]*\sopen[\s>]/)
      if (shape.details) expect(html.match(/<summary>原文Abstract<\/summary>/g) ?? [], `hugo ${hugo.version}`).toHaveLength(shape.details)
      const page = visibleLetters(html)
      for (const [i, abstract] of abstracts.entries()) {
        if (shape.details === 4 && i === 0) continue // the blog-section site published MediX-R1 already
        expect(page.includes(letters(abstract)), `hugo ${hugo.version}: abstract ${i + 1}`).toBe(true)
      }
    }
  })

  it('the theme’s shortcode in layouts/shortcodes (the folder every Hugo reads) is found too', async (ctx) => {
    const ws = siteWorkspace('sites/theme')
    fs.renameSync(path.join(ws, 'themes/paper/layouts/_shortcodes'), path.join(ws, 'themes/paper/layouts/shortcodes'))
    withLayouts(ws, '.', 'paper')
    const r = await runAgainst(s, ws, local)
    expect(fs.readFileSync(path.join(ws, r.outputs['post-path']!), 'utf8')).toContain('{{< details "原文Abstract" >}}')
    for (const hugo of usableHugos(ctx)) expect(build(hugo, ws).status).toBe(0)
  })

  it('a blog whose posts live elsewhere hears where they are, and its published papers stay out', async () => {
    const r = await runAgainst(s, siteWorkspace('sites/blog-section', { 'content/docs/_index.md': '---\ntitle: Docs\n---\n' }), local)
    expect(warningsOf(r.stdout).join('\n')).toContain(
      "output-path 'content/posts' does not exist in the site, so the post starts a new section. The site's posts are in content/blog (1 page), content/docs; set output-path to the one that holds the blog's posts, such as content/blog."
    )
    expect(JSON.parse(r.outputs.papers!).map((p: { arxivId: string }) => p.arxivId)).not.toContain('2602.23363')
  })

  it('a post like its neighbours: their author and flags, their description field, their spelling and no copied categories', async () => {
    const neighbour = (n: number, description: string) =>
      `---\ntitle: "Post ${n}"\ndate: 2026-01-0${n}\ndescription: "${description}"\nauthor: "Jane Doe"\nusePageBundles: true\ntags: ["llm"]\ncategories: ["Notes"]\nweight: ${n}\n---\nText ${n}.\n`
    const ws = tempWorkspace({
      'hugo.toml': "title = 'A blog'\ndefaultContentLanguage = 'en'\n",
      'content/posts/one.md': neighbour(1, 'On tokenizers.'),
      'content/posts/two.md': neighbour(2, 'On evaluation.')
    })
    const r = await runAgainst(s, ws, local)
    expect(errorsOf(r.stdout), r.stdout).toEqual([])
    const md = fs.readFileSync(path.join(ws, r.outputs['post-path']!), 'utf8')
    const fm = md.slice(0, md.indexOf('\n---\n', 4))
    expect(fm).toContain('author: Jane Doe')
    expect(fm).toContain('usePageBundles: true')
    expect(fm).toMatch(/^description: "This post collects notable LLM papers as of 2026-03-01\./m)
    expect(fm).toContain('tags: ["llm", "AI", "Papers"]')
    expect(fm).not.toMatch(/^(categories|weight):/m)
    expect(r.stdout).toContain('their common author, usePageBundles')
  })

  it.each([
    [
      'vendored by hugo mod vendor',
      '[module]\n[[module.imports]]\npath = "github.com/example/paper-theme"\n',
      '_vendor/github.com/example/paper-theme'
    ],
    ['in themes/ under its module path', 'theme = ["github.com/example/paper-theme"]\n', 'themes/github.com/example/paper-theme']
  ])('a theme brought in as a Hugo Module, %s, is read for its details shortcode and the Hugo it needs', async (_, config, dir) => {
    const ws = tempWorkspace({
      'hugo.toml': `title = 'A blog'\n${config}`,
      [`${dir}/layouts/_shortcodes/details.html`]: '<details><summary>{{ .Get 0 }}</summary>{{ .Inner | markdownify }}</details>\n',
      [`${dir}/theme.toml`]: 'name = "Paper"\nmin_version = "0.146.2"\n'
    })
    const r = await runAgainst(s, ws, { ...local, language: 'ja' })
    expect(errorsOf(r.stdout), r.stdout).toEqual([])
    expect(r.stdout).toContain(`Abstracts folded as positional (the shortcode ${dir}/layouts/_shortcodes/details.html)`)
    expect(fs.readFileSync(path.join(ws, r.outputs['post-path']!), 'utf8')).toContain('{{< details "原文Abstract" >}}')
    // Without its shortcode, the module's min_version alone says the built-in details is there.
    fs.rmSync(path.join(ws, dir, 'layouts'), { recursive: true })
    const builtIn = await runAgainst(s, ws, { ...local, language: 'ja', date: '2026-02-28' })
    expect(builtIn.stdout).toContain(`Hugo's built-in details: ${dir}/theme.toml asks for Hugo 0.146.2`)
  })

  it('a feature image named as the neighbours name theirs (featured-image, as LoveIt and FixIt read it)', async () => {
    const bundle = (n: number) => ({
      [`content/posts/p${n}/index.md`]: `---\ntitle: "Post ${n}"\ndate: 2026-01-0${n}\n---\nText ${n}.\n`,
      [`content/posts/p${n}/featured-image.jpg`]: 'jpg'
    })
    const ws = tempWorkspace({ 'hugo.toml': "title = 'A blog'\n", ...bundle(1), ...bundle(2) })
    const r = await runAgainst(s, ws, { ...local, images: 'thumbnail' })
    expect(errorsOf(r.stdout), r.stdout).toEqual([])
    const folder = path.join(ws, path.dirname(r.outputs['post-path']!))
    const names = fs.readdirSync(folder)
    expect(names).toContain('featured-image.png')
    expect(names).not.toContain('featured.png')
    expect(fs.readFileSync(path.join(folder, 'featured-image.png'))).toEqual(fs.readFileSync(path.join(folder, 'paper_1.png')))
  })

  it('a language the site does not declare is a warning naming its config', async () => {
    const r = await runAgainst(s, siteWorkspace('sites/multilingual'), { ...local, 'output-path': 'content/ja/blog', language: 'fr' })
    expect(warningsOf(r.stdout).join('\n')).toContain(
      "The site's config (config/_default/hugo.toml, config/_default/languages.toml) declares the languages ja, en, not 'fr'"
    )
  })
})

describe('a site whose config does not parse', () => {
  it('fails naming the file, before any request', async () => {
    const before = s.requests.length
    const r = await runAgainst(s, tempWorkspace({ 'hugo.toml': 'title = "unterminated\n' }, { site: false }), {})
    expect(r.code).toBe(1)
    expect(errorsOf(r.stdout).join('\n')).toMatch(/The site's config hugo.toml does not parse \(.*\); Hugo could not build the site either/)
    expect(s.requests.length).toBe(before)
  })
})

describe('no site in the workspace', () => {
  it('fails naming the likely cause (no actions/checkout, or site-path) before any request', async () => {
    const before = s.requests.length
    const r = await runAgainst(s, tempWorkspace({}, { site: false }), {})
    expect(r.code).toBe(1)
    expect(errorsOf(r.stdout).join('\n')).toMatch(/No Hugo site in the workspace.*actions\/checkout.*site-path/)
    expect(s.requests.length).toBe(before)
    const sub = await runAgainst(s, siteWorkspace('sites/subfolder'), {})
    expect(errorsOf(sub.stdout).join('\n')).toContain('No Hugo site in the workspace')
    expect(s.requests.length).toBe(before)
  })
})
