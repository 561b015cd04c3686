// The one input parser. Every input is read and validated here, before any network call; a bad
// input throws an InputError that names the input and the form it accepts.
import fs from 'node:fs'
import path from 'node:path'
import { isMap, parseDocument } from 'yaml'
import { dayInZone, isValidTimeZone } from './dates.js'
import defaultKeywords from './default-keywords.json' with { type: 'json' }
import { type SourceName, SOURCE_NAMES } from './paper.js'
import { mapStrings } from './text.js'

export class InputError extends Error {
  constructor(
    readonly input: string,
    readonly accepted: string,
    got: string
  ) {
    super(`Input '${input}' ${got === '' ? 'is empty' : `is ${JSON.stringify(truncate(got))}`}: expected ${accepted}.`)
    this.name = 'InputError'
  }
}

export type FrontMatterFormat = 'yaml' | 'toml'
/** How the abstract is folded: the site's `details` shortcode (positional or named parameter), or plain Markdown. */
/**
 * How an abstract is folded: by the label's position, as `summary=` (Hugo's own), as `title=` (Hextra's,
 * told to start closed), as a plain HTML <details> (a site that renders raw HTML), or not.
 */
export type DetailsStyle = 'positional' | 'named' | 'title' | 'html' | 'markdown'
export type DetailsSetting = DetailsStyle | 'auto'
export type OnEditedBranch = 'keep' | 'add-commit'
export type ImageMode = 'figure' | 'thumbnail' | 'none'
export type HuggingFaceFilter = 'none' | 'keywords'
/** The links of a paper the built-in layout can show. */
export type PaperLinkKind = 'code' | 'project'

export interface ModelPrice {
  inputPerMTok: number
  outputPerMTok: number
}

export interface Settings {
  anthropicApiKey: string
  githubToken: string
  semanticScholarApiKey: string
  date: string
  timezone: string
  lookbackDays: number
  sources: SourceName[]
  count: number
  /** The blog's languages, the main one first: every post is written in each. */
  languages: string[]
  /** Whether the language input was given; when not, the site's own language may decide (stages/languages.ts). */
  languageGiven: boolean
  keywords: string[]
  arxivCategories: string[]
  huggingfaceFilter: HuggingFaceFilter
  failOnEmpty: boolean
  model: string
  maxConcurrency: number
  relevanceFilter: boolean
  filterModel: string
  relevanceThreshold: number
  modelPrices: Record<string, ModelPrice>
  maxCostUsd: number | undefined
  /** The Hugo site's folder relative to the workspace, with forward slashes ('.' for the root). */
  sitePath: string
  /** Path of the content section relative to the site, with forward slashes; may hold {lang} (see outputPathFor). */
  outputPath: string
  bundleName: string
  title: string | undefined
  slug: string
  /** Whether slug was given: then the post writes url whatever its neighbours do. */
  slugGiven: boolean
  tags: string[] | undefined
  categories: string[] | undefined
  postDraft: boolean
  frontMatter: FrontMatterFormat
  detailsStyle: DetailsSetting
  /** The post template's path from the repository root, may hold {lang}; the built-in layout when undefined. */
  template: string | undefined
  /** Merged into the front matter; null removes a field. */
  frontMatterFields: Record<string, unknown>
  paperLinks: PaperLinkKind[]
  images: ImageMode
  createPr: boolean
  base: string | undefined
  branch: string
  onEditedBranch: OnEditedBranch
  updatePublished: boolean
  labels: string[]
  reviewers: string[]
  teamReviewers: string[]
  draft: boolean
  urls: { huggingface: string; arxiv: string; arxivHtml: string; semanticScholar: string; anthropic: string }
  requestTimeoutMs: number
  workspace: string
}

export type GetInput = (name: string) => string

export interface Environment {
  workspace: string
  now: Date
}

/**
 * The default topic list: phrases that mark a paper as being about large language models. Matched on
 * word boundaries, case-insensitively, against title and abstract; also the Semantic Scholar queries
 * and the arXiv `abs:`/`ti:` terms.
 */
export const DEFAULT_KEYWORDS: string[] = defaultKeywords

