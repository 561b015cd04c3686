// The one input parser. Every input is read and validated here, before any network call; a bad
// input throws an InputError that names the input and the form it accepts.
import path from 'node:path'
import { isMap, parseDocument } from 'yaml'
import { dayInZone, isValidTimeZone } from './dates.js'
import defaultKeywords from './default-keywords.json' with { type: 'json' }
import type { SourceName } from './paper.js'
import { mapStrings } from './text.js'
import {
  type GetInput,
  InputError,
  isValidBranchName,
  type ModelPrice,
  oneOf,
  readBoolean,
  readCategories,
  readDate,
  readInteger,
  readLabels,
  readLanguages,
  readList,
  readListOrDefault,
  readModel,
  readNumber,
  readPrices,
  readRepoPath,
  readSources,
  readUrl
} from './settings-values.js'

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
/** Popularity and keywords alone, or moved by what the blog kept and dropped once its history is warm (history/). */
export type Ranking = 'history' | 'popularity'
/** The links of a paper the built-in layout can show. */
export type PaperLinkKind = 'code' | 'project'

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
  ranking: Ranking
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

export type { GetInput, ModelPrice } from './settings-values.js'
export { canonicalLanguage, InputError, isValidBranchName, readList } from './settings-values.js'

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
): Pick<
  Settings,
  'lookbackDays' | 'sources' | 'count' | 'keywords' | 'arxivCategories' | 'huggingfaceFilter' | 'ranking' | 'failOnEmpty' | 'images'
> {
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
    ranking: oneOf(getInput, 'ranking', 'history', (v) => v === 'history' || v === 'popularity', 'history or popularity') as Ranking,
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

export function outputPathFor(settings: Pick<Settings, 'outputPath'>, language: string): string {
  return settings.outputPath.replaceAll('{lang}', language)
}
