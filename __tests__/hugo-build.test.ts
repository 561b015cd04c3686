// The generated bundles built by real Hugo (Debian's 0.111 in CI): no error, no warning, every title
// and summary shown as text, and nothing from paper text becoming an element, attribute or shortcode.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { fixturePath, tinyPng } from '../scripts/stand-ins.mjs'
import { cleanText } from '../src/hugo/escape.js'
import { letters, visibleLetters } from './support/sites.js'
import { renderBundle, type PostEntry, type PostOptions } from '../src/hugo/post.js'
import { seedEntries, seedPostOptions } from './support/seed-entries.js'
import { hostile } from './support/hostile.js'
import { build, type Hugo, usableHugos } from './support/hugo.js'

function hostileEntries(): PostEntry[] {
  return hostile.map((p, i) => ({
    paper: {
      key: p.id,
      arxivId: p.id,
      title: p.title,
      authors: p.authors,
      abstract: p.abstract,
      published: '2026-03-01',
      sources: ['huggingface', 'arxiv'],
      rank: i + 1,
      score: 1
    },
    // A summary carrying the same kind of payload as its paper.
    summary: `{{< /details >}} <script>alert(1)</script> # 見出し [link](https://evil.example) ${cleanText(p.title).slice(0, 40)}についての要約です。`,
    image: { name: `paper_${i + 1}.png`, bytes: tinyPng() }
  }))
}

function buildSite(hugo: Hugo, posts: { bundle: string; entries: PostEntry[]; options: PostOptions }[]) {
  const site = fs.mkdtempSync(path.join(os.tmpdir(), 'hps-site-'))
  fs.cpSync(fixturePath('hugo-site/'), site, { recursive: true })
  for (const post of posts) {
    const dir = path.join(site, 'content/posts', post.bundle)
    fs.mkdirSync(dir, { recursive: true })
    for (const f of renderBundle(post.entries, post.options)) fs.writeFileSync(path.join(dir, f.name), f.content)
  }
  const run = build(hugo, site, ['--printPathWarnings', '--printUnusedTemplates'])
  return { site, run, html: (slug: string) => fs.readFileSync(path.join(site, 'public', slug, 'index.html'), 'utf8') }
}

const base = seedPostOptions

describe('real Hugo', () => {
  it('builds the seed post, its English twin and a hostile post without an error or a warning', (ctx) => {
    const [hugo] = usableHugos(ctx)
    const { run, html } = buildSite(hugo!, [
      { bundle: '2026-03-01-llm-papers', entries: seedEntries('ja'), options: base({}) },
      {
        bundle: '2026-03-01-llm-papers-en',
        entries: seedEntries('en'),
        options: base({ language: 'en', slug: 'en/llm-papers-2026-03-01', frontMatter: 'toml', detailsStyle: 'markdown' })
      },
      {
        bundle: '2026-02-28-hostile',
        entries: hostileEntries(),
        options: base({ date: '2026-02-28', slug: 'hostile', title: 'Hostile "title": {{< x >}} <b>' })
      }
    ])
    expect(run.status, run.output).toBe(0)
    expect(run.output).not.toMatch(/WARN|ERROR/)

    const seedHtml = html('llm-papers-2026-03-01')
    expect(seedHtml.match(/<details>/g)).toHaveLength(5)
    expect(seedHtml.match(/<img src="paper_\d\.png"/g)).toHaveLength(5)
    for (const e of seedEntries('ja')) {
      expect(visibleLetters(seedHtml).includes(letters(e.paper.title)), e.paper.title).toBe(true)
      expect(visibleLetters(seedHtml).includes(letters(e.summary)), e.summary).toBe(true)
    }
    const en = html('en/llm-papers-2026-03-01')
    expect(en).not.toContain('<details>')
    expect(en.match(/<p><strong>Original abstract<\/strong><\/p>/g)).toHaveLength(5)
    for (const e of seedEntries('en')) expect(visibleLetters(en).includes(letters(e.paper.abstract)), e.paper.title).toBe(true)

    const page = html('hostile')
    const body = page.slice(page.indexOf('<article>'))
    // Only the template's elements: no script, no injected attributes, no extra headings or blocks.
    const injected = /<script|<b>|<img [^>]*onerror|<blockquote|<table|<pre|<li>list item/i.exec(body)
    expect(injected && body.slice(injected.index - 200, injected.index + 100)).toBeNull()
    expect(body.match(/<details>/g)).toHaveLength(hostile.length)
    expect(body.match(/<hr/g)).toHaveLength(1) // the footer's rule
    expect(body.match(/<h2/g)).toHaveLength(1 + hostile.length)
    expect(body.match(/<h3/g)).toHaveLength(hostile.length)
    expect(body.match(/<ul>/g)).toHaveLength(hostile.length) // the bullets of each paper
    // Links: each paper's arXiv page, or a bare http(s) URL its own text holds; never javascript: or mailto:.
    const texts = hostileEntries()
      .flatMap((e) => [e.paper.title, e.paper.abstract, e.summary])
      .join(' ')
    for (const a of body.matchAll(/<a [^>]*href="([^"]*)"/g)) {
      const href = a[1]!.replace(/&amp;/g, '&')
      expect(
        /^https:\/\/arxiv\.org\/abs\/2603\.0000\d$/.test(href) ||
          (/^https?:\/\//.test(href) && texts.includes(href.replace(/^https?:\/\/(?=www\.)/, ''))),
        href
      ).toBe(true)
    }
    expect(page).not.toMatch(/[\u200b-\u200d\u202a-\u202e\u2066-\u2069]/)
    // Every title and summary is there as text.
    for (const e of hostileEntries()) {
      expect(visibleLetters(body).includes(letters(e.paper.title)), e.paper.title).toBe(true)
      expect(visibleLetters(body).includes(letters(e.summary)), e.summary).toBe(true)
    }
    expect(visibleLetters(body).includes(letters(hostile[4]!.abstract))).toBe(true)
  })
})