/** Inputs that may span lines: lists, one item or price a line. Every other input is one line. */
const MULTILINE_INPUTS = new Set([
  'language',
  'sources',
  'keywords',
  'arxiv-categories',
  'labels',
  'reviewers',
  'tags',
  'categories',
  'model-prices',
  'front-matter-fields',
  'paper-links'
])

/**
 * Control characters never belong in an input: in a path, a branch, a title, a label or a log line they
 * would hide text or start a workflow command. Line breaks are allowed only where an input is a list.
 */
function withoutControlCharacters(getInput: GetInput): GetInput {
  return (name) => {
    const value = getInput(name)
    const bad = MULTILINE_INPUTS.has(name) ? /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F\u2028\u2029]/ : /[\x00-\x1F\x7F\u2028\u2029]/
    if (bad.test(value)) {
      throw new InputError(
        name,
        MULTILINE_INPUTS.has(name) ? 'text without control characters' : 'one line of text without control characters',
        value
      )
    }
    return value
  }
}

export function readSettings(rawInput: GetInput, env: Environment): Settings {
  const getInput = withoutControlCharacters(rawInput)
  const timezone = oneOf(getInput, 'timezone', 'UTC', (v) => isValidTimeZone(v), 'an IANA time zone name such as UTC or Asia/Tokyo')
  const date = readDate(getInput('date'), dayInZone(env.now, timezone))
  const expand = (template: string): string => template.replaceAll('{date}', date)
  return {
    ...readCredentials(getInput),
    date,
    timezone,
    ...readPlacement(getInput, env.workspace, expand),
    ...readPublishing(getInput, expand),
    ...readCollection(getInput),
    ...readModels(getInput),
    ...readPost(getInput, expand),
    ...readLayout(getInput, env.workspace, expand),
    urls: {
      huggingface: readUrl(getInput, 'huggingface-url', 'https://huggingface.co'),
      arxiv: readUrl(getInput, 'arxiv-url', 'https://export.arxiv.org'),
      arxivHtml: readUrl(getInput, 'arxiv-html-url', 'https://arxiv.org/html'),
      semanticScholar: readUrl(getInput, 'semantic-scholar-url', 'https://api.semanticscholar.org'),
      anthropic: readUrl(getInput, 'anthropic-base-url', 'https://api.anthropic.com')
    },
    requestTimeoutMs: readInteger(getInput, 'request-timeout', 60, 1, 600) * 1000,
    workspace: env.workspace
  }
}

type Expand = (template: string) => string

function readCredentials(getInput: GetInput): Pick<Settings, 'anthropicApiKey' | 'githubToken' | 'semanticScholarApiKey' | 'createPr'> {
  const anthropicApiKey = getInput('anthropic-api-key')
  if (!anthropicApiKey) throw new InputError('anthropic-api-key', 'an Anthropic API key (store it as a secret)', '')
  const createPr = readBoolean(getInput, 'create-pr', true)
  const githubToken = getInput('github-token')
  if (createPr && !githubToken)
    throw new InputError('github-token', 'a token with contents: write and pull-requests: write, or create-pr: false', '')
  return { anthropicApiKey, githubToken, semanticScholarApiKey: getInput('semantic-scholar-api-key'), createPr }
}

/** Where the post goes: the site, each language's section, the bundle folder. */
function readPlacement(
  getInput: GetInput,
  workspace: string,
  expand: Expand
): Pick<Settings, 'sitePath' | 'languages' | 'languageGiven' | 'outputPath' | 'bundleName'> {
  const sitePath = readRepoPath(
    'site-path',
    getInput('site-path') || '.',
    workspace,
    'a folder inside the repository, such as . or site',
    true
  )
  const languages = readLanguages(getInput('language') || 'ja')
  const outputTemplate = getInput('output-path') || 'content/posts'
  const accepted = 'a relative path inside the site, such as content/posts or content/{lang}/blog'
  // Each language's section is checked; {lang} in the path gives each its own.
  for (const language of languages) {
    readRepoPath('output-path', outputTemplate.replaceAll('{lang}', language), path.join(workspace, sitePath), accepted)
  }
  const outputPath = readRepoPath('output-path', outputTemplate, path.join(workspace, sitePath), accepted)
  const bundleName = expand(getInput('bundle-name') || '{date}-llm-papers')
  if (!/^[\p{L}\p{N}._-]+$/u.test(bundleName) || bundleName.startsWith('.')) {
    throw new InputError('bundle-name', 'one folder name of letters, digits, ".", "_" or "-", with {date} for the date', bundleName)
  }
  return { sitePath, languages, languageGiven: getInput('language') !== '', outputPath, bundleName }
}

