import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { actionDefaults } from '../scripts/run-action.mjs'
import { InputError, isValidBranchName, readSettings, type Settings } from '../src/settings.js'
import { withSiteLanguage } from '../src/stages/languages.js'

const NOW = new Date('2026-11-29T12:00:00Z')
const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'hps-settings-'))
const read = (inputs: Record<string, string>) =>
  readSettings((name) => ({ 'anthropic-api-key': 'k', 'github-token': 't', ...inputs })[name] ?? '', { workspace, now: NOW })

describe('readSettings', () => {
  it('applies the documented defaults', () => {
    const s = read({})
    expect(s).toMatchObject({
      date: '2026-11-29',
      timezone: 'UTC',
      lookbackDays: 3,
      sources: ['huggingface', 'arxiv', 'semantic-scholar'],
      count: 5,
      languages: ['ja'],
      outputPath: 'content/posts',
      bundleName: '2026-11-29-llm-papers',
      model: 'claude-sonnet-5-5',
      createPr: true,
      branch: 'paper-survey/2026-11-29',
      draft: false,
      arxivCategories: ['cs.CL', 'cs.AI', 'cs.LG'],
      maxConcurrency: 5,
      frontMatter: 'yaml',
      detailsStyle: 'auto',
      sitePath: '.',
      onEditedBranch: 'keep',
      updatePublished: false,
      images: 'figure',
      slug: 'llm-papers-2026-11-29',
      urls: {
        huggingface: 'https://huggingface.co',
        arxiv: 'https://export.arxiv.org',
        arxivHtml: 'https://arxiv.org/html',
        semanticScholar: 'https://api.semanticscholar.org',
        anthropic: 'https://api.anthropic.com'
      }
    })
    expect(s.keywords).toContain('LLM')
  })

  it('reads today in the given time zone', () => {
    // 2026-11-29T12:00Z is already the 30th in Kiritimati (UTC+14).
    expect(read({ timezone: 'Pacific/Kiritimati' }).date).toBe('2026-11-30')
    expect(read({ timezone: 'Pacific/Kiritimati', date: '2026-11-30' }).date).toBe('2026-11-30')
  })

  it('parses lists, reviewers and templates', () => {
    const s = read({
      sources: 'arxiv\nhuggingface',
      reviewers: 'alice, org/editors',
      labels: 'a,,b, a',
      branch: 'survey-{date}',
      date: '2026-03-01'
    })
    expect(s.sources).toEqual(['huggingface', 'arxiv'])
    expect(s.reviewers).toEqual(['alice'])
    expect(s.teamReviewers).toEqual(['editors'])
    expect(s.labels).toEqual(['a', 'b'])
    expect(s.branch).toBe('survey-2026-03-01')
  })

  const bad: [string, Record<string, string>, RegExp][] = [
    ['date', { date: '2026-3-1' }, /YYYY-MM-DD/],
    ['date', { date: '2026-02-30' }, /YYYY-MM-DD/],
    ['date', { date: '2027-01-01' }, /not after today \(2026-11-29\)/],
    ['timezone', { timezone: 'Mars/Olympus' }, /IANA time zone/],
    ['count', { count: '0' }, /from 1 to 50/],
    ['count', { count: '51' }, /from 1 to 50/],
    ['count', { count: 'abc' }, /from 1 to 50/],
    ['sources', { sources: 'twitter' }, /huggingface, arxiv, semantic-scholar/],
    ['sources', { sources: ',' }, /huggingface, arxiv, semantic-scholar/],
    ['output-path', { 'output-path': '/etc' }, /relative path inside the site/],
    ['output-path', { 'output-path': 'content/../../x' }, /relative path inside the site/],
    ['language', { language: 'japanese!' }, /BCP 47/],
    ['branch', { branch: 'a..b' }, /valid Git branch name/],
    ['branch', { branch: 'has space' }, /valid Git branch name/],
    ['arxiv-url', { 'arxiv-url': 'ftp://export.arxiv.org' }, /http\(s\) URL/],
    ['anthropic-base-url', { 'anthropic-base-url': 'not a url' }, /http\(s\) URL/],
    ['max-concurrency', { 'max-concurrency': '0' }, /from 1 to 16/],
    ['max-concurrency', { 'max-concurrency': '17' }, /from 1 to 16/],
    ['draft', { draft: 'yes' }, /true or false/],
    ['anthropic-api-key', { 'anthropic-api-key': '' }, /Anthropic API key/],
    ['model-prices', { 'model-prices': 'claude-x=cheap' }, /model=input,output/]
  ]
  it.each(bad)('rejects a bad %s naming the input and the accepted form', (input, inputs, accepted) => {
    let error: unknown
    try {
      read(inputs)
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(InputError)
    expect((error as InputError).message).toMatch(new RegExp(`^Input '${input}'`))
    expect((error as InputError).message).toMatch(accepted)
  })

  it('rejects an output-path that leaves the workspace through a symlink', () => {
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'hps-outside-'))
    fs.symlinkSync(outside, path.join(workspace, 'escape'))
    expect(() => read({ 'output-path': 'escape/posts' })).toThrow(/leaves the workspace through a symlink/)
    fs.mkdirSync(path.join(workspace, 'content'), { recursive: true })
    expect(read({ 'output-path': 'content/posts' }).outputPath).toBe('content/posts')
  })
})

