// The blog's own layout through the action: the example templates of docs/layouts.md with front-matter-fields
// and paper-links, committed to the branch and built by real Hugo; a template that cannot be used
// stops the bundled action before any request.
import fs from 'node:fs'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { parse as parseYaml } from 'yaml'
import { startStandIns } from '../../scripts/stand-ins.mjs'
import { BUILT_IN_TEMPLATE } from '../../src/hugo/built-in-template.js'
import { build, usableHugos } from '../support/hugo.js'
import { problems, visibleLetters, withLayouts } from '../support/sites.js'
import { EXAMPLES } from '../support/examples.js'
import { errorsOf, runAgainst, runBundled, siteWorkspace, type StandIns } from './helpers.js'

const ROOT = path.resolve(import.meta.dirname, '../..')
const LAYOUTS = fs.readFileSync(path.join(ROOT, 'docs/layouts.md'), 'utf8')
const POST = 'content/posts/2026-03-01-llm-papers/index.md'

let s: StandIns
beforeEach(async () => {
  s = await startStandIns()
})
afterEach(async () => {
  await s.close()
})

const frontMatterOf = (md: string): Record<string, unknown> => parseYaml(/^---\n([\s\S]*?)\n---\n/.exec(md)![1]!)

describe('your own layout', () => {
  it('the PaperMod example: committed by the bundled action as docs/layouts.md configures it, and Hugo builds it', async (ctx) => {
    const ws = siteWorkspace('hugo-site', { '.github/survey-post.liquid': EXAMPLES[0]!.source })
    const r = await runBundled(s, ws, {
      template: '.github/survey-post.liquid',
      'front-matter-fields': 'ShowToc: true\ncover:\n  image: "{image}"\n  alt: LLM papers {date}\nsummary: null',
      'paper-links': 'code, project'
    })
    expect(errorsOf(r.stdout), r.stdout).toEqual([])
    const md = s.github.filesOf('paper-survey/2026-03-01')!.get(POST)!.toString('utf8')
    expect(fs.readFileSync(path.join(ws, POST), 'utf8')).toBe(md)
    const fm = frontMatterOf(md)
    expect(fm).toMatchObject({
      title: 'LLM論文サーベイ（2026-03-01）',
      ShowToc: true,
      cover: { image: 'paper_1.png', alt: 'LLM papers 2026-03-01' }
    })
    expect(fm).not.toHaveProperty('summary')
    expect(md.match(/^\*\*TL;DR\*\* /gm)).toHaveLength(5)
    expect(md).toContain(' · [コード](https://github.com/kaist-dmlab/Hybridiff)')
    expect(md).not.toContain('### 要約')

    withLayouts(ws, '.')
    for (const hugo of usableHugos(ctx)) {
      fs.rmSync(path.join(ws, 'public'), { recursive: true, force: true })
      const b = build(hugo, ws)
      expect(b.status, b.output).toBe(0)
      expect(problems(b.output)).toEqual([])
      const html = fs.readFileSync(path.join(ws, 'public/llm-papers-2026-03-01/index.html'), 'utf8')
      expect(html).toContain('<a href="https://github.com/kaist-dmlab/Hybridiff">')
      expect(html.match(/<details/g)).toHaveLength(5)
      expect(html.match(/<strong>TL;DR<\/strong>/g)).toHaveLength(5)
      expect(visibleLetters(html)).toContain('TLDRMediXR1は')
    }
  })

  it('the compact example: one numbered list, and Hugo builds it', async (ctx) => {
    const ws = siteWorkspace('hugo-site', { 'templates/compact.liquid': EXAMPLES[1]!.source })
    const r = await runAgainst(s, ws, { template: 'templates/compact.liquid', 'create-pr': 'false', language: 'en' })
    expect(errorsOf(r.stdout), r.stdout).toEqual([])
    const md = fs.readFileSync(path.join(ws, POST), 'utf8')
    expect(md.split('\n').filter((l) => /^\d\. \*\*\[/.test(l))).toHaveLength(5)
    withLayouts(ws, '.')
    for (const hugo of usableHugos(ctx)) {
      fs.rmSync(path.join(ws, 'public'), { recursive: true, force: true })
      const b = build(hugo, ws)
      expect(b.status, b.output).toBe(0)
      const html = fs.readFileSync(path.join(ws, 'public/llm-papers-2026-03-01/index.html'), 'utf8')
      expect(html.match(/<ol>\s*(<li>[\s\S]*?<\/li>\s*){5}<\/ol>/)).not.toBeNull()
    }
  })

  it('docs/layouts.md shows the built-in layout and both examples as they are', () => {
    expect(LAYOUTS).toContain(`\`\`\`liquid\n${BUILT_IN_TEMPLATE}\`\`\``)
    for (const e of EXAMPLES) expect(LAYOUTS, e.name).toContain(`\`\`\`liquid\n${e.source}\`\`\``)
  })
})

describe('a template that cannot be used stops before any request', () => {
  const cases: [string, Record<string, string>, Record<string, string>, RegExp, string?][] = [
    [
      'an unknown variable',
      { '.github/post.liquid': '{% for p in papers %}\n{{ p.summary }}\n{% if p.code_url %}{{ p.repo }}{% endif %}{% endfor %}' },
      { template: '.github/post.liquid' },
      /Template \.github\/post\.liquid line 3: unknown variable p\.repo \(a paper has: number, /
    ],
    [
      'a parse error',
      { '.github/post.liquid': '{% for p in papers %}\n{{ p.title' },
      { template: '.github/post.liquid' },
      /Template \.github\/post\.liquid: .*line 2/
    ],
    [
      'a missing file',
      {},
      { template: '.github/post.liquid' },
      /Input 'template': \.github\/post\.liquid is not in the repository\. Commit the template, check out the repository before this step/
    ],
    [
      "the second language's file",
      { '.github/post.ja.liquid': '{{ intro }}', '.github/post.en.liquid': '{{ intro }}\n\n{{ introduction }}' },
      { template: '.github/post.{lang}.liquid', language: 'ja, en', 'output-path': 'content/posts' },
      /Template \.github\/post\.en\.liquid line 3: unknown variable introduction/,
      'sites/multilingual-files'
    ],
    [
      'paper text in a shortcode',
      { 't.liquid': '{% for p in papers %}{% raw %}{{< figure title="{% endraw %}{{ p.title }}{% raw %}" >}}{% endraw %}{% endfor %}' },
      { template: 't.liquid' },
      /\{\{ p\.title \}\} stands inside a shortcode call.*\{\{ p\.title \| attribute \}\}/
    ],
    [
      "a template in the site's layouts",
      { 'layouts/partials/post.liquid': '{{ intro }}' },
      { template: 'layouts/partials/post.liquid' },
      /layouts\/partials\/post\.liquid is inside the site's layouts\/ folder, where Hugo would read it as one of its own templates/
    ],
    ['a bad front-matter-fields', {}, { 'front-matter-fields': 'ShowToc: [true' }, /Input 'front-matter-fields' .*\(line 1: /],
    [
      'a bad paper-links',
      {},
      { 'paper-links': 'code, stars' },
      /Input 'paper-links' is "stars": expected a comma-separated list of code and project/
    ],
    [
      'a template outside the repository',
      {},
      { template: '../elsewhere.liquid' },
      /Input 'template' .*expected the path of a Liquid file from the repository root/
    ]
  ]

  it.each(cases)('%s', async (_, files, inputs, message, site = 'hugo-site') => {
    const ws = siteWorkspace(site, files)
    // In this process: the bundled action's way of failing on a bad input is proven in bad-inputs.test.ts.
    const r = await runAgainst(s, ws, inputs)
    expect(r.code).toBe(1)
    const errors = errorsOf(r.stdout)
    expect(errors).toHaveLength(1)
    expect(errors[0]).toMatch(message)
    expect(s.requests).toEqual([])
    expect(fs.existsSync(path.join(ws, path.dirname(POST)))).toBe(false)
  })
})
