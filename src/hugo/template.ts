// The post's body as a Liquid template (liquidjs: sandboxed, no code, no file access). The maintainer's
// template is checked before any paid call: it parses, names only documented variables (statically,
// in every branch), renders a sample post in each language, and never puts paper text inside a
// shortcode or an HTML tag without `| attribute`. Paper text reaches it already escaped for Markdown.
import { ForTag, Liquid, type Template, Tokenizer, type TopLevelToken, TypeGuards } from 'liquidjs'
import { LABEL_FIELDS, PAPER_FIELDS, SAFE_IN_ATTRIBUTES, TOP_FIELDS, type PostVariables } from './variables.js'

/** A template that cannot be used, with the file and line to fix. */
export class TemplateError extends Error {}

export interface PostTemplate {
  /** Where it came from, as the maintainer names it: a path in the repository, or "the built-in layout". */
  file: string
  parsed: Template[]
}

const NO_PARTIALS = 'include, render and layout read other files, which a post template may not do: put everything in one file'

let created: Liquid | undefined

/** The one engine, made on first use: building it takes longer than the rest of the start. */
function engine(): Liquid {
  if (created) return created
  created = new Liquid({
    strictVariables: true,
    strictFilters: true,
    ownPropertyOnly: true,
    jsTruthy: false,
    // The `date` filter's month and day names in the runner's own locale, named here: without it Liquid
    // asks Intl for the machine's default, which loads ICU's time zones (about 20 ms of every run's start).
    locale: 'en-US',
    // Bounds for a template that loops or grows without end: characters parsed, rendered, kept.
    parseLimit: 1_000_000,
    memoryLimit: 50_000_000,
    renderLimit: 10_000
  })
  for (const tag of ['include', 'render', 'layout']) {
    created.registerTag(tag, {
      parse() {
        throw new Error(NO_PARTIALS)
      },
      *render() {}
    })
  }
  // For paper text inside an HTML attribute or a shortcode parameter: quotes as entities, so the text cannot end the value.
  created.registerFilter('attribute', (value: unknown) =>
    String(value ?? '')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&#39;')
  )
  return created
}

export function parseTemplate(source: string, file: string): PostTemplate {
  let parsed: Template[]
  try {
    parsed = engine().parse(source, file)
  } catch (error) {
    throw new TemplateError(`Template ${file}: ${describe(error)}`)
  }
  checkVariables(parsed, file)
  checkAttributes(source, file)
  return { file, parsed }
}

export function renderTemplate(template: PostTemplate, variables: PostVariables): string {
  try {
    return engine().renderSync(template.parsed, variables as unknown as Record<string, unknown>)
  } catch (error) {
    throw new TemplateError(`Template ${template.file}: ${describe(error)}`)
  }
}

/** A rendered post cut where each paper's part begins and ends: prefix + blocks + suffix is the whole post. */
export interface RenderedParts {
  prefix: string
  blocks: string[]
  suffix: string
}

/**
 * The post rendered part by part: the text before the template's loop over `papers`, each pass of the
 * loop, and the text after it. Undefined when the template has no such loop at its top level, has two,
 * or renders otherwise than the sum of its parts (a loop with limit or offset, a counter across passes):
 * the review commands then cannot tell one paper's part from another's.
 */
export function renderParts(template: PostTemplate, variables: PostVariables): RenderedParts | undefined {
  const top = template.parsed
  const isLoop = (t: Template): t is ForTag => t instanceof ForTag && t.collection.getText().trim() === 'papers'
  const at = top.findIndex(isLoop)
  if (at < 0 || top.slice(at + 1).some(isLoop)) return undefined
  const loop = top[at] as ForTag
  const scope = variables as unknown as Record<string, unknown>
  try {
    const render = (part: Template[], extra: Record<string, unknown> = {}) => engine().renderSync(part, { ...scope, ...extra })
    const length = variables.papers.length
    const blocks = variables.papers.map((paper, i) =>
      render(loop.templates, { [loop.variable]: paper, forloop: forloopOf(i, length, loop.variable) })
    )
    const parts = { prefix: render(top.slice(0, at)), blocks, suffix: render(top.slice(at + 1)) }
    return parts.prefix + blocks.join('') + parts.suffix === render(top) ? parts : undefined
  } catch {
    return undefined
  }
}

/** Liquid's forloop object for pass `i` of `length`. */
function forloopOf(i: number, length: number, name: string) {
  return {
    first: i === 0,
    last: i === length - 1,
    index: i + 1,
    index0: i,
    rindex: length - i,
    rindex0: length - i - 1,
    length,
    name: `${name}-papers`
  }
}

