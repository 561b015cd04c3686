import fc from 'fast-check'
import { parse as parseToml } from 'smol-toml'
import { describe, expect, it } from 'vitest'
import { parse as parseYaml } from 'yaml'
import { loadSeedDataset } from '../scripts/stand-ins.mjs'
import { cleanText, inlineText, paragraphText } from '../src/hugo/escape.js'
import { frontMatterValues, renderFrontMatter } from '../src/hugo/front-matter.js'
import { linksIn } from '../src/hugo/links.js'
import { renderBundle, renderMarkdown } from '../src/hugo/post.js'
import { abstractBlock } from '../src/hugo/variables.js'
import type { RankedPaper } from '../src/paper.js'
import { generatedEntries } from './support/hostile.js'
import { readPost, unescapeMarkdown } from './support/post-fields.js'
import { seedEntries, seedPostOptions } from './support/seed-entries.js'

const seed = loadSeedDataset()

const options = seedPostOptions

describe('the seed post', () => {
  it('renders field by field equal to the real post', () => {
    const post = renderMarkdown(seedEntries('ja'), options())
    expect(readPost(post)).toEqual(readPost(seed.seedPost))
    // Byte for byte too, URLs in the abstracts included; the seed file lacks only the final newline.
    expect(post).toBe(`${seed.seedPost}\n`)
  })

  it('matches its snapshot, and its English twin', async () => {
    await expect(renderMarkdown(seedEntries('ja'), options())).toMatchFileSnapshot('__snapshots__/seed-post.ja.md')
    const en = renderMarkdown(seedEntries('en'), options({ language: 'en' }))
    await expect(en).toMatchFileSnapshot('__snapshots__/seed-post.en.md')
    const fields = readPost(en)
    expect(fields.frontMatter).toMatchObject({ title: 'LLM Paper Survey (2026-03-01)', tags: ['LLM', 'AI', 'Papers'] })
    expect(fields.introHeading).toBe('Introduction')
    expect(fields.intro).toBe(
      'This post collects notable LLM papers as of 2026-03-01. They were gathered automatically from arXiv, Semantic Scholar and Hugging Face Daily Papers, and the summaries were written in English with the Claude API.'
    )
    expect(fields.papers[0]!.authors).toMatch(/ et al\.$/)
    expect(en).toContain('### Summary')
    expect(en).toContain('{{< details "Original abstract" >}}')
    expect(fields.footer).toBe('*This post was generated automatically. See each source link for the details of a paper.*')
  })

  it('writes each abstract as plain Markdown under a bold label where the site has no details shortcode', () => {
    const md = renderMarkdown(seedEntries('ja'), options({ detailsStyle: 'markdown' }))
    expect(md).not.toContain('{{')
    expect(md.match(/^\*\*原文Abstract\*\*$/gm)).toHaveLength(5)
    expect(readPost(renderMarkdown(seedEntries('ja'), options())).papers.map((p) => p.title)).toEqual(
      readPost(md).papers.map((p) => p.title)
    )
  })

  it('lists every external link of a post: the arXiv links and the bare URLs of the abstracts', () => {
    const links = linksIn(renderMarkdown(seedEntries('ja'), options()))
    expect(links).toEqual([
      'https://arxiv.org/abs/2602.23363',
      'https://medix.cvmbzuai.com',
      'https://arxiv.org/abs/2602.21760',
      'https://github.com/kaist-dmlab/Hybridiff',
      'https://arxiv.org/abs/2602.23205',
      'https://arxiv.org/abs/2602.17594',
      'https://arxiv.org/abs/2602.22594'
    ])
  })

  it('names only the sources that answered', () => {
    expect(readPost(renderMarkdown(seedEntries('ja'), options({ sourcesUsed: ['huggingface'] }))).intro).toContain(
      '。Hugging Face Daily Papersから自動収集し'
    )
  })

  it('fits other sites: title, slug, tags, categories, draft, TOML, named details', () => {
    const md = renderMarkdown(
      seedEntries('ja'),
      options({
        title: 'Reading list {date}'.replace('{date}', '2026-03-01'),
        slug: '/papers/2026-03-01/',
        tags: ['ml'],
        categories: ['Research'],
        draft: true,
        frontMatter: 'toml',
        detailsStyle: 'named'
      })
    )
    const toml = /^\+\+\+\n([\s\S]*?)\n\+\+\+\n/.exec(md)![1]!
    expect(parseToml(toml)).toEqual({
      title: 'Reading list 2026-03-01',
      subtitle: '',
      summary: ' ',
      tags: ['ml'],
      categories: ['Research'],
      url: '/papers/2026-03-01/',
      date: '2026-03-01',
      featured: false,
      draft: true
    })
    expect(md).toContain('{{< details summary="原文Abstract" >}}')
  })

  it('writes the images beside index.md', () => {
    expect(renderBundle(seedEntries('ja'), options()).map((f) => f.name)).toEqual([
      'index.md',
      'paper_1.png',
      'paper_2.png',
      'paper_3.png',
      'paper_4.png',
      'paper_5.png'
    ])
  })

  it('omits the image, the arXiv line and links to doi.org when a paper has no arXiv id', () => {
    const [entry] = seedEntries('ja')
    const paper: RankedPaper = { ...entry!.paper, arxivId: undefined, doi: '10.1000/x(1)', key: 'doi:10.1000/x(1)' }
    const md = renderMarkdown([{ paper, summary: entry!.summary }], options())
    expect(md).toContain('[huggingface](https://doi.org/10.1000/x%281%29)')
    expect(md).not.toContain('arXiv ID')
    expect(md).not.toContain('![')
  })
})

