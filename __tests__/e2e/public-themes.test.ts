// The post on eight public themes nobody tuned it for (__fixtures__/sites/public/: each theme's own
// templates and example posts, see each README): the action run as the runner runs it, with
// action.yml's defaults and only the inputs the README tells such a blog to set, then the site built with
// the newest Hugo and the built HTML judged as a reader sees it. Beautiful Hugo and FixIt were kept out
// of the tuning and checked last.
import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startStandIns } from '../../scripts/stand-ins.mjs'
import { frontMatterOf } from '../../src/site/pages.js'
import { build, usableHugos } from '../support/hugo.js'
import { decodeEntities } from '../support/sites.js'
import { errorsOf, runAgainst, runBundled, siteWorkspace, type StandIns } from './helpers.js'

let s: StandIns
beforeAll(async () => {
  s = await startStandIns()
})
afterAll(async () => {
  await s.close()
})

const BUNDLE = '2026-03-01-llm-papers'
const INTRO = /^This post collects notable LLM papers as of 2026-03-01\./
const FIRST_PAPER = 'MediX-R1'

interface Theme {
  name: string
  /** What the README tells a blog on this theme to set. */
  inputs: Record<string, string>
  /** The post file the action writes, and where its neighbours' URLs put it. */
  post: string
  url: string
  /** The list page whose entries show a summary (none: the theme lists titles only). */
  list?: string
  /** The field the neighbours name their author in. */
  author?: string
  /** How the theme shows a post's cover on its page, where the neighbours have one. */
  cover?: RegExp
  heldOut?: boolean
}

const themes: Theme[] = [
  {
    name: 'terminal',
    inputs: {},
    post: `content/posts/${BUNDLE}/index.md`,
    url: `posts/${BUNDLE}`,
    list: 'posts',
    author: 'author',
    cover: /<img[^>]*class="post-cover"/
  },
  { name: 'coder', inputs: {}, post: `content/posts/${BUNDLE}/index.md`, url: `posts/${BUNDLE}`, author: 'authors' },
  {
    name: 'hextra',
    inputs: { 'output-path': 'content/blog', language: 'en' },
    post: `content/blog/${BUNDLE}/index.md`,
    url: `blog/${BUNDLE}`,
    list: 'blog',
    author: 'authors'
  },
  {
    name: 'hugo-book',
    inputs: { 'output-path': 'content.en/posts' },
    post: `content.en/posts/${BUNDLE}/index.md`,
    url: `posts/${BUNDLE}`,
    list: 'posts'
  },
  {
    name: 'clarity',
    inputs: { 'output-path': 'content/post' },
    post: `content/post/${BUNDLE}/index.md`,
    url: `post/${BUNDLE}`,
    list: 'post'
  },
  {
    name: 'loveit',
    inputs: {},
    post: `content/posts/${BUNDLE}/index.md`,
    url: BUNDLE,
    list: '',
    author: 'author',
    cover: /<div class="featured-image"><img/
  },
  {
    name: 'beautifulhugo',
    inputs: { 'output-path': 'content/post' },
    post: `content/post/${BUNDLE}/index.md`,
    url: `post/${BUNDLE}`,
    list: '',
    author: 'author',
    heldOut: true
  },
  {
    name: 'fixit',
    inputs: {},
    post: `content/posts/${BUNDLE}/index.md`,
    url: `posts/${BUNDLE}`,
    list: '',
    cover: /<div class="featured-image"><img/,
    heldOut: true
  }
]

