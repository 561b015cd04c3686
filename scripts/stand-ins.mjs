// Loopback stand-ins for every service the action talks to: Hugging Face, arXiv (API and HTML pages),
// Semantic Scholar, Claude, GitHub and an image host. Each listens on its own 127.0.0.1 port, answers
// with the recorded responses in __fixtures__/recorded (GitHub's are templates filled from a small
// in-memory Git repository), records every request, and can inject latency and faults.
// Used by the end-to-end tests, `npm run demo` and `npm run bench`.
import crypto from 'node:crypto'
import fs from 'node:fs'
import http from 'node:http'
import zlib from 'node:zlib'

const FIXTURES = new URL('../__fixtures__/', import.meta.url)
export const fixturePath = (rel) => new URL(rel, FIXTURES)
export const readFixture = (rel) => fs.readFileSync(fixturePath(rel))
/** A recorded answer, read and parsed once a process; each caller gets its own copy to change. */
const recordings = new Map()
const recorded = (rel) => {
  if (!recordings.has(rel)) recordings.set(rel, JSON.parse(readFixture(`recorded/${rel}`).toString('utf8')))
  return structuredClone(recordings.get(rel))
}

/** The embedded data set: the seed post's five papers and their summaries. */
export function loadSeedDataset() {
  const json = (name) => JSON.parse(readFixture(`seed-2026-03-01/${name}`).toString('utf8'))
  return {
    date: '2026-03-01',
    dailyPapers: json('daily-papers.json'),
    summaries: { ja: json('summaries.ja.json'), en: json('summaries.en.json') },
    seedPost: readFixture('seed-2026-03-01/seed-post.md').toString('utf8')
  }
}

/** Daily Papers items grouped by the day they were featured. */
export function byFeaturedDay(items) {
  const days = {}
  for (const item of items) {
    const day = (item.paper?.submittedOnDailyAt ?? item.publishedAt).slice(0, 10)
    ;(days[day] ??= []).push(item)
  }
  return days
}

/** A tiny valid PNG (one pixel of the given colour), made here, not recorded. */
export function tinyPng(rgb = [40, 90, 160]) {
  const crc32 = (buf) => {
    let c = ~0
    for (const b of buf) {
      c ^= b
      for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1))
    }
    return ~c >>> 0
  }
  const chunk = (type, data) => {
    const len = Buffer.alloc(4)
    len.writeUInt32BE(data.length)
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data])
    const crc = Buffer.alloc(4)
    crc.writeUInt32BE(crc32(body))
    return Buffer.concat([len, body, crc])
  }
  const ihdr = Buffer.alloc(13)
  ihdr.writeUInt32BE(1, 0)
  ihdr.writeUInt32BE(1, 4)
  ihdr[8] = 8
  ihdr[9] = 2
  const raw = Buffer.from([0, ...rgb])
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0))
  ])
}

/** Rough token count: a token per 4 ASCII characters, one per other character. */
export function approxTokens(text) {
  let ascii = 0
  let other = 0
  for (const ch of text) {
    if (ch.charCodeAt(0) < 128) ascii++
    else other++
  }
  return Math.ceil(ascii / 4) + other
}

const xmlText = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/**
 * arXiv's answer to an id_list query (the review commands' lookups): the recorded feed
 * api_id_list_2104.12255v1 with one entry per known id, filled from the data set's papers; an unknown
 * id is left out, as the recording of two ids with one missing shows.
 */
export function idListFeed(ids, dailyPapers) {
  const recordedFeed = readFixture('recorded/arxiv/api_id_list_2104.12255v1.atom.xml').toString('utf8')
  const [head, rest] = recordedFeed.split('  <entry>')
  const entryTemplate = `  <entry>${rest.split('</entry>')[0]}</entry>\n`
  const papers = new Map(
    Object.values(dailyPapers)
      .flat()
      .map((item) => [item.paper.id, item.paper])
  )
  const entries = ids
    .map((id) => papers.get(id.replace(/v\d+$/, '')))
    .filter(Boolean)
    .map((p) =>
      entryTemplate
        .replaceAll('2104.12255v1', `${p.id}v1`)
        .replace(/<title>[\s\S]*?<\/title>/, `<title>${xmlText(p.title)}</title>`)
        .replace(/<summary>[\s\S]*?<\/summary>/, `<summary>${xmlText(p.summary)}</summary>`)
        .replace(/<published>[^<]*<\/published>/, `<published>${p.publishedAt}</published>`)
        .replace(
          / {4}<author>[\s\S]*<\/author>\n/,
          p.authors.map((a) => `    <author>\n      <name>${xmlText(a.name)}</name>\n    </author>\n`).join('')
        )
    )
  return `${head.replace('<opensearch:totalResults>1<', `<opensearch:totalResults>${entries.length}<`)}${entries.join('')}</feed>\n`
}

const unescapeData = (s) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&')

const sleep = (ms) => new Promise((r) => setTimeout(r, ms))

/**
 * Starts the stand-ins.
 * options.dailyPapers: { [day]: items }            default: the seed data set
 * options.summaries: { ja: {id: text}, en: {...} } default: the seed data set
 * options.arxiv(params) → { status, body }          default: the recorded empty feed
 * options.semanticScholarSearch(params) → object    default: the recorded empty search
 * options.semanticScholarBulk(params) → object      default: an empty page, { total: 0, token: null, data: [] } (no recording of an empty bulk page; the shape follows the recorded pages and the API docs)
 * options.semanticScholarBatch(ids) → array         default: null for every id
 * options.claude(request, n) → { summary } | { body, status, headers }   default: the data set's summary for the title
 * options.latency: { huggingface, arxiv, arxivHtml, semanticScholar, claude, github, images } in ms
 * options.faults: { service: (req, n) => undefined | { status, body, headers } | { hang: true } | { destroy: true } }
 * options.github: { owner, repo, files: { path: content }, collaborators: { login: role }, pullsBlocked: bool, draftsUnsupported: bool, empty: bool (no commit yet: Git reads answer 409), noUpdateRefs: bool (an Enterprise Server without the mutation), refuseCustomRefs: bool (refs outside heads/ and tags/ refused on write, REST and GraphQL, and hidden on read), hideCustomRefs: bool (such refs taken on write but never served back) }
 */