describe('isValidBranchName', () => {
  it('follows git check-ref-format', () => {
    for (const ok of ['paper-survey/2026-03-01', 'main', 'a/b/c', 'x_y.z']) expect(isValidBranchName(ok), ok).toBe(true)
    for (const no of [
      '',
      '@',
      '-x',
      'a..b',
      'a//b',
      'a/',
      'a.',
      'a.lock',
      'a/.b',
      'a~b',
      'a^b',
      'a:b',
      'a?b',
      'a*b',
      'a[b',
      'a\\b',
      'a@{b',
      'a b'
    ]) {
      expect(isValidBranchName(no), no).toBe(false)
    }
  })
})

describe('action.yml defaults, as the runner passes them', () => {
  // The runner hands the action every input a workflow leaves out at its action.yml default, so "empty
  // means …" behaviour only exists if the default is that empty value, or reads the same as it.
  const defaults = actionDefaults()
  const withDefaults = (name: string): string => (name === 'anthropic-api-key' || name === 'github-token' ? 'k' : (defaults[name] ?? ''))

  it('every default reads exactly as the input left empty', () => {
    const empty = readSettings((name) => (name === 'anthropic-api-key' || name === 'github-token' ? 'k' : ''), { workspace, now: NOW })
    const given = readSettings(withDefaults, { workspace, now: NOW })
    expect(given).toEqual(empty)
  })

  it('every input the parser reads is declared in action.yml', () => {
    const asked = new Set<string>()
    readSettings((name) => (asked.add(name), withDefaults(name)), { workspace, now: NOW })
    expect([...asked].filter((n) => !(n in defaults))).toEqual([])
    expect(Object.keys(defaults).filter((n) => !asked.has(n))).toEqual([])
  })

  it("the README's inputs table gives each input action.yml's default, or no literal value where the default is empty", () => {
    const readme = fs.readFileSync(new URL('../README.md', import.meta.url), 'utf8')
    const rows = new Map(
      [...readme.matchAll(/^\| `([a-z-]+)` \|([^|]*)\|/gm)]
        .filter((m) => (m[1] as string) in defaults)
        .map((m) => [m[1], (m[2] as string).trim()])
    )
    expect([...rows.keys()].sort()).toEqual(Object.keys(defaults).sort())
    for (const [name, cell] of rows) {
      const value = defaults[name as string] as string
      if (value !== '') expect(cell, name).toBe(`\`${value}\``)
      else expect(cell, `${name}: the runner passes '' for it, so the README must not name a literal default`).not.toMatch(/^`[^`]*`$/)
    }
  })
})

describe('the site language when the language input is empty', () => {
  const site = (config: string): Settings => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hps-lang-'))
    fs.writeFileSync(path.join(dir, 'hugo.toml'), config)
    return readSettings((name) => (name === 'anthropic-api-key' || name === 'github-token' ? 'k' : ''), { workspace: dir, now: NOW })
  }
  const logged = () => {
    const lines: string[] = []
    return { lines, log: { info: (m: string) => lines.push(`info: ${m}`), warning: (m: string) => lines.push(`warning: ${m}`) } }
  }

  it.each([
    ["locale = 'en-us'", 'locale'],
    ["languageCode = 'en-us'", 'languageCode']
  ])('%s alone (what hugo new site writes) keeps ja and warns, naming the key', (config, key) => {
    const { lines, log } = logged()
    expect(withSiteLanguage(site(`title = 'x'\n${config}\n`), log).languages).toEqual(['ja'])
    expect(lines).toEqual([
      expect.stringContaining(
        `warning: language is not set, so the post is in Japanese (ja, the default), but the site's config (hugo.toml) sets ${key} 'en-us'.`
      )
    ])
  })

  it('defaultContentLanguage decides, with a log line', () => {
    const { lines, log } = logged()
    expect(withSiteLanguage(site("defaultContentLanguage = 'en'\nlocale = 'en-us'\n"), log).languages).toEqual(['en'])
    expect(lines).toEqual([
      expect.stringContaining("info: language is not set: the post is written in en, the site's default content language")
    ])
  })
})