describe('untrusted text stays data', () => {
  it('defuses shortcodes, HTML, links, entities and line starts', () => {
    expect(inlineText('{{< evil >}} {{% x %}}')).toBe('&#123;&#123;&lt; evil &gt;&#125;&#125; &#123;&#123;% x %&#125;&#125;')
    expect(inlineText('<img src=x onerror=alert(1)>')).toBe('&lt;img src=x onerror=alert(1)&gt;')
    // Bare URLs stay as written (Hugo links them, as arXiv does); a Markdown link or an e-mail address never forms.
    expect(inlineText('[click](javascript:alert(1)) https://evil.example www.evil.example a@b.example')).toBe(
      '\\[click\\](javascript:alert(1)) https://evil.example www.evil.example a&#64;b.example'
    )
    expect(inlineText('&lt;b&gt; and Q&A')).toBe('&amp;lt;b&amp;gt; and Q&A')
    expect(inlineText('a\u200bb\u202ec\u0007d\nnext')).toBe('abcd next')
    expect(inlineText('price \\')).toBe('price &#92;')
    expect(inlineText('$\\sim$51K and 10\\%')).toBe('$\\sim$51K and 10\\%')
    for (const start of ['# h', '> q', '- l', '+ l', '* l', '| t |', '--- ', '=== ', '```', '~~~', '1. x', '2) y']) {
      expect(paragraphText(start)).not.toMatch(/^([#>\-+*|=`~]|\d+[.)])/)
    }
  })

  const piece = fc.constantFrom(
    '{{<',
    '>}}',
    '{{%',
    '%}}',
    '{{',
    '}}',
    '<script>',
    '</details>',
    '\n',
    '\n---\n',
    '---',
    '+++',
    '# ',
    '## ',
    '[',
    ']',
    '(',
    ')',
    '](',
    'https://evil.example/x',
    'www.',
    '"',
    "'",
    ':',
    '`',
    '|',
    '>',
    '<',
    '-',
    '*',
    '_',
    ' ',
    'a',
    'Z',
    '1.',
    '日本語',
    '\u200b',
    '\u202e',
    '\u0000',
    '$x_i$',
    '@',
    '&',
    '&#123;',
    ': ',
    'key: value',
    '#'
  )
  const text = fc.string({ unit: piece, maxLength: 30 })

  it('folds a hostile abstract in a plain <details> with no tag of its own (details-style html)', () => {
    const hostile = '</details><script>alert(1)</script>\n\n<details open>{{< x >}} [a](javascript:alert(1))'
    const block = abstractBlock(hostile, { abstract: '原文Abstract' }, 'html')
    expect(block.startsWith('<details>\n<summary>原文Abstract</summary>\n\n')).toBe(true)
    expect(block.endsWith('\n\n</details>')).toBe(true)
    expect(block.split('<').length - 1).toBe(4) // <details>, <summary>, </summary>, </details>
    expect(block).not.toContain('{{<')
  })

  it('writes each front matter value on its one line, even a text of blank lines and a --- line', () => {
    const values = frontMatterValues(options({ title: '', tags: ['\n \n---\n{{<https://evil.example/x{{<'] }))
    const yaml = renderFrontMatter(values, 'yaml')
    expect(yaml.split('\n')).toHaveLength(Object.keys(values).length + 3)
    expect(parseYaml(/^---\n([\s\S]*)---\n$/.exec(yaml)![1]!)).toEqual(values)
  })

  it('keeps front matter values exactly, whatever the title or tags contain', () => {
    fc.assert(
      fc.property(text, fc.array(text, { maxLength: 3 }), (title, tags) => {
        const values = frontMatterValues(options({ title, tags }))
        const yaml = renderFrontMatter(values, 'yaml')
        expect(parseYaml(/^---\n([\s\S]*)---\n$/.exec(yaml)![1]!)).toEqual(values)
        const toml = renderFrontMatter(values, 'toml')
        expect(parseToml(/^\+\+\+\n([\s\S]*)\n\+\+\+\n$/.exec(toml)![1]!)).toEqual(values)
      }),
      { numRuns: 300 }
    )
  })

  it('never lets paper text open a shortcode, a heading, a fence, HTML or a link', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ title: text, author: text, abstract: text, summary: text }), { minLength: 1, maxLength: 3 }),
        (papers) => {
          const entries = generatedEntries(papers)
          const md = renderMarkdown(entries, options())
          const n = papers.length
          const body = md.slice(md.indexOf('\n---\n') + 5)
          expect(body.split('{{<').length - 1).toBe(2 * n)
          expect(body.split('>}}').length - 1).toBe(2 * n)
          expect(body).not.toContain('{{%')
          expect(body).not.toContain('%}}')
          expect(body.split('<').length - 1).toBe(2 * n) // only the shortcodes' own
          const headings = body.split('\n').filter((l) => /^\s{0,3}#/.test(l))
          expect(headings).toHaveLength(1 + 2 * n)
          for (const h of headings) expect(h).toMatch(/^(## はじめに|## \d+\. .*|### 要約)$/)
          expect(body.split('\n').filter((l) => /^\s{0,3}(---|\+\+\+|\*\*\*|___|```|~~~)/.test(l))).toEqual(['---'])
          // Markdown links are the post's own; any other link is a bare URL the text itself holds.
          for (const m of body.matchAll(/(?<!\\)\]\(([^)]*)\)/g))
            expect(m[1]).toMatch(/^(https:\/\/arxiv\.org\/abs\/2602\.\d+|paper_\d\.png)$/)
          const texts = papers.flatMap((p) => [p.title, p.author, p.abstract, p.summary].map(cleanText))
          for (const link of linksIn(md).map(unescapeMarkdown))
            expect(link.startsWith('https://arxiv.org/abs/2602.') || texts.some((t) => t.includes(link)), link).toBe(true)
          // And what a reader sees is the text itself.
          const fields = readPost(md)
          papers.forEach((p, i) => {
            const seen = fields.papers[i]!
            expect(seen.title).toBe(cleanText(p.title))
            expect(seen.summary).toBe(cleanText(p.summary))
            expect(seen.abstract).toBe(cleanText(p.abstract))
          })
        }
      ),
      { numRuns: 300 }
    )
  })

  it('reads escaped text back as the original', () => {
    expect(unescapeMarkdown(paragraphText('# {{< x >}} <b> [a](b) https://c.example'))).toBe('# {{< x >}} <b> [a](b) https://c.example')
  })
})