export async function startStandIns(options = {}) {
  const seed = loadSeedDataset()
  const requests = []
  const counters = {}
  const inFlight = {}
  /** @type {Record<string, number>} */
  const maxInFlight = {}
  const latency = { huggingface: 0, arxiv: 0, arxivHtml: 0, semanticScholar: 0, claude: 0, github: 0, images: 0, ...options.latency }
  const faults = options.faults ?? {}
  const sockets = new Set()
  const servers = {}
  const urls = {}

  const listen = async (service, handler) => {
    const server = http.createServer(async (req, res) => {
      const chunks = []
      for await (const c of req) chunks.push(c)
      const body = Buffer.concat(chunks).toString('utf8')
      const n = (counters[service] = (counters[service] ?? 0) + 1)
      const record = { service, method: req.method, url: req.url, headers: req.headers, body, at: Date.now() }
      requests.push(record)
      inFlight[service] = (inFlight[service] ?? 0) + 1
      maxInFlight[service] = Math.max(maxInFlight[service] ?? 0, inFlight[service])
      res.on('close', () => inFlight[service]--)
      if (latency[service]) await sleep(latency[service])
      const fault = faults[service]?.(record, n)
      if (fault?.hang) return
      if (fault?.destroy) return req.socket.destroy()
      const answer = fault ?? (await handler(req, body, record, n))
      record.status = answer.status ?? 200
      // What the service answered, for the tests that hold the stand-ins to the services' descriptions.
      record.answer = answer.body
      const payload = Buffer.isBuffer(answer.body)
        ? answer.body
        : Buffer.from(typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body ?? null))
      res.writeHead(record.status, { 'content-type': answer.type ?? 'application/json; charset=utf-8', ...answer.headers })
      res.end(payload)
    })
    server.on('connection', (s) => {
      sockets.add(s)
      s.on('close', () => sockets.delete(s))
    })
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve))
    servers[service] = server
    urls[service] = `http://127.0.0.1:${server.address().port}`
  }

  const images = options.images ?? {}
  await listen('images', (req) => {
    const bytes = images[req.url] ?? (req.url.endsWith('.png') ? tinyPng() : undefined)
    return bytes ? { body: bytes, type: 'image/png' } : { status: 404, body: 'Not Found', type: 'text/plain' }
  })

  const dailyPapers = options.dailyPapers ?? byFeaturedDay(seed.dailyPapers)
  await listen('huggingface', (req) => {
    const url = new URL(req.url, 'http://x')
    if (url.pathname !== '/api/daily_papers') return { status: 404, body: { error: 'Not Found' } }
    const items = dailyPapers[url.searchParams.get('date')] ?? []
    const text = JSON.stringify(items).replaceAll('https://cdn-thumbnails.huggingface.co', urls.images)
    return { body: text }
  })

  // arXiv's HTML pages live on another host than its API (arxiv.org, export.arxiv.org).
  await listen('arxivHtml', (req) => {
    const url = new URL(req.url, 'http://x')
    const id = decodeURIComponent(url.pathname.replace(/^\/html\//, ''))
    if (id.endsWith('/x1.png')) return { body: tinyPng([160, 60, 40]), type: 'image/png' }
    // Structure of arXiv's LaTeXML pages (not a recording): the first figure is x1.png.
    return {
      type: 'text/html; charset=utf-8',
      body: `<!DOCTYPE html><html><head><title>${id}</title></head><body><article class="ltx_document"><figure class="ltx_figure" id="S1.F1"><img src="x1.png" class="ltx_graphics" alt=""><figcaption class="ltx_caption">Figure 1</figcaption></figure></article></body></html>`
    }
  })

  await listen('arxiv', (req) => {
    const url = new URL(req.url, 'http://x')
    if (url.pathname !== '/api/query') return { status: 404, body: 'Not Found', type: 'text/plain' }
    const params = Object.fromEntries(url.searchParams)
    const answer = options.arxiv?.(params) ??
      (params.id_list ? { body: idListFeed(params.id_list.split(','), dailyPapers) } : undefined) ?? {
        body: readFixture('recorded/arxiv/api_empty_result_id_0000.0000.atom.xml')
      }
    return { type: 'application/atom+xml; charset=utf-8', ...answer }
  })

  await listen('semanticScholar', (req, body) => {
    const url = new URL(req.url, 'http://x')
    if (url.pathname === '/graph/v1/paper/search/bulk') {
      return { body: options.semanticScholarBulk?.(Object.fromEntries(url.searchParams)) ?? { total: 0, token: null, data: [] } }
    }
    if (url.pathname === '/graph/v1/paper/search') {
      return {
        body:
          options.semanticScholarSearch?.(Object.fromEntries(url.searchParams)) ??
          recorded('semanticscholar/paper_search_empty_result.json')
      }
    }
    if (url.pathname === '/graph/v1/paper/batch' && req.method === 'POST') {
      const ids = JSON.parse(body).ids ?? []
      return { body: options.semanticScholarBatch?.(ids) ?? ids.map(() => null) }
    }
    return { status: 404, body: { error: 'Not found' } }
  })

  const summaries = options.summaries ?? seed.summaries
  const titleToId = new Map()
  for (const items of Object.values(dailyPapers)) for (const item of items) titleToId.set(item.paper.title, item.paper.id)
  const template = recorded('anthropic/messages_200_structured_output_2025-11.json')
  await listen('claude', async (req, body, record, n) => {
    if (req.url !== '/v1/messages') return { status: 404, body: recorded('anthropic/error_400_invalid_request_error.json') }
    const request = JSON.parse(body)
    record.json = request
    const user = String(request.messages?.[0]?.content ?? '')
    const system = String(request.system ?? '')
    let answer = options.claude?.(request, n)
    if (!answer && request.output_config?.format?.schema?.properties?.papers) {
      const ids = [...user.matchAll(/<paper id="([^"]+)">/g)].map((m) => unescapeData(m[1]))
      answer = { json: { papers: ids.map((id) => ({ id, score: 8, reason: 'About large language models.' })) } }
    }
    if (!answer) {
      const title = unescapeData(/<title>([\s\S]*?)<\/title>/.exec(user)?.[1] ?? '')
      const id = titleToId.get(title)
      const summaryOf = (lang) => summaries[lang]?.[id] ?? summaries[lang]?.[title] ?? ''
      // One field per language when the schema asks for several, else one summary.
      const fields = Object.keys(request.output_config?.format?.schema?.properties ?? {}).filter((k) => k !== 'summary')
      answer =
        fields.length > 0
          ? { json: Object.fromEntries(fields.map((lang) => [lang, summaryOf(lang)])) }
          : { summary: summaryOf(/Japanese/.test(system) ? 'ja' : 'en') }
    }
    if (answer.status || answer.body) return { headers: { 'request-id': `req_standin_${n}` }, ...answer }
    const text = JSON.stringify(answer.json ?? { summary: answer.summary })
    return {
      headers: { 'request-id': `req_standin_${n}` },
      body: {
        ...template,
        id: `msg_standin_${n}`,
        model: request.model,
        content: [{ type: 'text', text }],
        stop_reason: answer.stopReason ?? 'end_turn',
        usage: { ...template.usage, input_tokens: approxTokens(system + user), output_tokens: approxTokens(text) }
      }
    }
  })

  const github = createGitHub(options.github ?? {}, () => urls.github)
  await listen('github', (req, body) => github.handle(req.method, req.url, body ? JSON.parse(body) : undefined))

  return {
    urls: {
      huggingface: urls.huggingface,
      arxiv: urls.arxiv,
      arxivHtml: `${urls.arxivHtml}/html`,
      semanticScholar: urls.semanticScholar,
      anthropic: urls.claude,
      github: urls.github,
      images: urls.images
    },
    requests,
    /** The most requests each service had in flight at once. */
    maxInFlight,
    github,
    requestsTo: (service) => requests.filter((r) => r.service === service),
    /**
     * Saves what the stand-ins hold (GitHub's state, the requests so far); the function it returns puts it
     * back, so that tests can share one survey's pull request and each start from it.
     */
    snapshot() {
      const restoreGitHub = github.snapshot()
      const count = requests.length
      const savedCounters = { ...counters }
      return () => {
        restoreGitHub()
        requests.length = count
        for (const k of Object.keys(counters)) delete counters[k]
        Object.assign(counters, savedCounters)
      }
    },
    async close() {
      for (const s of sockets) s.destroy()
      await Promise.all(Object.values(servers).map((s) => new Promise((r) => s.close(r))))
    }
  }
}

const sha1 = (...parts) =>
  crypto
    .createHash('sha1')
    .update(Buffer.concat(parts.map((p) => (Buffer.isBuffer(p) ? p : Buffer.from(p)))))
    .digest('hex')

/** A stateful GitHub: one repository held as blobs, flat trees, commits, refs and pull requests. */
function createGitHub(config, baseUrl) {
  const owner = config.owner ?? 'octo-blog'
  const repo = config.repo ?? 'research-blog'
  /** Who the token is: the workflow's GITHUB_TOKEN acts as the Actions app's bot. */
  const viewer = config.viewer ?? 'github-actions[bot]'
  const blobs = new Map()
  const trees = new Map()
  const commits = new Map()
  const refs = new Map()
  const pulls = []
  /** What the tests hold: the state below, and a hook a test may set, beforeUpdateRefs (someone pushes right before a branch moves). */
  /** @type {{ beforeUpdateRefs?: () => void }} */
  const self = {}
  /** Comments on issues and pull requests, and the reactions on them, as the review commands leave them. */
  const comments = []
  const reactions = []
  /** GitHub's roles of the repository's collaborators (admin, maintain, write, triage, read); anyone else is none. */
  const collaborators = { [owner]: 'admin', ...(config.collaborators ?? {}) }
  let commitCounter = 0

  const putBlob = (content) => {
    const sha = sha1(`blob ${content.length}\0`, content)
    blobs.set(sha, content)
    return sha
  }
  const putTree = (entries) => {
    const sorted = Object.fromEntries(Object.entries(entries).sort(([a], [b]) => a.localeCompare(b)))
    const sha = sha1('tree ', JSON.stringify(sorted))
    trees.set(sha, sorted)
    return sha
  }
  const putCommit = (tree, parents, message) => {
    const sha = sha1('commit ', JSON.stringify({ tree, parents, message, n: commitCounter++ }))
    commits.set(sha, { tree, parents, message })
    return sha
  }
  const initial = { 'README.md': '# Research blog\n', ...(config.files ?? {}) }
  const baseTree = putTree(Object.fromEntries(Object.entries(initial).map(([p, c]) => [p, putBlob(Buffer.from(c))])))
  refs.set('heads/main', putCommit(baseTree, [], 'Initial commit'))

  const api = () => `${baseUrl()}/repos/${owner}/${repo}`
  const parentJson = (sha) => ({ sha, url: `${api()}/git/commits/${sha}`, html_url: `https://github.com/${owner}/${repo}/commit/${sha}` })
  const REPOSITORY_ID = 'R_kgDOStandIn'
  // GitHub's 422 bodies: a message, the page of the operation, and the status as a string (REST docs).
  const unprocessable = (message, page) => ({
    status: 422,
    body: { message, documentation_url: `https://docs.github.com/rest/${page}`, status: '422' }
  })
  // A team as GitHub's documented pull-request example shows one (no recording of a team object).
  const TEAM_EXAMPLE = {
    id: 1,
    node_id: 'MDQ6VGVhbTE=',
    url: 'https://api.github.com/teams/1',
    html_url: 'https://github.com/orgs/github/teams/justice-league',
    name: 'Justice League',
    slug: 'justice-league',
    description: 'A great team.',
    privacy: 'closed',
    notification_setting: 'notifications_enabled',
    permission: 'admin',
    members_url: 'https://api.github.com/teams/1/members{/member}',
    repositories_url: 'https://api.github.com/teams/1/repos',
    parent: null,
    type: 'organization'
  }
  // GitHub Enterprise Server releases without the mutation answer as GraphQL does for an unknown field.
  const noUpdateRefs = () => ({
    body: {
      errors: [
        {
          path: ['mutation', 'updateRefs'],
          extensions: { code: 'undefinedField', typeName: 'Mutation', fieldName: 'updateRefs' },
          locations: [{ line: 1, column: 40 }],
          message: "Field 'updateRefs' doesn't exist on type 'Mutation'"
        }
      ]
    }
  })
  const error = (status, file, patch = {}) => ({ status, body: { ...recorded(`github/${file}`), ...patch } })
  const pullJson = (p) => ({
    ...recorded('github/pulls_create_201.json'),
    id: 1000 + p.number,
    number: p.number,
    title: p.title,
    body: p.body,
    draft: p.draft,
    state: p.state,
    merged: Boolean(p.mergedAt),
    merged_at: p.mergedAt ?? null,
    closed_at: p.state === 'closed' ? (p.mergedAt ?? new Date(0).toISOString()) : null,
    url: `${api()}/pulls/${p.number}`,
    html_url: `https://github.com/${owner}/${repo}/pull/${p.number}`,
    head: {
      ...recorded('github/pulls_create_201.json').head,
      ref: p.head,
      label: `${(p.headRepo ?? `${owner}/${repo}`).split('/')[0]}:${p.head}`,
      sha: p.headSha ?? refs.get(`heads/${p.head}`),
      repo: {
        ...recorded('github/pulls_create_201.json').head.repo,
        ...(p.headRepo ? {} : { node_id: REPOSITORY_ID }),
        name: (p.headRepo ?? `${owner}/${repo}`).split('/')[1],
        full_name: p.headRepo ?? `${owner}/${repo}`
      }
    },
    base: {
      ...recorded('github/pulls_create_201.json').base,
      ref: p.base,
      repo: { ...recorded('github/pulls_create_201.json').base.repo, node_id: REPOSITORY_ID, name: repo, full_name: `${owner}/${repo}` }
    },
    // Shaped as the recorded label and user objects (issues_add_labels_200, pulls_create_201's user).
    labels: p.labels.map((name, i) => ({ ...recorded('github/issues_add_labels_200.json')[0], id: i + 1, name })),
    user: {
      ...recorded('github/pulls_create_201.json').user,
      login: p.author ?? viewer,
      type: /\[bot\]$/.test(p.author ?? viewer) ? 'Bot' : 'User'
    },
    requested_reviewers: p.reviewers.map((login) => ({ ...recorded('github/pulls_create_201.json').user, login })),
    requested_teams: p.teams.map((slug) => ({ ...TEAM_EXAMPLE, slug, name: slug }))
  })

  /**
   * GitHub's GraphQL `updateRefs` (no recording exists; the behaviour follows the schema's description in
   * @octokit/graphql-schema and GitHub's GraphQL docs): every update is checked against its beforeOid
   * (all zeros: the ref must not exist) and applied together or not at all; a non-fast-forward update
   * needs force; a failure is a 200 answer with `errors` (type, path, message) and `updateRefs: null`.
   */
  function graphql(body) {
    if (/\bref\s*\(\s*qualifiedName:/.test(body?.query ?? '')) return refQuery(body.variables ?? {})
    // `viewer { login }`: who the token is (an installation token's app bot; no recording, shape per the schema).
    if (/^\s*query[^{]*\{\s*viewer\s*\{\s*login\s*\}\s*\}\s*$/.test(body?.query ?? ''))
      return { body: { data: { viewer: { login: viewer } } } }
    // A test's hook: someone pushes between the run's read of the branch and its move.
    self.beforeUpdateRefs?.()
    const input = body?.variables?.input
    if (!/\bupdateRefs\s*\(/.test(body?.query ?? '') || !input)
      return { body: { errors: [{ type: 'INVALID', message: 'the stand-in answers only the updateRefs mutation and the ref query' }] } }
    const fail = (message) => ({
      body: {
        data: { updateRefs: null },
        errors: [{ type: 'UNPROCESSABLE', path: ['updateRefs'], locations: [{ line: 1, column: 40 }], message }]
      }
    })
    if (input.repositoryId !== REPOSITORY_ID) return fail(`Could not resolve to a node with the global id of '${input.repositoryId}'`)
    if (config.refuseCustomRefs && input.refUpdates.some((u) => !/^refs\/(heads|tags)\//.test(u.name)))
      return fail('Only refs under refs/heads and refs/tags can be updated')
    const ZERO = '0'.repeat(40)
    for (const u of input.refUpdates) {
      const name = u.name.replace(/^refs\//, '')
      const now = refs.get(name) ?? ZERO
      if (u.beforeOid !== undefined && u.beforeOid !== now) return fail(`Ref ${u.name} is at ${now}, not at ${u.beforeOid}`)
      if (u.afterOid !== ZERO && !commits.has(u.afterOid)) return fail(`Object ${u.afterOid} does not exist`)
      if (now !== ZERO && u.afterOid !== ZERO && !u.force && !ancestors(u.afterOid).has(now))
        return fail(`Update of ${u.name} is not a fast forward`)
    }
    for (const u of input.refUpdates) {
      const name = u.name.replace(/^refs\//, '')
      if (u.afterOid === ZERO) refs.delete(name)
      else refs.set(name, u.afterOid)
    }
    return { body: { data: { updateRefs: { clientMutationId: input.clientMutationId ?? null } } } }
  }

  /** A ref outside heads/ and tags/ (under refs/ or not), which a GitHub that keeps such refs to itself does not serve. */
  const isCustomRef = (name) => !/^(refs\/)?(heads|tags)\//.test(name)
  const hiddenRef = (name) => (config.refuseCustomRefs || config.hideCustomRefs) && isCustomRef(name)

  /**
   * GraphQL `repository(owner:, name:) { ref(qualifiedName:) { target { oid } } }` (no recording; the shape
   * follows @octokit/graphql-schema: Repository.ref is null for a ref that does not exist).
   */
  function refQuery({ owner: o, name, ref: qualified }) {
    if (o !== owner || name !== repo)
      return {
        body: {
          data: { repository: null },
          errors: [{ type: 'NOT_FOUND', path: ['repository'], message: `Could not resolve to a Repository with the name '${o}/${name}'.` }]
        }
      }
    const sha = hiddenRef(qualified) ? undefined : refs.get(String(qualified).replace(/^refs\//, ''))
    return { body: { data: { repository: { ref: sha ? { target: { oid: sha } } : null } } } }
  }

  function handle(method, rawUrl, body) {
    const url = new URL(rawUrl, 'http://x')
    if (method === 'POST' && url.pathname === '/graphql') return config.noUpdateRefs ? noUpdateRefs() : graphql(body)
    const prefix = `/repos/${owner}/${repo}`
    if (!url.pathname.startsWith(prefix)) return error(404, 'error_404_get_ref_not_found_quoted.json')
    const route = decodeURIComponent(url.pathname.slice(prefix.length))
    let m
    // A repository without a commit answers every Git read with 409 (see the recording's provenance).
    if (config.empty && route.startsWith('/git/')) return error(409, 'error_409_git_repository_is_empty_quoted.json')
    if (method === 'GET' && route === '') {
      // No recording of GET /repos/{owner}/{repo}: GitHub's documented example, with this repository's names.
      // The example is of a fork and lacks `language`, which its own schema requires: not a fork here.
      const example = recorded('github/repos_get_200_openapi_example.json')
      delete example.source
      delete example.parent
      return {
        body: {
          ...example,
          fork: false,
          language: null,
          id: 1,
          node_id: REPOSITORY_ID,
          name: repo,
          full_name: `${owner}/${repo}`,
          owner: { ...example.owner, login: owner },
          default_branch: 'main',
          private: false
        }
      }
    }
    if (method === 'GET' && (m = /^\/git\/ref\/(.+)$/.exec(route))) {
      const sha = hiddenRef(m[1]) ? undefined : refs.get(m[1])
      if (!sha) return error(404, 'error_404_get_ref_not_found_quoted.json')
      return {
        body: {
          ...recorded('github/git_get_ref_200.json'),
          ref: `refs/${m[1]}`,
          url: `${api()}/git/refs/${m[1]}`,
          object: { sha, type: 'commit', url: `${api()}/git/commits/${sha}` }
        }
      }
    }
    if (method === 'GET' && (m = /^\/git\/commits\/([0-9a-f]{40})$/.exec(route))) {
      const c = commits.get(m[1])
      if (!c) return error(404, 'error_404_get_ref_not_found_quoted.json')
      return {
        body: {
          ...recorded('github/git_get_commit_200.json'),
          sha: m[1],
          message: c.message,
          tree: { sha: c.tree, url: `${api()}/git/trees/${c.tree}` },
          parents: c.parents.map(parentJson)
        }
      }
    }
    if (method === 'POST' && route === '/git/blobs') {
      const content = body.encoding === 'base64' ? Buffer.from(body.content, 'base64') : Buffer.from(body.content, 'utf8')
      const sha = putBlob(content)
      return { status: 201, body: { ...recorded('github/git_create_blob_201.json'), sha, url: `${api()}/git/blobs/${sha}` } }
    }
    if (method === 'POST' && route === '/git/trees') {
      const base = body.base_tree ? trees.get(body.base_tree) : {}
      if (!base) return unprocessable('Invalid tree info', 'git/trees#create-a-tree')
      const entries = { ...base }
      for (const e of body.tree) {
        // GitHub refuses to delete a path the base tree does not have.
        if (e.sha === null && !(e.path in entries)) return unprocessable('GitRPC::BadObjectState', 'git/trees#create-a-tree')
        if (e.sha === null) delete entries[e.path]
        else entries[e.path] = e.sha ?? putBlob(Buffer.from(e.content ?? '', 'utf8'))
      }
      const sha = putTree(entries)
      return {
        status: 201,
        body: {
          ...recorded('github/git_create_tree_201.json'),
          sha,
          url: `${api()}/git/trees/${sha}`,
          tree: Object.entries(entries).map(([path, s]) => ({ path, mode: '100644', type: 'blob', sha: s }))
        }
      }
    }
    if (method === 'POST' && route === '/git/commits') {
      if (!trees.has(body.tree)) return unprocessable('Tree SHA does not exist', 'git/commits#create-a-commit')
      const sha = putCommit(body.tree, body.parents ?? [], body.message)
      return {
        status: 201,
        body: {
          ...recorded('github/git_create_commit_201.json'),
          sha,
          message: body.message,
          tree: { sha: body.tree, url: `${api()}/git/trees/${body.tree}` },
          parents: (body.parents ?? []).map(parentJson)
        }
      }
    }
    if (method === 'POST' && route === '/git/refs') {
      const ref = body.ref.replace(/^refs\//, '')
      if (config.refuseCustomRefs && isCustomRef(ref)) return unprocessable('Reference name is not allowed', 'git/refs#create-a-reference')
      if (refs.has(ref))
        return {
          status: 422,
          body: {
            message: 'Reference already exists',
            documentation_url: 'https://docs.github.com/rest/git/refs#create-a-reference',
            status: '422'
          }
        }
      refs.set(ref, body.sha)
      return {
        status: 201,
        body: {
          ...recorded('github/git_create_ref_201.json'),
          ref: body.ref,
          url: `${api()}/git/${body.ref}`,
          object: { sha: body.sha, type: 'commit' }
        }
      }
    }
    if (method === 'PATCH' && (m = /^\/git\/refs\/(.+)$/.exec(route))) {
      if (!refs.has(m[1]) || hiddenRef(m[1])) return unprocessable('Reference does not exist', 'git/refs#update-a-reference')
      if (!commits.has(body.sha)) return unprocessable('Object does not exist', 'git/refs#update-a-reference')
      if (!body.force && !ancestors(body.sha).has(refs.get(m[1])))
        return unprocessable('Update is not a fast forward', 'git/refs#update-a-reference')
      refs.set(m[1], body.sha)
      return { body: { ...recorded('github/git_update_ref_200.json'), ref: `refs/${m[1]}`, object: { sha: body.sha, type: 'commit' } } }
    }
    if (method === 'GET' && (m = /^\/compare\/(.+)\.\.\.(.+)$/.exec(route))) {
      // No recording of GET /repos/{owner}/{repo}/compare/{base}...{head}; the fields used follow GitHub's REST docs.
      const base = refs.get(`heads/${m[1]}`) ?? m[1]
      const head = refs.get(`heads/${m[2]}`) ?? m[2]
      if (!commits.has(base) || !commits.has(head)) return error(404, 'error_404_get_ref_not_found_quoted.json')
      const inBase = ancestors(base)
      const ahead = [...ancestors(head)].filter((sha) => !inBase.has(sha)).reverse()
      const behind = [...inBase].filter((sha) => !ancestors(head).has(sha))
      const mergeBase = [...ancestors(head)].find((sha) => inBase.has(sha))
      const perPage = Math.min(100, Number(url.searchParams.get('per_page') ?? 30))
      const page = Math.max(1, Number(url.searchParams.get('page') ?? 1))
      // GitHub's documented example (no recording) gives every field; the commits are this repository's.
      const example = recorded('github/compare_200_openapi_example.json')
      const commitJson = (sha) => ({
        ...example.commits[0],
        sha,
        url: `${api()}/commits/${sha}`,
        html_url: `https://github.com/${owner}/${repo}/commit/${sha}`,
        commit: {
          ...example.commits[0].commit,
          message: commits.get(sha).message,
          tree: { sha: commits.get(sha).tree, url: `${api()}/git/trees/${commits.get(sha).tree}` }
        },
        parents: commits.get(sha).parents.map(parentJson)
      })
      return {
        body: {
          ...example,
          url: `${api()}/compare/${m[1]}...${m[2]}`,
          html_url: `https://github.com/${owner}/${repo}/compare/${m[1]}...${m[2]}`,
          base_commit: commitJson(base),
          status: ahead.length && behind.length ? 'diverged' : ahead.length ? 'ahead' : behind.length ? 'behind' : 'identical',
          ahead_by: ahead.length,
          behind_by: behind.length,
          total_commits: ahead.length,
          merge_base_commit: mergeBase ? commitJson(mergeBase) : null,
          // GitHub's compare pages its commits: per_page at most 100 (30 by default), page from 1.
          commits: ahead.slice((page - 1) * perPage, page * perPage).map(commitJson),
          files: []
        }
      }
    }
    if (method === 'GET' && (m = /^\/contents\/(.+)$/.exec(route))) {
      // No recording of GET /repos/{owner}/{repo}/contents/{path}; the fields follow GitHub's REST docs.
      const ref = url.searchParams.get('ref') ?? 'main'
      const commit = commits.get(refs.get(`heads/${ref}`) ?? ref)
      const folder = m[1].replace(/\/+$/, '')
      // A file: its entry with its bytes, base64 in lines of 60 as GitHub sends them (the OpenAPI
      // description's content-file-response-if-content-is-a-file example).
      const fileSha = commit && trees.get(commit.tree)[folder]
      if (fileSha) {
        const p = folder
        const bytes = blobs.get(fileSha)
        return {
          body: {
            type: 'file',
            encoding: 'base64',
            size: bytes.length,
            name: p.split('/').at(-1),
            path: p,
            content: (bytes.toString('base64').match(/.{1,60}/g) ?? []).join('\n') + '\n',
            sha: fileSha,
            url: `${api()}/contents/${p}?ref=${ref}`,
            git_url: `${api()}/git/blobs/${fileSha}`,
            html_url: `https://github.com/${owner}/${repo}/blob/${ref}/${p}`,
            download_url: null,
            _links: {
              git: `${api()}/git/blobs/${fileSha}`,
              self: `${api()}/contents/${p}?ref=${ref}`,
              html: `https://github.com/${owner}/${repo}/blob/${ref}/${p}`
            }
          }
        }
      }
      const entries = commit
        ? Object.entries(trees.get(commit.tree)).filter(([p]) => p.startsWith(`${folder}/`) && !p.slice(folder.length + 1).includes('/'))
        : []
      if (entries.length === 0)
        return error(404, 'error_404_get_ref_not_found_quoted.json', {
          documentation_url: 'https://docs.github.com/rest/repos/contents#get-repository-content'
        })
      return {
        body: entries.map(([p, sha]) => ({
          type: 'file',
          name: p.split('/').at(-1),
          path: p,
          sha,
          size: blobs.get(sha).length,
          url: `${api()}/contents/${p}?ref=${ref}`,
          html_url: `https://github.com/${owner}/${repo}/blob/${ref}/${p}`,
          git_url: `${api()}/git/blobs/${sha}`,
          download_url: null,
          _links: {
            self: `${api()}/contents/${p}?ref=${ref}`,
            git: `${api()}/git/blobs/${sha}`,
            html: `https://github.com/${owner}/${repo}/blob/${ref}/${p}`
          }
        }))
      }
    }
    if (method === 'GET' && (m = /^\/pulls\/(\d+)$/.exec(route))) {
      const p = pulls.find((x) => x.number === Number(m[1]))
      if (!p) return error(404, 'error_404_get_ref_not_found_quoted.json')
      return { body: pullJson(p) }
    }
    if (method === 'GET' && (m = /^\/git\/blobs\/([0-9a-f]{40})$/.exec(route))) {
      const content = blobs.get(m[1])
      if (!content) return error(404, 'error_404_get_ref_not_found_quoted.json')
      const example = recorded('github/git_get_blob_200_openapi_example.json')
      return {
        body: {
          ...example,
          content: content.toString('base64'),
          encoding: 'base64',
          sha: m[1],
          size: content.length,
          url: `${api()}/git/blobs/${m[1]}`
        }
      }
    }
    if (method === 'GET' && (m = /^\/collaborators\/([^/]+)\/permission$/.exec(route))) {
      const role = collaborators[m[1]]
      if (!role) return error(404, 'error_404_get_ref_not_found_quoted.json', { message: `${m[1]} is not a user` })
      const example = recorded('github/repos_get_collaborator_permission_200_openapi_example.json')
      // GitHub folds maintain into write and triage into read in `permission`; role_name keeps them apart.
      const permission = { maintain: 'write', triage: 'read' }[role] ?? role
      return {
        body: { ...example, permission, role_name: role, user: { ...example.user, login: m[1], role_name: role, permissions: undefined } }
      }
    }
    if (method === 'POST' && (m = /^\/issues\/comments\/(\d+)\/reactions$/.exec(route))) {
      const r = { id: reactions.length + 1, comment_id: Number(m[1]), content: body.content }
      reactions.push(r)
      return {
        status: 201,
        body: { ...recorded('github/reactions_create_for_issue_comment_201_openapi_example.json'), id: r.id, content: r.content }
      }
    }
    if (method === 'POST' && (m = /^\/issues\/(\d+)\/comments$/.exec(route))) {
      const c = { id: 9000 + comments.length + 1, issue_number: Number(m[1]), body: body.body, login: 'github-actions[bot]' }
      comments.push(c)
      const example = recorded('github/issues_create_comment_201_openapi_example.json')
      return {
        status: 201,
        body: {
          ...example,
          id: c.id,
          body: c.body,
          url: `${api()}/issues/comments/${c.id}`,
          html_url: `https://github.com/${owner}/${repo}/pull/${c.issue_number}#issuecomment-${c.id}`,
          issue_url: `${api()}/issues/${c.issue_number}`
        }
      }
    }
    if (method === 'GET' && route === '/pulls') {
      const head = url.searchParams.get('head')
      const state = url.searchParams.get('state') ?? 'open'
      // Newest first for sort=created&direction=desc (numbers grow with creation), one page of per_page (30 by default).
      const newestFirst = url.searchParams.get('sort') === 'created' && url.searchParams.get('direction') !== 'asc'
      const found = pulls.filter((p) => (!head || `${owner}:${p.head}` === head) && (state === 'all' || p.state === state))
      const perPage = Math.min(100, Number(url.searchParams.get('per_page') ?? 30))
      return { body: (newestFirst ? [...found].reverse() : found).slice(0, perPage).map(pullJson) }
    }
    if (method === 'POST' && route === '/pulls') {
      if (config.pullsBlocked) return error(403, 'error_403_actions_not_permitted_to_create_pr_2026.json')
      if (config.draftsUnsupported && body.draft) {
        // GitHub's answer where drafts are unavailable (private repositories on some plans); no recording, shape per GitHub's validation errors.
        return {
          status: 422,
          body: {
            message: 'Validation Failed',
            errors: [{ resource: 'PullRequest', code: 'custom', message: 'Draft pull requests are not supported in this repository.' }],
            documentation_url: 'https://docs.github.com/rest/pulls/pulls#create-a-pull-request',
            status: '422'
          }
        }
      }
      if (!refs.has(`heads/${body.head}`))
        return {
          status: 422,
          body: { message: 'Validation Failed', errors: [{ resource: 'PullRequest', field: 'head', code: 'invalid' }], status: '422' }
        }
      if (pulls.some((p) => p.head === body.head && p.state === 'open')) {
        const e = recorded('github/error_422_pull_request_already_exists_2024_prettyprinted.json')
        e.errors[0].message = `A pull request already exists for ${owner}:${body.head}.`
        return { status: 422, body: e }
      }
      const p = {
        number: pulls.length + 1,
        author: viewer,
        title: body.title,
        body: body.body,
        head: body.head,
        base: body.base,
        draft: !!body.draft,
        state: 'open',
        labels: [],
        reviewers: [],
        teams: []
      }
      pulls.push(p)
      return { status: 201, body: pullJson(p) }
    }
    if (method === 'PATCH' && (m = /^\/pulls\/(\d+)$/.exec(route))) {
      const p = pulls.find((x) => x.number === Number(m[1]))
      if (!p) return error(404, 'error_404_get_ref_not_found_quoted.json')
      if (body.title !== undefined) p.title = body.title
      if (body.body !== undefined) p.body = body.body
      return { body: pullJson(p) }
    }
    if (method === 'POST' && (m = /^\/issues\/(\d+)\/labels$/.exec(route))) {
      const p = pulls.find((x) => x.number === Number(m[1]))
      if (!p) return error(404, 'error_404_get_ref_not_found_quoted.json')
      for (const l of body.labels ?? body) if (!p.labels.includes(l)) p.labels.push(l)
      const tmpl = recorded('github/issues_add_labels_200.json')[0]
      return { body: p.labels.map((name, i) => ({ ...tmpl, id: i + 1, name, url: `${api()}/labels/${encodeURIComponent(name)}` })) }
    }
    if (method === 'POST' && (m = /^\/pulls\/(\d+)\/requested_reviewers$/.exec(route))) {
      const p = pulls.find((x) => x.number === Number(m[1]))
      if (!p) return error(404, 'error_404_get_ref_not_found_quoted.json')
      p.reviewers.push(...(body.reviewers ?? []))
      p.teams.push(...(body.team_reviewers ?? []))
      return { status: 201, body: pullJson(p) }
    }
    return error(404, 'error_404_get_ref_not_found_quoted.json')
  }

  /** Every commit reachable from `sha`, newest first (first parents before others). */
  function ancestors(sha) {
    const seen = new Set()
    const queue = [sha]
    while (queue.length) {
      const c = queue.shift()
      if (seen.has(c)) continue
      seen.add(c)
      queue.push(...commits.get(c).parents)
    }
    return seen
  }

  /**
   * A commit made the way a person would: `files` (path → content, null removes) on top of the branch's
   * head (or of `from`, a branch or sha, creating the branch), with `message`. Returns the sha.
   */
  function commit(branch, files, message, from) {
    const parent = refs.get(`heads/${from ?? branch}`) ?? from ?? refs.get(`heads/${branch}`)
    const entries = { ...trees.get(commits.get(parent).tree) }
    for (const [p, content] of Object.entries(files)) {
      if (content === null) delete entries[p]
      else entries[p] = putBlob(Buffer.from(content))
    }
    const sha = putCommit(putTree(entries), [parent], message)
    refs.set(`heads/${branch}`, sha)
    return sha
  }

  /** A pull request opened by a person, not through the action: its number. */
  function openedByHand(fields) {
    const p = { number: pulls.length + 1, base: 'main', draft: false, state: 'open', labels: [], reviewers: [], teams: [], ...fields }
    pulls.push(p)
    return p.number
  }

  /** Merges a branch into the base as GitHub's merge button would: a merge commit on the base. */
  function merge(branch, base = 'main') {
    const head = refs.get(`heads/${branch}`)
    const sha = putCommit(commits.get(head).tree, [refs.get(`heads/${base}`), head], `Merge branch '${branch}'`)
    refs.set(`heads/${base}`, sha)
    // The branch's open pull request is merged by it, as the merge button does.
    for (const p of pulls)
      if (p.head === branch && p.state === 'open' && !p.headRepo) Object.assign(p, { state: 'closed', mergedAt: new Date(0).toISOString() })
    return sha
  }

  /** The files of a branch as path → bytes, or undefined when the branch does not exist. */
  function filesOf(branch) {
    const sha = refs.get(`heads/${branch}`)
    if (!sha) return undefined
    const tree = trees.get(commits.get(sha).tree)
    return new Map(Object.entries(tree).map(([p, s]) => [p, blobs.get(s)]))
  }

  return Object.assign(self, {
    owner,
    repo,
    refs,
    commits,
    pulls,
    comments,
    reactions,
    handle,
    /** A pull request opened from a fork's branch (the head is in `headRepo`, not this repository). */
    openForkPull(headRepo, head, title = 'A change from a fork') {
      return openedByHand({ author: headRepo.split('/')[0], title, body: '', head, headRepo, headSha: '0'.repeat(40) })
    },
    /** A pull request a person opened from a branch of this repository, with the body they wrote. */
    openPull(head, { author = 'octo-editor', title = 'A change by hand', body = '' } = {}) {
      return openedByHand({ author, title, body, head })
    },
    filesOf,
    commit,
    /** A commit as the action makes one: the trailer, and its proof ref (refs/hugo-paper-survey/<branch>) moved to it. */
    commitAsAction(branch, files, message, from) {
      const sha = commit(branch, files, message, from)
      refs.set(`hugo-paper-survey/${branch}`, sha)
      return sha
    },
    merge,
    /** Closes a pull request without merging it. */
    closePull(number) {
      Object.assign(
        pulls.find((p) => p.number === number),
        { state: 'closed' }
      )
    },
    headCommit: (branch) => commits.get(refs.get(`heads/${branch}`)),
    /** Saves the repository, its pull requests, comments and reactions; the function it returns puts them back (and clears beforeUpdateRefs). */
    snapshot() {
      const maps = [blobs, trees, commits, refs].map((m) => [m, new Map(m)])
      const lists = [pulls, comments, reactions].map((l) => [l, structuredClone(l)])
      const counter = commitCounter
      return () => {
        for (const [live, saved] of maps) {
          live.clear()
          for (const [k, v] of saved) live.set(k, v)
        }
        for (const [live, saved] of lists) live.splice(0, live.length, ...structuredClone(saved))
        commitCounter = counter
        delete self.beforeUpdateRefs
      }
    }
  })
}
