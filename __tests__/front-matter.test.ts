// front-matter-fields (parsed with the inputs, merged into YAML and TOML front matter) and the paper
// links (code, project) a post may show, from the recorded Hugging Face answer, an abstract, or strangers.
import fs from 'node:fs'
import path from 'node:path'
import { parse as parseToml } from 'smol-toml'
import { describe, expect, it } from 'vitest'
import { parse as parseYaml } from 'yaml'
import { frontMatterValues, renderFrontMatter } from '../src/hugo/front-matter.js'
import { codeLink, githubRepository, linkTarget, projectLink } from '../src/hugo/links.js'
import { InputError, readFrontMatterFields } from '../src/settings.js'
import { conventionsFor } from '../src/site/conventions.js'
import { type Page, pageOf } from '../src/site/pages.js'
import { toCandidate } from '../src/sources/huggingface.js'
import { messageOf } from './support/errors.js'

const expand = (t: string): string => t.replaceAll('{date}', '2026-03-01')
const base = { date: '2026-03-01', language: 'ja', slug: 'llm-papers-2026-03-01', draft: false }
const body = (fm: string): unknown => parseYaml(/^---\n([\s\S]*)---\n$/.exec(fm)![1]!)

describe('front-matter-fields', () => {
  const fields = readFrontMatterFields(
    'ShowToc: true\ncover:\n  image: "{image}"\n  alt: Survey {date}\nsummary: null\nurl: null\nseries: [LLM papers]\ntitle: Papers of {date}',
    expand
  )

  it('merges into the front matter: a set key keeps its place, a new one comes last, null leaves one out', () => {
    const values = frontMatterValues({ ...base, fields, image: 'paper_1.webp' })
    expect(Object.keys(values)).toEqual([
      'title',
      'subtitle',
      'tags',
      'categories',
      'date',
      'featured',
      'draft',
      'ShowToc',
      'cover',
      'series'
    ])
    expect(values).toMatchObject({
      title: 'Papers of 2026-03-01',
      ShowToc: true,
      cover: { image: 'paper_1.webp', alt: 'Survey 2026-03-01' },
      series: ['LLM papers']
    })
  })

  it('writes the same fields in YAML and in TOML', () => {
    const values = frontMatterValues({ ...base, fields, image: 'paper_1.png' })
    const yaml = renderFrontMatter(values, 'yaml')
    expect(yaml).toContain('title: "Papers of 2026-03-01"\nsubtitle: ""\ntags: ["LLM", "AI", "論文"]')
    expect(yaml).toContain('ShowToc: true\ncover:\n  image: paper_1.png\n  alt: Survey 2026-03-01\nseries:\n  - LLM papers\n---\n')
    expect(body(yaml)).toEqual(values)
    const toml = renderFrontMatter(values, 'toml')
    expect(parseToml(/^\+\+\+\n([\s\S]*)\n\+\+\+\n$/.exec(toml)![1]!)).toEqual(values)
    expect(toml).not.toMatch(/^(summary|url) =/m)
  })

  it('leaves out a field that names {image} when the post has no image', () => {
    expect(frontMatterValues({ ...base, fields })).not.toHaveProperty('cover')
  })

  it('keeps the seed fields when empty', () => {
    expect(readFrontMatterFields('', expand)).toEqual({})
    expect(readFrontMatterFields('  \n', expand)).toEqual({})
  })

  const rejects = (text: string): string => messageOf(() => readFrontMatterFields(text, expand), InputError)

  it('names the line of a mapping that does not parse', () => {
    expect(rejects('ShowToc: true\ncover: [a\nx: 1')).toMatch(
      /^Input 'front-matter-fields' is .*expected a YAML mapping such as "ShowToc: true" or "summary: null", one field a line \(line 3: /
    )
    expect(rejects('a: 1\na: 2')).toMatch(/\(line 2: Map keys must be unique/)
  })

  it('takes a mapping only, and the identity fields only as text', () => {
    expect(rejects('- a\n- b')).toMatch(/expected a YAML mapping/)
    expect(rejects('just text')).toMatch(/expected a YAML mapping/)
    expect(rejects('title: null')).toMatch(/expected title set to text \(it may hold \{date\}\); it cannot be removed/)
    expect(rejects('date: [1]')).toMatch(/expected date set to text/)
    expect(rejects('"bad key": 1')).toMatch(/keys of letters, digits/)
  })

  it('expands no alias into a bomb', () => {
    expect(rejects('a: &a [x, x]\nb: [*a, *a, *a]')).toMatch(/without anchors or aliases/)
  })
})

describe('paper links', () => {
  const recorded = toCandidate(
    JSON.parse(
      fs.readFileSync(
        path.join(import.meta.dirname, '../__fixtures__/recorded/huggingface/daily_papers_item_2026-03_quoted_prettyprinted.json'),
        'utf8'
      )
    )
  )!

  it('takes githubRepo, githubStars and projectPage from the recorded Hugging Face answer', () => {
    expect(codeLink(recorded)).toEqual({ url: 'https://github.com/marco-garosi/CIRCLE', name: 'marco-garosi/CIRCLE', stars: 9 })
    expect(projectLink(recorded)).toEqual({ url: 'https://circle-lmm.github.io/', name: 'circle-lmm.github.io' })
  })

  it('else the first GitHub repository the abstract names, without its stars', () => {
    const abstract = 'See https://github.com/orgs/x and our code at https://github.com/kaist-dmlab/Hybridiff. Data: https://github.com/a/b.'
    expect(codeLink({ abstract })).toEqual({ url: 'https://github.com/kaist-dmlab/Hybridiff', name: 'kaist-dmlab/Hybridiff' })
    expect(codeLink({ abstract: 'Code: github.com/no/scheme and https://gitlab.com/a/b' })).toBeUndefined()
  })

  it('rebuilds a repository address from its names, so no stranger text leaves the link', () => {
    expect(githubRepository('https://github.com/owner/repo.git')?.url).toBe('https://github.com/owner/repo')
    expect(githubRepository('https://github.com/owner/repo/tree/main/sub')?.url).toBe('https://github.com/owner/repo')
    expect(codeLink({ abstract: 'at https://github.com/owner/repo)](javascript:alert(1)' })?.url).toBe('https://github.com/owner/repo')
    expect(githubRepository('https://github.com/owner/repo)](javascript:alert(1)')).toBeUndefined()
    for (const bad of [
      'javascript:alert(1)',
      'https://github.com.evil.example/a/b',
      'https://evil.example/github.com/a/b',
      'https://github.com/a',
      'https://github.com/-a/b',
      'https://github.com/owner/..'
    ])
      expect(githubRepository(bad), bad).toBeUndefined()
  })

  it('takes a project page only as an http(s) address, percent-encoding what could end a link', () => {
    expect(projectLink({ projectPage: 'javascript:alert(1)' })).toBeUndefined()
    expect(projectLink({ projectPage: 'https://user:pw@example.org/' })).toBeUndefined()
    expect(projectLink({ projectPage: 'https://localhost/' })).toBeUndefined()
    expect(projectLink({ projectPage: 'https://example.org/a b)(c)?q={{<x>}}' })).toEqual({
      url: 'https://example.org/a%20b%29%28c%29?q=%7B%7B%3Cx%3E%7D%7D',
      name: 'example.org/a b)(c)'
    })
    expect(linkTarget('https://e.example/"[x]\\')).toBe('https://e.example/%22%5Bx%5D%5C')
  })
})

describe('the description its neighbours write', () => {
  const post = { language: 'en', pagePath: 'posts/2026-03-01-llm-papers', postPath: 'content/posts/2026-03-01-llm-papers/index.md' }
  const page = (n: number, fm: Record<string, string>): Page =>
    pageOf(
      `content/posts/p${n}.md`,
      `posts/p${n}.md`,
      `---\n${Object.entries(fm)
        .map(([k, v]) => `${k}: "${v}"`)
        .join('\n')}\n---\nText\n`
    )

  it('is the field most neighbours fill with words of their own; the post writes its introduction there', () => {
    const pages = [page(1, { description: 'About transformers.' }), page(2, { description: 'About agents.' }), page(3, {})]
    const found = conventionsFor(pages, post)
    expect(found.description).toBe('description')
    const fm = frontMatterValues({
      date: '2026-03-01',
      language: 'en',
      slug: 's',
      draft: false,
      conventions: found,
      sourcesUsed: ['arxiv']
    })
    expect(Object.keys(fm).slice(0, 2)).toEqual(['title', 'description'])
    expect(fm.description).toBe(
      'This post collects notable LLM papers as of 2026-03-01. They were gathered automatically from arXiv, and the summaries were written in English with the Claude API.'
    )
  })

  it('is none when every neighbour carries one shared text, a blank one, or none at all (the seed blog’s blank summary stays)', () => {
    expect(conventionsFor([page(1, { description: 'My blog' }), page(2, { description: 'My blog' })], post).description).toBeUndefined()
    const seedLike = [page(1, { summary: ' ', subtitle: '' }), page(2, { summary: ' ', subtitle: '' })]
    const found = conventionsFor(seedLike, post)
    expect(found.description).toBeUndefined()
    expect(frontMatterValues({ date: '2026-03-01', language: 'ja', slug: 's', draft: false, conventions: found }).summary).toBe(' ')
    expect(conventionsFor([page(1, {}), page(2, { lead: 'One.' })], post).description).toBe('lead')
  })
})

describe('the site’s vocabulary', () => {
  const post = { language: 'en', pagePath: 'posts/2026-03-01-llm-papers', postPath: 'content/posts/2026-03-01-llm-papers/index.md' }
  const page = (n: number, fm: string): Page => pageOf(`content/posts/p${n}.md`, `posts/p${n}.md`, `---\n${fm}\n---\nText\n`)
  const frontMatterAmong = (pages: Page[], inputs: { tags?: string[]; categories?: string[] } = {}) =>
    frontMatterValues({ date: '2026-03-01', language: 'en', slug: 's', draft: false, conventions: conventionsFor(pages, post), ...inputs })

  it('spells the tags as the neighbours do, and never copies them into categories of the site’s own', () => {
    const pages = [page(1, 'tags: [llm, python]\ncategories: [Tutorials]'), page(2, 'tags: [ai]\ncategories: [Life]')]
    const fm = frontMatterAmong(pages)
    expect(fm.tags).toEqual(['llm', 'ai', 'Papers'])
    expect(fm).not.toHaveProperty('categories')
  })

  it('takes a category of theirs that fits the post, and leaves the maintainer’s inputs as they are', () => {
    const pages = [page(1, 'categories: [Research, Life]'), page(2, 'categories: [research]')]
    expect(frontMatterAmong(pages).categories).toEqual(['Research'])
    expect(frontMatterAmong(pages, { categories: ['Weekly'], tags: ['LLM'] })).toMatchObject({ categories: ['Weekly'], tags: ['LLM'] })
  })
})

describe('the neighbours’ common fields', () => {
  const post = { language: 'en', pagePath: 'posts/2026-03-01-llm-papers', postPath: 'content/posts/2026-03-01-llm-papers/index.md' }
  const page = (n: number, fm: string): Page => pageOf(`content/posts/p${n}.md`, `posts/p${n}.md`, `---\n${fm}\n---\nText\n`)
  const frontMatterAmong = (pages: Page[], fields?: Record<string, unknown>) =>
    frontMatterValues({ date: '2026-03-01', language: 'en', slug: 's', draft: false, conventions: conventionsFor(pages, post), fields })

  it('takes a field every neighbour sets to one value (an author, a theme flag), and none it cannot know', () => {
    const pages = [
      page(1, 'title: A\nauthor: Jane Doe\nShowToc: true\nusePageBundles: true\nweight: 3\nauthors: [Jane Doe]\ndraft: true'),
      page(2, 'title: B\nauthor: Jane Doe\nShowToc: true\nusePageBundles: true\nweight: 4\nauthors: [Jane Doe]'),
      page(3, 'title: C\nauthor: Jane Doe\nShowToc: false\nusePageBundles: true')
    ]
    const fm = frontMatterAmong(pages)
    expect(fm).toMatchObject({ author: 'Jane Doe', usePageBundles: true, authors: ['Jane Doe'], draft: false })
    expect(fm).not.toHaveProperty('ShowToc') // two values among them
    expect(fm).not.toHaveProperty('weight') // the post's place is not the action's to know
    expect(fm.title).toBe('LLM Paper Survey (2026-03-01)')
    // The maintainer's fields still decide.
    expect(frontMatterAmong(pages, { author: null })).not.toHaveProperty('author')
  })

  it('names in the log what it leaves out and why: a weight and aliases most of them have', () => {
    const basis = conventionsFor([page(1, 'weight: 3\naliases: [/a/]'), page(2, 'weight: 5\naliases: [/b/]')], post).basis
    expect(basis).toContain("left out their weight, aliases (a post's own, which the action cannot know)")
  })

  it('takes the feature image’s resource entry as the neighbours name it (LoveIt, FixIt)', () => {
    const bundle = (n: number): Page => ({
      ...pageOf(
        `content/posts/p${n}/index.md`,
        `posts/p${n}/index.md`,
        `---\nresources:\n- name: featured-image\n  src: featured-image.jpg\n---\nText\n`
      ),
      featureImage: 'featured-image'
    })
    const values = frontMatterValues({
      date: '2026-03-01',
      language: 'en',
      slug: 's',
      draft: false,
      conventions: conventionsFor([bundle(1), bundle(2)], post),
      image: 'paper_1.png'
    })
    expect(values.resources).toEqual([{ name: 'featured-image', src: 'featured-image.png' }])
  })

  it('learns only the author from one post alone: a blog’s author, not its habits', () => {
    const values = frontMatterAmong([page(1, 'author: Jane Doe\nShowToc: true')])
    expect(values.author).toBe('Jane Doe')
    expect(values).not.toHaveProperty('ShowToc')
  })
})

describe('the image field its neighbours name', () => {
  const post = { language: 'en', pagePath: 'posts/2026-03-01-llm-papers', postPath: 'content/posts/2026-03-01-llm-papers/index.md' }
  const page = (n: number, fm: string): Page => pageOf(`content/posts/p${n}/index.md`, `posts/p${n}/index.md`, `---\n${fm}\n---\nText\n`)
  const imageAmong = (pages: Page[], image?: string) =>
    frontMatterValues({ date: '2026-03-01', language: 'en', slug: 's', draft: false, conventions: conventionsFor(pages, post), image })

  it('gets the post’s first image, as a file or a list as they write it', () => {
    expect(imageAmong([page(1, 'thumbnail: cover.jpg'), page(2, 'thumbnail: "photo.png"')], 'paper_1.png').thumbnail).toBe('paper_1.png')
    expect(imageAmong([page(1, 'images: [a.png]'), page(2, 'images: [b.webp, c.png]')], 'paper_1.png').images).toEqual(['paper_1.png'])
    expect(imageAmong([page(1, 'featured_image: hero.jpg'), page(2, 'featured_image: x.jpg')], 'paper_1.png')).toMatchObject({
      featured_image: 'paper_1.png'
    })
  })

  it('is not written without an image, nor where the neighbours point outside their bundle (static/, a URL)', () => {
    expect(imageAmong([page(1, 'thumbnail: cover.jpg'), page(2, 'thumbnail: b.jpg')])).not.toHaveProperty('thumbnail')
    const outside = [page(1, 'thumbnail: /images/a.png'), page(2, 'thumbnail: https://cdn.example/b.png')]
    expect(imageAmong(outside, 'paper_1.png')).not.toHaveProperty('thumbnail')
  })
})