/** The branch, the pull request and the rules for a branch or post that is there already. */
function readPublishing(
  getInput: GetInput,
  expand: Expand
): Pick<Settings, 'base' | 'branch' | 'onEditedBranch' | 'updatePublished' | 'labels' | 'reviewers' | 'teamReviewers' | 'draft'> {
  const branch = expand(getInput('branch') || 'paper-survey/{date}')
  if (!isValidBranchName(branch)) throw new InputError('branch', 'a valid Git branch name such as paper-survey/{date}', branch)
  const base = getInput('base') || undefined
  if (base !== undefined && !isValidBranchName(base)) throw new InputError('base', 'a valid Git branch name', base)
  const reviewerList = readList(getInput('reviewers'))
  for (const r of reviewerList) {
    if (!/^[A-Za-z0-9-]+(\/[A-Za-z0-9_.-]+)?$/.test(r)) throw new InputError('reviewers', 'GitHub user names or org/team slugs', r)
  }
  return {
    base,
    branch,
    onEditedBranch: oneOf(
      getInput,
      'on-edited-branch',
      'keep',
      (v) => v === 'keep' || v === 'add-commit',
      'keep or add-commit'
    ) as OnEditedBranch,
    updatePublished: readBoolean(getInput, 'update-published', false),
    labels: readLabels(getInput('labels')),
    reviewers: reviewerList.filter((r) => !r.includes('/')),
    teamReviewers: reviewerList.filter((r) => r.includes('/')).map((r) => r.split('/')[1] as string),
    draft: readBoolean(getInput, 'draft', false)
  }
}

/** Which papers are asked for and how many make the post. */
function readCollection(
  getInput: GetInput
): Pick<Settings, 'lookbackDays' | 'sources' | 'count' | 'keywords' | 'arxivCategories' | 'huggingfaceFilter' | 'failOnEmpty' | 'images'> {
  return {
    lookbackDays: readInteger(getInput, 'lookback-days', 3, 1, 14),
    sources: readSources(getInput('sources')),
    count: readInteger(getInput, 'count', 5, 1, 50),
    keywords: readListOrDefault(getInput, 'keywords', DEFAULT_KEYWORDS),
    arxivCategories: readCategories(getInput('arxiv-categories')),
    huggingfaceFilter: oneOf(
      getInput,
      'huggingface-filter',
      'none',
      (v) => v === 'none' || v === 'keywords',
      'none or keywords'
    ) as HuggingFaceFilter,
    failOnEmpty: readBoolean(getInput, 'fail-on-empty', false),
    images: oneOf(
      getInput,
      'images',
      'figure',
      (v) => ['figure', 'thumbnail', 'none'].includes(v),
      'figure, thumbnail or none'
    ) as ImageMode
  }
}

/** The models, how many calls at once, the relevance filter, prices and the cost cap. */
function readModels(
  getInput: GetInput
): Pick<Settings, 'model' | 'maxConcurrency' | 'relevanceFilter' | 'filterModel' | 'relevanceThreshold' | 'modelPrices' | 'maxCostUsd'> {
  const maxCostText = getInput('max-cost-usd')
  return {
    model: readModel(getInput, 'model', 'claude-sonnet-5-5'),
    // Five: the default post (count 5) in one round of calls. Anthropic's lowest usage tier allows 50
    // requests and 8,000 output tokens a minute on Sonnet; five calls of about 1,000 output tokens each,
    // with their one retry, stay under both.
    maxConcurrency: readInteger(getInput, 'max-concurrency', 5, 1, 16),
    relevanceFilter: readBoolean(getInput, 'relevance-filter', false),
    filterModel: readModel(getInput, 'filter-model', 'claude-haiku-5-5'),
    relevanceThreshold: readInteger(getInput, 'relevance-threshold', 6, 0, 10),
    modelPrices: { ...DEFAULT_PRICES, ...readPrices(getInput('model-prices')) },
    maxCostUsd: maxCostText === '' ? undefined : readNumber('max-cost-usd', maxCostText, 0, 1000, 'a number of US dollars from 0 to 1000')
  }
}

