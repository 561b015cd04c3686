// The post is native in sites shaped like the popular themes (their config layouts, content folders,
// minimum Hugo versions and languages files; __fixtures__/sites/themes/README.md): it lands where Hugo
// builds it, at its section's URL, with a real excerpt and meta description, folded where the site can
// fold, and no two pages on one URL. And the seed blog's own shape refuses a post Hugo would not build.
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { fixturePath, startStandIns } from '../../scripts/stand-ins.mjs'
import { build, usableHugos } from '../support/hugo.js'
import { frontMatterOf } from '../../src/site/pages.js'
import { decodeEntities, problems } from '../support/sites.js'
import { errorsOf, runAgainst, siteWorkspace, type StandIns, warningsOf } from './helpers.js'

let s: StandIns
beforeAll(async () => {
  s = await startStandIns()
})
afterAll(async () => {
  await s.close()
})

const local = { 'create-pr': 'false', 'github-token': '', images: 'thumbnail' }
const BUNDLE = '2026-03-01-llm-papers'
/** The English introduction's start: the post's description where its neighbours have one. */
const INTRO = 'This post collects notable LLM papers as of 2026-03-01\\.'

/** The categories the site's own posts use (every page but `except`). */
function siteCategories(ws: string, except: string): string[] {
  const files = (fs.readdirSync(path.join(ws, 'content'), { recursive: true }) as string[]).filter((f) => f.endsWith('.md'))
  return files
    .filter((f) => path.join('content', f) !== except)
    .flatMap((f) => (frontMatterOf(fs.readFileSync(path.join(ws, 'content', f), 'utf8')).categories as string[] | undefined) ?? [])
}

/** The modelled theme's templates (a meta description and list excerpts as the themes make them). */
function withThemeLayouts(ws: string, theme?: string): void {
  const into = theme ? path.join(ws, 'themes', theme, 'layouts/_default') : path.join(ws, 'layouts/_default')
  fs.cpSync(fileURLToPath(fixturePath('sites/theme-layouts/_default/')), into, { recursive: true })
}

interface Shape {
  name: string
  theme?: string
  inputs: Record<string, string>
  /** Each post file, with the URL Hugo gives it and its language. */
  posts: { file: string; url: string; lang: string }[]
  folded: boolean
  minHugo: string
  /** The bundle's cover, if the theme shows one. */
  cover?: 'featured' | 'cover.image'
  section: string
  /** The field the theme's posts describe themselves in, which the post's introduction goes into. */
  describedBy?: 'description' | 'summary'
}

const shapes: Shape[] = [
  {
    name: 'papermod',
    theme: 'PaperMod',
    inputs: { language: 'en' },
    posts: [{ file: `content/posts/${BUNDLE}/index.md`, url: `posts/${BUNDLE}`, lang: 'en' }],
    folded: true,
    minHugo: '0.146.0',
    cover: 'cover.image',
    section: 'posts'
  },
  {
    name: 'stack',
    theme: 'hugo-theme-stack',
    inputs: { 'output-path': 'content/post' },
    posts: [{ file: `content/post/${BUNDLE}/index.md`, url: 'p/llm-paper-survey-2026-03-01', lang: 'en' }],
    folded: true,
    minHugo: '0.146.0',
    section: 'post',
    describedBy: 'description'
  },
  {
    name: 'congo',
    theme: 'congo',
    inputs: { language: 'en, ja' },
    posts: [
      { file: `content/posts/${BUNDLE}/index.en.md`, url: `posts/${BUNDLE}`, lang: 'en' },
      { file: `content/posts/${BUNDLE}/index.ja.md`, url: `ja/posts/${BUNDLE}`, lang: 'ja' }
    ],
    folded: false,
    minHugo: '0.111.0',
    cover: 'featured',
    section: 'posts'
  },
  {
    name: 'ananke',
    theme: 'ananke',
    inputs: {},
    posts: [{ file: `content/posts/${BUNDLE}/index.md`, url: `posts/${BUNDLE}`, lang: 'en' }],
    folded: true,
    minHugo: '0.146.0',
    section: 'posts',
    describedBy: 'description'
  },
  {
    name: 'hugoblox',
    inputs: { 'output-path': 'content/post' },
    posts: [{ file: `content/post/${BUNDLE}/index.md`, url: `post/${BUNDLE}`, lang: 'en' }],
    folded: true,
    minHugo: '0.146.0',
    cover: 'featured',
    section: 'post',
    describedBy: 'summary'
  }
]

