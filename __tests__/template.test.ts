// Post templates: every documented variable in both languages, the checks that run before any paid
// call (unknown variables in any branch, parse errors, partials, paper text inside a shortcode), and
// paper text staying text through a maintainer's template.
import fs from 'node:fs'
import path from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { BUILT_IN_TEMPLATE } from '../src/hugo/built-in-template.js'
import { renderMarkdown, type PostEntry } from '../src/hugo/post.js'
import { parseTemplate, renderTemplate, TemplateError } from '../src/hugo/template.js'
import { PAPER_FIELDS, postVariables } from '../src/hugo/variables.js'
import { toCandidate } from '../src/sources/huggingface.js'
import { messageOf } from './support/errors.js'
import { EXAMPLES } from './support/examples.js'
import { generatedEntries, hostile } from './support/hostile.js'
import { png, seedEntries, seedPostOptions as options } from './support/seed-entries.js'

const ROOT = path.resolve(import.meta.dirname, '..')
const recordedItem = JSON.parse(
  fs.readFileSync(path.join(ROOT, '__fixtures__/recorded/huggingface/daily_papers_item_2026-03_quoted_prettyprinted.json'), 'utf8')
)

/** The recorded Hugging Face paper (githubRepo, githubStars, projectPage), ranked first. */
function recordedEntry(): PostEntry {
  const c = toCandidate(recordedItem)!
  return { paper: { ...c, rank: 1, score: 1, citations: 3 }, summary: '要約です。二文目。', image: { name: 'paper_1.png', bytes: png } }
}

const everyVariable = [
  '{{ date }}|{{ lang }}|{{ title }}|{{ intro }}|{{ paper_links | join: "," }}',
  '{% for p in papers %}',
  ...PAPER_FIELDS.map((f) => `${f}={{ p.${f} }}`),
  '{% endfor %}',
  '{{ labels.intro_heading }}|{{ labels.authors }}|{{ labels.et_al }}|{{ labels.published }}|{{ labels.source }}|{{ labels.arxiv_id }}|{{ labels.code }}|{{ labels.project }}|{{ labels.summary }}|{{ labels.abstract }}|{{ labels.footer }}'
].join('\n')

describe('template variables', () => {
  const render = (language: string): string =>
    renderTemplate(
      parseTemplate(everyVariable, 'every.liquid'),
      postVariables([recordedEntry()], {
        date: '2026-03-06',
        language,
        title: 'T',
        sourcesUsed: ['huggingface'],
        detailsStyle: 'named',
        paperLinks: ['code']
      })
    )

  it('gives every documented variable its value, links from the recorded Hugging Face answer', () => {
    const out = render('ja')
    expect(out).toContain('2026-03-06|ja|T|本記事は2026-03-06時点')
    expect(out).toContain('|code\n')
    for (const line of [
      'number=1',
      'title=Large Multimodal Models as General In-Context Classifiers',
      'authors=Marco GarosiMatteo FarinaAlessandro ContiMassimiliano ManciniElisa Ricci',
      'authors_short=Marco Garosi, Matteo Farina, Alessandro Conti, Massimiliano Mancini, Elisa Ricci',
      'published=2026-02-26',
      'arxiv_id=2602.23229',
      'abs_url=https://arxiv.org/abs/2602.23229',
      'pdf_url=https://arxiv.org/pdf/2602.23229',
      'code_url=https://github.com/marco-garosi/CIRCLE',
      'code_name=marco-garosi/CIRCLE',
      'github_stars=9',
      'project_url=https://circle-lmm.github.io/',
      'project_name=circle-lmm.github.io',
      'sources=huggingface',
      'source_url=https://arxiv.org/abs/2602.23229',
      'source_name=arXiv',
      'upvotes=10',
      'citations=3',
      'summary=要約です。二文目。',
      'image=paper_1.png'
    ])
      expect(out).toContain(`\n${line}\n`)
    expect(out).toMatch(/\nabstract=Which multimodal model should we use for classification\? .* specialized models\.\n/)
    expect(out).toContain('abstract_block={{< details summary="原文Abstract" >}}\nWhich multimodal')
    expect(out).toContain('はじめに|著者| ほか|公開日|ソース|arXiv ID|コード|プロジェクト|要約|原文Abstract|*この記事は自動生成')
  })

  it('gives the English words in English', () => {
    expect(render('en')).toContain(
      'Introduction|Authors| et al.|Published|Source|arXiv ID|Code|Project page|Summary|Original abstract|*This post'
    )
  })

  it('gives null, never an invented value, where a paper has no link, date or image', () => {
    const sparse: PostEntry = {
      paper: {
        key: 'title:x',
        title: 'X',
        authors: [],
        abstract: 'No code here.',
        published: '',
        sources: ['semantic-scholar'],
        rank: 1,
        score: 0
      },
      summary: 's'
    }
    const out = renderTemplate(
      parseTemplate(
        '{% for p in papers %}{{ p.code_url | default: "none" }} {{ p.arxiv_id | default: "none" }} {{ p.image | default: "none" }} {{ p.published | default: "none" }}{% endfor %}',
        't'
      ),
      postVariables([sparse], { date: 'd', language: 'en', title: 'T', sourcesUsed: [], detailsStyle: 'markdown', paperLinks: [] })
    )
    expect(out).toBe('none none none none')
  })
})