/** The post's own fields: title, URL, taxonomies, draft flag, front-matter format and abstract folding. */
function readPost(
  getInput: GetInput,
  expand: Expand
): Pick<Settings, 'title' | 'slug' | 'slugGiven' | 'tags' | 'categories' | 'postDraft' | 'frontMatter' | 'detailsStyle'> {
  return {
    title: getInput('title') ? expand(getInput('title')) : undefined,
    slug: expand(getInput('slug') || 'llm-papers-{date}'),
    slugGiven: getInput('slug') !== '',
    tags: getInput('tags') ? readList(getInput('tags')) : undefined,
    categories: getInput('categories') ? readList(getInput('categories')) : undefined,
    postDraft: readBoolean(getInput, 'post-draft', false),
    frontMatter: oneOf(getInput, 'front-matter', 'yaml', (v) => v === 'yaml' || v === 'toml', 'yaml or toml') as FrontMatterFormat,
    detailsStyle: oneOf(
      getInput,
      'details-style',
      'auto',
      (v) => ['auto', 'positional', 'named', 'title', 'html', 'markdown'].includes(v),
      'auto, positional, named, title, html or markdown'
    ) as DetailsSetting
  }
}

/** The maintainer's own layout: a body template, front-matter fields, the paper links the built-in layout shows. */
function readLayout(
  getInput: GetInput,
  workspace: string,
  expand: Expand
): Pick<Settings, 'template' | 'frontMatterFields' | 'paperLinks'> {
  const templateText = getInput('template')
  const accepted =
    'the path of a Liquid file from the repository root, such as .github/survey-post.liquid or .github/survey-post.{lang}.liquid'
  const template = templateText === '' ? undefined : readRepoPath('template', templateText, workspace, accepted)
  const links = readList(getInput('paper-links'))
  for (const l of links)
    if (l !== 'code' && l !== 'project') throw new InputError('paper-links', 'a comma-separated list of code and project', l)
  return {
    template,
    frontMatterFields: readFrontMatterFields(getInput('front-matter-fields'), expand),
    paperLinks: links as PaperLinkKind[]
  }
}

/** Keys the post's identity hangs on: set only to text (with {date}), never removed. */
const IDENTITY_KEYS = ['title', 'date']

/** A YAML mapping of front-matter fields; {date} in any text is the post's date. */
export function readFrontMatterFields(text: string, expand: Expand): Record<string, unknown> {
  const name = 'front-matter-fields'
  const accepted = 'a YAML mapping such as "ShowToc: true" or "summary: null", one field a line'
  if (text.trim() === '') return {}
  const doc = parseDocument(text, { prettyErrors: true, uniqueKeys: true })
  const error = doc.errors[0]
  if (error) throw new InputError(name, `${accepted} (line ${error.linePos?.[0].line ?? 1}: ${error.message.split('\n')[0]})`, text)
  if (!isMap(doc.contents)) throw new InputError(name, accepted, text)
  let fields: Record<string, unknown>
  try {
    fields = doc.toJS({ maxAliasCount: 0 }) as Record<string, unknown>
  } catch {
    throw new InputError(name, `${accepted}, without anchors or aliases`, text)
  }
  for (const [key, value] of Object.entries(fields)) {
    if (!/^[\p{L}\p{N}_.-]+$/u.test(key)) throw new InputError(name, `${accepted}; keys of letters, digits, "_", "." or "-"`, key)
    if (IDENTITY_KEYS.includes(key) && typeof value !== 'string')
      throw new InputError(name, `${key} set to text (it may hold {date}); it cannot be removed`, `${key}: ${String(value)}`)
    fields[key] = mapStrings(value, expand)
  }
  return fields
}

/**
 * Prices in US dollars per million tokens, from the model overview pages of platform.claude.com
 * (read 2026-11-29). Cache writes cost 1.25× and cache reads 0.1× the input price. Haiku 5.5's price is
 * the one for prompts up to 100,000 tokens, which is every prompt this action sends. Override or add a
 * model with the `model-prices` input.
 */