describe('themes', () => {
  it.for(shapes)('$name: built at its section’s URL, listed with an excerpt, folded where it can be', async (shape, ctx) => {
    const ws = siteWorkspace(`sites/themes/${shape.name}`)
    withThemeLayouts(ws, shape.theme)
    const r = await runAgainst(s, ws, { ...local, ...shape.inputs })
    expect(errorsOf(r.stdout), r.stdout).toEqual([])
    expect(warningsOf(r.stdout), r.stdout).toEqual([])
    for (const post of shape.posts) {
      const md = fs.readFileSync(path.join(ws, post.file), 'utf8')
      // No url moving it out of its section, no blank summary or subtitle blanking its excerpt.
      expect(md, post.file).not.toMatch(/^url:|^summary: " "$|^subtitle: ""$/m)
      if (shape.describedBy) expect(md).toMatch(new RegExp(`^${shape.describedBy}: "${INTRO}`, 'm'))
      // Neighbours that describe themselves by their first words: the post's first words are a heading
      // and a paper, so its introduction goes into description and summary.
      else
        expect(md).toMatch(
          post.lang === 'en'
            ? new RegExp(`^description: "${INTRO}[^\n]*\nsummary: "${INTRO}`, 'm')
            : /^description: "本記事は[^\n]*\nsummary: "本記事は/m
        )
      // Categories only from the site's own (never the tags copied into a site whose categories are its own).
      const categories = frontMatterOf(md).categories as string[] | undefined
      for (const c of categories ?? []) expect(siteCategories(ws, post.file), `${post.file}: ${c}`).toContain(c)
      expect(md.split(/\{\{< details summary="/).length - 1).toBe(shape.folded ? 5 : 0)
      if (shape.cover === 'cover.image') expect(md).toMatch(/^cover:\n {2}image: paper_1\.png$/m)
    }
    const bundle = path.join(ws, path.dirname(shape.posts[0]!.file))
    expect(fs.existsSync(path.join(bundle, 'featured.png'))).toBe(shape.cover === 'featured')

    for (const hugo of usableHugos(ctx, shape.minHugo)) {
      fs.rmSync(path.join(ws, 'public'), { recursive: true, force: true })
      const b = build(hugo, ws, ['--printPathWarnings'])
      expect(b.status, `hugo ${hugo.version}: ${b.output}`).toBe(0)
      expect(problems(b.output), `hugo ${hugo.version}`).toEqual([])
      expect(b.output).not.toContain('Duplicate target paths')
      for (const post of shape.posts) {
        const html = fs.readFileSync(path.join(ws, 'public', post.url, 'index.html'), 'utf8')
        const description = decodeEntities(/<meta name="description" content="([^"]*)"/.exec(html)![1]!)
        expect(description.trim().length, `hugo ${hugo.version}: ${post.url} description`).toBeGreaterThan(40)
        expect(decodeEntities(/<meta property="og:description" content="([^"]*)"/.exec(html)![1]!).trim()).toBe(description.trim())
        // Described as the neighbours describe themselves: the meta description is the introduction.
        if (shape.describedBy === 'description') expect(description).toMatch(new RegExp(`^${INTRO}`))
        expect((html.match(/<details/g) ?? []).length).toBe(shape.folded ? 5 : 0)
        if (shape.cover) expect(html).toMatch(/<img class="cover" src="[^"]*(featured|paper_1)\.png">/)
        const list = fs.readFileSync(path.join(ws, 'public', post.lang === 'en' ? '' : post.lang, shape.section, 'index.html'), 'utf8')
        const entry = list.split('<article class="entry">').find((e) => e.includes(`/${post.url}/`))!
        const excerpt = decodeEntities(/<p class="excerpt">([^<]*)<\/p>/.exec(entry)![1]!).trim()
        expect(excerpt.length, `hugo ${hugo.version}: excerpt`).toBeGreaterThan(40)
        if (shape.describedBy === 'summary') expect(excerpt).toMatch(new RegExp(`^${INTRO}`))
      }
      if (shape.posts.length === 2) {
        const [a, b2] = shape.posts as [Shape['posts'][0], Shape['posts'][0]]
        expect(fs.readFileSync(path.join(ws, 'public', a.url, 'index.html'), 'utf8')).toContain(
          `<a href="/${b2.url}/" hreflang="${b2.lang}">`
        )
      }
    }
  })

  it('an English site that says nothing but languageCode gets a Japanese post and a warning naming the config and the input', async () => {
    const r = await runAgainst(s, siteWorkspace('sites/themes/papermod'), local)
    expect(warningsOf(r.stdout).join('\n')).toContain(
      "language is not set, so the post is in Japanese (ja, the default), but the site's config (hugo.yaml) sets languageCode 'en-us'."
    )
    expect(r.outputs['post-path']).toBe(`content/posts/${BUNDLE}/index.md`)
  })

  it('a site whose default language is English gets an English post when language is not set, and says so', async () => {
    const r = await runAgainst(s, siteWorkspace('sites/themes/ananke'), local)
    expect(r.stdout).toContain("language is not set: the post is written in en, the site's default content language (hugo.toml).")
  })
})

describe('the seed blog’s own shape (content/ja, content/en)', () => {
  it.each([
    ['the default content/posts', {}],
    ['content/blog', { 'output-path': 'content/blog' }]
  ])('refuses %s before any request, naming the folders Hugo builds', async (_, inputs) => {
    const before = s.requests.length
    const r = await runAgainst(s, siteWorkspace('sites/multilingual'), { ...local, ...inputs })
    expect(r.code).toBe(1)
    expect(errorsOf(r.stdout).join('\n')).toMatch(
      /which Hugo does not build: this site builds its pages from content\/ja \(ja\); content\/en \(en\)\. Set output-path to a section there, such as content\/\{lang\}\/blog \(where this site.s posts live: content\/ja\/blog for ja\)/
    )
    expect(s.requests.length).toBe(before)
  })

  it('refuses a {lang} layout on a site that translates by file name, with the input that works', async () => {
    const before = s.requests.length
    const r = await runAgainst(s, siteWorkspace('sites/multilingual-files'), {
      ...local,
      language: 'ja, en',
      'output-path': 'content/{lang}/posts'
    })
    expect(errorsOf(r.stdout).join('\n')).toMatch(/as a ja page, not en: .* Set output-path: content\/posts \(without \{lang\}\)/)
    expect(s.requests.length).toBe(before)
  })

  it('warns when details-style: named meets a workflow that pins a Hugo without the built-in shortcode', async () => {
    const ws = siteWorkspace('sites/no-shortcode', {
      '.github/workflows/hugo.yml':
        'jobs:\n  b:\n    steps:\n      - uses: peaceiris/actions-hugo@v3\n        with:\n          hugo-version: "0.111.3"\n'
    })
    const r = await runAgainst(s, ws, { ...local, language: 'ja', 'details-style': 'named' })
    expect(warningsOf(r.stdout).join('\n')).toContain(
      '.github/workflows/hugo.yml builds with Hugo 0.111.3, which has no built-in details shortcode'
    )
  })

  it('folds with the built-in details when a workflow pins a Hugo that has it', async () => {
    const ws = siteWorkspace('sites/no-shortcode', { '.github/workflows/hugo.yml': 'env:\n  HUGO_VERSION: 0.146.0\n' })
    const r = await runAgainst(s, ws, { ...local, language: 'ja' })
    expect(r.stdout).toContain("Abstracts folded as named (Hugo's built-in details: .github/workflows/hugo.yml asks for Hugo 0.146.0)")
  })
})