describe('template checks (before any paid call)', () => {
  const fails = (source: string): string => messageOf(() => parseTemplate(source, '.github/post.liquid'), TemplateError)

  it('names the file, the line and the variable for an unknown variable, in a branch no sample takes too', () => {
    expect(fails('ok\n{{ dat }}')).toBe(
      'Template .github/post.liquid line 2: unknown variable dat (the variables are: date, lang, title, intro, papers, labels, paper_links)'
    )
    expect(fails('{% for p in papers %}\n{% if p.upvotes > 1000 %}\n{{ p.titel }}{% endif %}{% endfor %}')).toMatch(
      /^Template \.github\/post\.liquid line 3: unknown variable p\.titel \(a paper has: number, title, /
    )
    expect(fails('{{ labels.tldr }}')).toMatch(/line 1: unknown variable labels\.tldr \(labels has: intro_heading,/)
    expect(fails('{{ papers[0].abstrct }}')).toMatch(/line 1: unknown variable papers\.0\.abstrct/)
    expect(fails('{{ papers.first.sumary }}')).toMatch(/line 1: unknown variable papers\.first\.sumary/)
  })

  it('accepts what a template may name: assigned variables, forloop, loops over other lists', () => {
    expect(() =>
      parseTemplate(
        '{% assign n = papers | size %}{{ n }}{% for p in papers %}{{ forloop.index }}{% for a in p.authors %}{{ a }}{% endfor %}{% endfor %}{% capture x %}{{ date }}{% endcapture %}{{ x }}',
        't'
      )
    ).not.toThrow()
  })

  it('names months in the runner’s locale (en-US) whatever the machine’s', () => {
    const vars = postVariables([recordedEntry()], {
      date: '2026-03-06',
      language: 'ja',
      title: 'T',
      sourcesUsed: [],
      detailsStyle: 'markdown',
      paperLinks: []
    })
    expect(renderTemplate(parseTemplate('{{ date | date: "%B %-d, %Y (%a)" }}', 'd.liquid'), vars)).toBe('March 6, 2026 (Fri)')
  })

  it('names the line of a parse error, and an unknown filter', () => {
    expect(fails('a\n{% if papers %}\nno end')).toMatch(
      /^Template \.github\/post\.liquid: tag \{% if papers %\} not closed \(line 2, column 1\)/
    )
    expect(fails('{{ date | shout }}')).toMatch(/^Template \.github\/post\.liquid: undefined filter: shout \(line 1/)
  })

  it('reads no other file', () => {
    for (const tag of ['include', 'render', 'layout'])
      expect(fails(`{% ${tag} "/etc/passwd" %}`)).toMatch(/read other files, which a post template may not do/)
  })

  it('refuses paper text inside a shortcode call or an HTML tag unless it passes through attribute', () => {
    expect(fails('{% for p in papers %}{% raw %}{{< figure caption="{% endraw %}{{ p.title }}{% raw %}" >}}{% endraw %}{% endfor %}')).toBe(
      'Template .github/post.liquid line 1: {{ p.title }} stands inside a shortcode call, where paper text could end the parameter: write {{ p.title | attribute }}'
    )
    expect(fails('{% for p in papers %}<a title="{{ p.summary }}">x</a>{% endfor %}')).toMatch(
      /\{\{ p\.summary \}\} stands inside an HTML tag/
    )
    const ok = parseTemplate(
      '{% for p in papers %}{% raw %}{{< figure src="{% endraw %}{{ p.image }}{% raw %}" caption="{% endraw %}{{ p.title | attribute }}{% raw %}" >}}{% endraw %}\n{% endfor %}',
      't'
    )
    const entry = { ...recordedEntry(), paper: { ...recordedEntry().paper, title: 'A "quoted" >}} {{< evil >}} title' } }
    const out = renderTemplate(
      ok,
      postVariables([entry], { date: 'd', language: 'en', title: 'T', sourcesUsed: [], detailsStyle: 'markdown', paperLinks: [] })
    )
    expect(out).toBe(
      '{{< figure src="paper_1.png" caption="A &quot;quoted&quot; &gt;&#125;&#125; &#123;&#123;&lt; evil &gt;&#125;&#125; title" >}}\n'
    )
  })
})

describe('the built-in layout and the examples', () => {
  it('is a template like any other, and writes the seed post', () => {
    const fromTemplate = renderMarkdown(seedEntries('ja'), options({ template: parseTemplate(BUILT_IN_TEMPLATE, 'copy.liquid') }))
    // The seed file lacks the final newline every written post has; the rest is byte for byte.
    expect(fromTemplate).toBe(`${fs.readFileSync(path.join(ROOT, '__fixtures__/seed-2026-03-01/seed-post.md'), 'utf8')}\n`)
  })

  it('shows the code and project lines only when paper-links asks', () => {
    const entry = recordedEntry()
    expect(renderMarkdown([entry], options())).not.toContain('コード')
    const md = renderMarkdown([entry], options({ paperLinks: ['code', 'project'] }))
    expect(md).toContain(
      '- **arXiv ID**: 2602.23229\n- **コード**: [marco-garosi/CIRCLE](https://github.com/marco-garosi/CIRCLE) (★ 9)\n- **プロジェクト**: [circle-lmm.github.io](https://circle-lmm.github.io/)\n\n![Large'
    )
  })

  it.each(EXAMPLES)('$name renders the seed papers in both languages', ({ source, file }) => {
    for (const language of ['ja', 'en'] as const) {
      const md = renderMarkdown(seedEntries(language), options({ language, template: parseTemplate(source, file), paperLinks: [] }))
      expect(md).toContain('(https://github.com/kaist-dmlab/Hybridiff)')
      expect(md.match(/https:\/\/arxiv\.org\/abs\/2602\.\d+\)/g)).toHaveLength(5)
    }
  })

  it('the PaperMod example has a TL;DR of one sentence', () => {
    const md = renderMarkdown(seedEntries('ja'), options({ template: parseTemplate(EXAMPLES[0]!.source, 'papermod') }))
    const tldr = md.split('\n').filter((l) => l.startsWith('**TL;DR** '))
    expect(tldr).toHaveLength(5)
    for (const line of tldr) expect(line.match(/。/g)).toHaveLength(1)
    const en = renderMarkdown(seedEntries('en'), options({ language: 'en', template: parseTemplate(EXAMPLES[0]!.source, 'papermod') }))
    for (const line of en.split('\n').filter((l) => l.startsWith('**TL;DR** '))) expect(line).toMatch(/^\*\*TL;DR\*\* [^]*[^.]\.$/)
  })
})

describe('paper text stays text through a template', () => {
  const piece = fc.constantFrom(
    'a',
    ' ',
    '{{<',
    '>}}',
    '{{%',
    '<b>',
    '</details>',
    '[x](https://e.example)',
    '# ',
    '1. ',
    '- ',
    '```',
    '"',
    "'",
    '|',
    '\\',
    '@user',
    '&amp;',
    '*',
    '_'
  )
  const text = fc.string({ unit: piece, maxLength: 20 })

  it.each(EXAMPLES)('$name: no shortcode, HTML, heading or link comes from paper text', ({ name, source, file }) => {
    const template = parseTemplate(source, file)
    fc.assert(
      fc.property(
        fc.array(fc.record({ title: text, author: text, abstract: text, summary: text }), { minLength: 1, maxLength: 3 }),
        (papers) => {
          const entries = generatedEntries(papers, { image: false, links: true })
          const md = renderMarkdown(entries, options({ template, detailsStyle: 'markdown' }))
          const body = md.slice(md.indexOf('\n---\n') + 5)
          expect(body).not.toMatch(/\{\{[<%]|[>%]\}\}|<[A-Za-z/!]/)
          const headings = body.split('\n').filter((l) => /^\s{0,3}#/.test(l))
          expect(headings.length).toBe(name === 'compact' ? 0 : papers.length)
          for (const m of body.matchAll(/(?<!\\)\]\(([^)]*)\)/g)) expect(m[1]).toMatch(/^https:\/\/arxiv\.org\/abs\/2602\.\d+$/)
        }
      ),
      { numRuns: 200 }
    )
  })

  it.each(EXAMPLES)('$name: the hostile-paper fixtures stay text', ({ name, source, file }) => {
    const entries = hostile.map((h, i) => ({
      paper: {
        key: h.id,
        arxivId: h.id,
        title: h.title,
        authors: h.authors,
        abstract: h.abstract,
        published: '2026-02-26',
        sources: ['huggingface' as const],
        rank: i + 1,
        score: 1
      },
      summary: h.abstract
    }))
    const md = renderMarkdown(entries, options({ template: parseTemplate(source, file), detailsStyle: 'markdown' }))
    const body = md.slice(md.indexOf('\n---\n') + 5)
    expect(body).not.toMatch(/\{\{[<%]|[>%]\}\}|<[A-Za-z/!]/)
    expect(body.split('\n').filter((l) => /^\s{0,3}#/.test(l))).toHaveLength(name === 'compact' ? 0 : hostile.length)
    for (const m of body.matchAll(/(?<!\\)\]\(([^)]*)\)/g))
      expect(m[1]).toMatch(/^https:\/\/(arxiv\.org\/abs\/|github\.com\/[\w.-]+\/[\w.-]+$)/)
  })
})