export const DEFAULT_PRICES: Record<string, ModelPrice> = {
  'claude-haiku-5-5': { inputPerMTok: 0.1, outputPerMTok: 0.5 },
  'claude-sonnet-5-5': { inputPerMTok: 2, outputPerMTok: 10 },
  'claude-opus-5-5': { inputPerMTok: 4, outputPerMTok: 20 }
}

function readDate(text: string, today: string): string {
  if (text === '') return today
  const accepted = `a date as YYYY-MM-DD, not after today (${today})`
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text)
  if (!m) throw new InputError('date', accepted, text)
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
  const probe = new Date(Date.UTC(y, mo - 1, d))
  if (probe.getUTCFullYear() !== y || probe.getUTCMonth() !== mo - 1 || probe.getUTCDate() !== d) {
    throw new InputError('date', accepted, text)
  }
  if (text > today) throw new InputError('date', accepted, text)
  if (y < 1991) throw new InputError('date', accepted, text)
  return text
}

/** A relative folder under `root` that stays inside it, symlinks followed as far as the path exists. */
function readRepoPath(name: string, text: string, root: string, accepted: string, allowRoot = false): string {
  const clean = text.replace(/\\/g, '/').replace(/\/+$/, '')
  if (clean === '' || path.isAbsolute(text) || /^[A-Za-z]:/.test(clean)) throw new InputError(name, accepted, text)
  const parts = clean.split('/').filter((p) => p !== '.')
  if (parts.some((p) => p === '..' || p === '' || p === '.git')) throw new InputError(name, accepted, text)
  if (parts.length === 0 && !allowRoot) throw new InputError(name, accepted, text)
  const realRoot = realpathOrSelf(root)
  let probe = realRoot
  for (const part of parts) {
    probe = path.join(probe, part)
    if (!fs.existsSync(probe)) break
    const real = fs.realpathSync(probe)
    if (real !== realRoot && !real.startsWith(realRoot + path.sep))
      throw new InputError(name, `${accepted} (it leaves the workspace through a symlink)`, text)
  }
  return parts.length === 0 ? '.' : parts.join('/')
}

/** Labels: GitHub allows up to 50 characters each. */
function readLabels(text: string): string[] {
  const labels = readList(text)
  for (const l of labels) if (l.length > 50) throw new InputError('labels', 'comma-separated label names of at most 50 characters', l)
  return labels
}

function realpathOrSelf(p: string): string {
  try {
    return fs.realpathSync(p)
  } catch {
    return path.resolve(p)
  }
}