/** Every local image address in a page (src, and data-src where a theme loads lazily), as a path in public/. */
function localImages(html: string, pageUrl: string): string[] {
  return [...html.matchAll(/<img\b[^>]*>/g)].flatMap((m) =>
    [...m[0].matchAll(/\b(?:data-)?src=["']([^"']+)["']/g)]
      .map((a) => decodeEntities(a[1]!))
      .filter((src) => !/^(data:|https?:\/\/(?!example\.org\/))/.test(src) && !src.endsWith('loading.min.svg'))
      .map((src) => src.replace(/^https:\/\/example\.org\//, '/').split(/[?#]/)[0]!)
      .map((src) => (src.startsWith('/') ? src : `/${pageUrl}/${src}`))
  )
}

const metaDescription = (html: string): string => decodeEntities(/<meta name="description" content="([^"]*)"/i.exec(html)?.[1] ?? '').trim()

describe('public themes', () => {
  it.for([...themes.filter((t) => !t.heldOut), ...themes.filter((t) => t.heldOut)])(
    '$name: a post a maintainer merges untouched',
    { timeout: 120_000 },
    async (theme, ctx) => {
      const ws = siteWorkspace(`sites/public/${theme.name}`)
      // In this process on the virtual clock (arXiv's 3 s between requests would be real sleeps in a child
      // process), with every input the runner would pass; the held-out FixIt through the bundled action on Node 24.
      const run = theme.name === 'fixit' ? runBundled : runAgainst
      const r = await run(s, ws, { 'create-pr': 'false', 'github-token': '', ...theme.inputs })
      expect(errorsOf(r.stdout), r.stdout).toEqual([])
      const md = fs.readFileSync(path.join(ws, theme.post), 'utf8')
      const fm = frontMatterOf(md)
      const neighbours = fs
        .readdirSync(path.join(ws, path.dirname(path.dirname(theme.post))), { recursive: true })
        .map(String)
        .filter((f) => /\.md$/.test(f) && !f.startsWith(BUNDLE) && !/_index/.test(f) && !/\.(pt-br|zh)\.md$/.test(f))
        .map((f) => frontMatterOf(fs.readFileSync(path.join(ws, path.dirname(path.dirname(theme.post)), f), 'utf8')))
      // Categories only from the neighbours', never the tags copied.
      const theirCategories = neighbours.flatMap((n) => (n.categories as string[] | undefined) ?? [])
      for (const c of (fm.categories as string[] | undefined) ?? []) expect(theirCategories, `category ${c}`).toContain(c)
      // An author where the neighbours have one: the one they all name, as they write it.
      const authors = new Set(neighbours.map((n) => JSON.stringify(n[theme.author ?? ''] ?? null)))
      if (theme.author && authors.size === 1 && !authors.has('null'))
        expect(JSON.stringify(fm[theme.author]), md.slice(0, 600)).toBe([...authors][0])

      for (const hugo of usableHugos(ctx, '0.161.0')) {
        const b = build(hugo, ws, [])
        expect(b.status, b.output).toBe(0)
        const page = path.join(ws, 'public', theme.url, 'index.html')
        expect(fs.existsSync(page), `${theme.url} in ${fs.readdirSync(path.join(ws, 'public')).join(', ')}`).toBe(true)
        const html = fs.readFileSync(page, 'utf8')
        // In the site's language, described by its description, not its first heading or paper.
        expect(html).toMatch(/<html[^>]* lang="en/)
        expect(metaDescription(html)).toMatch(INTRO)
        // Every abstract folded shut under a label.
        const folds = [...html.matchAll(/<details\b([^>]*)>\s*<summary[^>]*>([\s\S]*?)<\/summary>/g)].filter((m) => /abstract/i.test(m[2]!))
        expect(folds.length, 'folded abstracts').toBe(5)
        for (const f of folds) expect(f[1], 'closed').not.toMatch(/\bopen\b/)
        if (theme.cover) expect(html, 'a cover as the neighbours show').toMatch(theme.cover)
        // Every image of the page resolves.
        for (const src of localImages(html, theme.url)) expect(fs.existsSync(path.join(ws, 'public', decodeURI(src))), src).toBe(true)
        if (theme.list !== undefined) {
          const list = fs.readFileSync(path.join(ws, 'public', theme.list, 'index.html'), 'utf8')
          // Its entry (a menu may link it too): the description, never the first paper.
          const entries = [...list.matchAll(new RegExp(`/${theme.url}/`, 'g'))].map((m) =>
            decodeEntities(list.slice(m.index, m.index + 3000).replace(/<[^>]+>/g, ' ')).replace(/\s+/g, ' ')
          )
          expect(entries.some((e) => e.includes('This post collects notable LLM papers as of 2026-03-01.'))).toBe(true)
          for (const e of entries) expect(e.slice(0, 1500)).not.toContain(FIRST_PAPER)
        }
      }
    }
  )
})