function describe(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error)
  return message
    .replace(/, file:[^,]*(?=, line:)/, '')
    .replace(/, line:(\d+), col:(\d+)/, ' (line $1, column $2)')
    .replace(/^undefined variable/, 'unknown variable')
}

/** Every variable the template names, in every branch, against the documented ones. */
function checkVariables(parsed: Template[], file: string): void {
  const analysis = engine().analyzeSync(parsed, { partials: false })
  const loops = loopVariables(parsed)
  for (const [root, uses] of Object.entries(analysis.variables)) {
    for (const use of uses) {
      const problem = unknownPath(root, use.segments, loops, root in analysis.locals)
      if (problem) throw new TemplateError(`Template ${file} line ${use.location.row}: unknown variable ${problem}`)
    }
  }
}

type Segment = string | number | object

function unknownPath(root: string, segments: Segment[], loops: Map<string, string>, assigned: boolean): string | undefined {
  const [, first, second] = segments
  const name = (upTo: number): string => segments.slice(0, upTo).map(String).join('.')
  const paperField = (field: Segment | undefined, upTo: number): string | undefined =>
    typeof field === 'string' && !PAPER_FIELDS.includes(field) ? `${name(upTo)} (a paper has: ${PAPER_FIELDS.join(', ')})` : undefined
  if (loops.has(root)) return loops.get(root) === 'papers' ? paperField(first, 2) : undefined
  if (assigned || root === 'forloop' || root === 'tablerowloop') return undefined
  if (!TOP_FIELDS.includes(root)) return `${root} (the variables are: ${TOP_FIELDS.join(', ')})`
  if (root === 'labels' && typeof first === 'string' && !LABEL_FIELDS.includes(first))
    return `${name(2)} (labels has: ${LABEL_FIELDS.join(', ')})`
  if (root === 'papers' && (typeof first === 'number' || first === 'first' || first === 'last')) return paperField(second, 3)
  return undefined
}

/** The variable each for/tablerow loop binds, with the variable it loops over. */
function loopVariables(parsed: Template[]): Map<string, string> {
  const loops = new Map<string, string>()
  const visit = (node: unknown): void => {
    if (!node || typeof node !== 'object') return
    const tag = node as { name?: string; variable?: unknown; collection?: { getText?: () => string } }
    if ((tag.name === 'for' || tag.name === 'tablerow') && typeof tag.variable === 'string') {
      const over =
        tag.collection
          ?.getText?.()
          .trim()
          .split(/[\s|.[]/)[0] ?? ''
      if (!loops.has(tag.variable) || over === 'papers') loops.set(tag.variable, over)
    }
    for (const value of Object.values(node)) if (Array.isArray(value)) value.forEach(visit)
    if ('branches' in node && Array.isArray(node.branches)) node.branches.forEach(visit)
  }
  parsed.forEach(visit)
  return loops
}

/**
 * Paper text inside a shortcode call ({{< … >}}, {{% … %}}) or an HTML tag (<a title="…">) could end
 * the parameter it stands in and start another: there it must pass through `| attribute`.
 */
function checkAttributes(source: string, file: string): void {
  let inShortcode = false
  let inTag = false
  let raw = false
  const read = (text: string): void => {
    for (const m of text.matchAll(/\{\{[<%]|[>%]\}\}|<[A-Za-z!/]|>/g)) {
      if (m[0] === '{{<' || m[0] === '{{%') inShortcode = true
      else if (m[0] === '>}}' || m[0] === '%}}') inShortcode = false
      else if (m[0] === '>') inTag = false
      else inTag = true
    }
  }
  for (const token of new Tokenizer(source, engine().options.operators, file).readTopLevelTokens(engine().options) as TopLevelToken[]) {
    if (TypeGuards.isTagToken(token) && (token.name === 'raw' || token.name === 'endraw')) raw = token.name === 'raw'
    else if (raw || TypeGuards.isHTMLToken(token)) read(token.getText())
    else if (TypeGuards.isOutputToken(token) && (inShortcode || inTag)) checkOutput(token, file, inShortcode)
  }
}

function checkOutput(token: TopLevelToken, file: string, inShortcode: boolean): void {
  const expression = token.getText().replace(/^\{\{-?|-?\}\}$/g, '')
  const parts = expression.split('|').map((p) => p.trim())
  const subject = parts[0] ?? ''
  const field = subject.split('.').at(-1) ?? ''
  if (parts.at(-1)?.startsWith('attribute') || SAFE_IN_ATTRIBUTES.includes(field)) return
  const [line] = token.getPosition()
  throw new TemplateError(
    `Template ${file} line ${line}: {{ ${subject} }} stands inside ${inShortcode ? 'a shortcode call' : 'an HTML tag'}, where paper text could end the parameter: write {{ ${subject} | attribute }}`
  )
}