/** git check-ref-format's rules for a branch name. */
export function isValidBranchName(name: string): boolean {
  if (name === '' || name === '@' || name.length > 200) return false
  if (/[\x00-\x20\x7f~^:?*[\\]/.test(name)) return false
  if (name.includes('..') || name.includes('//') || name.includes('@{')) return false
  if (name.startsWith('/') || name.startsWith('-') || name.endsWith('/') || name.endsWith('.')) return false
  return name.split('/').every((part) => !part.startsWith('.') && !part.endsWith('.lock'))
}

function readSources(text: string): SourceName[] {
  const accepted = `a comma- or newline-separated list of ${SOURCE_NAMES.join(', ')}`
  if (text === '') return [...SOURCE_NAMES]
  const names = readList(text)
  if (names.length === 0) throw new InputError('sources', accepted, text)
  for (const n of names) {
    if (!(SOURCE_NAMES as readonly string[]).includes(n)) throw new InputError('sources', accepted, n)
  }
  return SOURCE_NAMES.filter((s) => names.includes(s))
}

/** A BCP 47 tag in its canonical form (zh-cn → zh-CN), or undefined when it is not one. */
export function canonicalLanguage(tag: string): string | undefined {
  if (!/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(tag)) return undefined
  try {
    return Intl.getCanonicalLocales(tag)[0]
  } catch {
    return undefined
  }
}

/** One or more BCP 47 tags, comma-separated, the blog's main language first. */
function readLanguages(text: string): string[] {
  const accepted = 'BCP 47 language tags such as ja, en or zh-CN, comma-separated, the main language first (at most 5)'
  const tags = readList(text).map((tag) => {
    const canonical = canonicalLanguage(tag)
    if (!canonical) throw new InputError('language', accepted, tag)
    return canonical
  })
  const unique = [...new Set(tags)]
  if (unique.length === 0 || unique.length > 5) throw new InputError('language', accepted, text)
  return unique
}

/** The content section of one language: output-path with {lang} replaced. */
export function outputPathFor(settings: Pick<Settings, 'outputPath'>, language: string): string {
  return settings.outputPath.replaceAll('{lang}', language)
}

function readCategories(text: string): string[] {
  const list = text === '' ? ['cs.CL', 'cs.AI', 'cs.LG'] : readList(text)
  for (const c of list) {
    if (!/^[a-z-]+(\.[A-Za-z-]+)?$/.test(c)) throw new InputError('arxiv-categories', 'arXiv category names such as cs.CL, cs.AI', c)
  }
  if (list.length === 0) throw new InputError('arxiv-categories', 'at least one arXiv category such as cs.CL', text)
  return list
}

function readPrices(text: string): Record<string, ModelPrice> {
  const out: Record<string, ModelPrice> = {}
  const accepted = 'lines of model=input,output in US dollars per million tokens, such as claude-x=2,10'
  for (const line of text
    .split(/\n/)
    .map((l) => l.trim())
    .filter(Boolean)) {
    const m = /^([A-Za-z0-9._-]+)\s*=\s*([0-9.]+)\s*,\s*([0-9.]+)$/.exec(line)
    if (!m) throw new InputError('model-prices', accepted, line)
    out[m[1] as string] = { inputPerMTok: Number(m[2]), outputPerMTok: Number(m[3]) }
  }
  return out
}

function readModel(getInput: GetInput, name: string, fallback: string): string {
  const value = getInput(name) || fallback
  if (!/^[A-Za-z0-9._:@-]+$/.test(value)) throw new InputError(name, 'a Claude model id such as claude-sonnet-5-5', value)
  return value
}

function readUrl(getInput: GetInput, name: string, fallback: string): string {
  const text = getInput(name) || fallback
  let url: URL
  try {
    url = new URL(text)
  } catch {
    throw new InputError(name, 'an http(s) URL', text)
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new InputError(name, 'an http(s) URL', text)
  if (url.username || url.password) throw new InputError(name, 'an http(s) URL without credentials', text)
  return url.toString().replace(/\/+$/, '')
}

function readInteger(getInput: GetInput, name: string, fallback: number, min: number, max: number): number {
  const text = getInput(name)
  if (text === '') return fallback
  const accepted = `a whole number from ${min} to ${max}`
  if (!/^\d+$/.test(text)) throw new InputError(name, accepted, text)
  return readNumber(name, text, min, max, accepted)
}

function readNumber(name: string, text: string, min: number, max: number, accepted: string): number {
  const n = Number(text)
  if (!/^\d+(\.\d+)?$/.test(text) || !Number.isFinite(n) || n < min || n > max) throw new InputError(name, accepted, text)
  return n
}

function readBoolean(getInput: GetInput, name: string, fallback: boolean): boolean {
  const text = getInput(name)
  if (text === '') return fallback
  if (/^(true|True|TRUE)$/.test(text)) return true
  if (/^(false|False|FALSE)$/.test(text)) return false
  throw new InputError(name, 'true or false', text)
}

function oneOf(getInput: GetInput, name: string, fallback: string, ok: (v: string) => boolean, accepted: string): string {
  const value = getInput(name) || fallback
  if (!ok(value)) throw new InputError(name, accepted, value)
  return value
}

function readListOrDefault(getInput: GetInput, name: string, fallback: string[]): string[] {
  const text = getInput(name)
  if (text === '') return fallback
  const list = readList(text)
  if (list.length === 0) throw new InputError(name, 'a comma- or newline-separated list', text)
  for (const k of list) {
    if (k.length > 100 || /["\\]/.test(k)) throw new InputError(name, 'phrases of at most 100 characters without quotes or backslashes', k)
  }
  return list
}

/** A comma- or newline-separated list, trimmed, empty items dropped, duplicates removed. */
export function readList(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[,\n]/)
        .map((s) => s.trim())
        .filter(Boolean)
    )
  ]
}

function truncate(s: string): string {
  return s.length > 80 ? `${s.slice(0, 77)}...` : s
}
