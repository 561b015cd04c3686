// The GitHub stand-in behaves as GitHub describes itself: every request the action sends in these
// scenarios is an operation of GitHub's own OpenAPI description (@octokit/openapi, api.github.com),
// with declared query parameters and a body its schema accepts; every answer of the stand-in that the
// action reads validates against that operation's response schema; every GraphQL request validates
// against GitHub's GraphQL schema (@octokit/graphql-schema).
import fs from 'node:fs'
import { Ajv } from 'ajv'
import { validate as validateGraphql } from '@octokit/graphql-schema'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startStandIns } from '../../scripts/stand-ins.mjs'
import { commitMessage } from '../../src/github/rules.js'
import { commentEvent, runAgainst, type StandIns, tempWorkspace } from './helpers.js'

interface Operation {
  parameters?: ({ name: string; in: string } | Ref)[]
  requestBody?: { content: Record<string, { schema: object }> } | Ref
  responses: Record<string, { content?: Record<string, { schema: object }> } | Ref>
}
type Ref = { $ref: string }
// The description with its components referenced, not copied in (13 MB against 73 MB dereferenced):
// parameters, bodies and responses are looked up here, schemas by ajv from the components added below.
const description = JSON.parse(
  fs.readFileSync(new URL('../../node_modules/@octokit/openapi/generated/api.github.com.json', import.meta.url), 'utf8')
) as {
  paths: Record<string, Record<string, Operation>>
  components: Record<string, Record<string, unknown>>
}
/** A node, or the component its `$ref` names (#/components/<kind>/<name>). */
function resolved<T extends object>(node: T | Ref): T {
  let current: unknown = node
  while (current && typeof current === 'object' && '$ref' in current) {
    const [, kind, name] = /^#\/components\/([^/]+)\/(.+)$/.exec((current as Ref).$ref)!
    current = description.components[kind!]![name!]
  }
  return current as T
}

const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false })

/**
 * OpenAPI 3.0's `nullable: true` as JSON Schema's type list (ajv knows `nullable` only beside a `type`),
 * and references into the components schema registered with ajv as `api`.
 */
const memo = new WeakMap<object, unknown>()
function jsonSchema(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(jsonSchema)
  if (!node || typeof node !== 'object') return node
  if (memo.has(node)) return memo.get(node)
  const out: Record<string, unknown> = {}
  memo.set(node, out)
  for (const [k, v] of Object.entries(node)) if (k !== 'nullable' && k !== 'examples' && k !== 'example') out[k] = jsonSchema(v)
  if (typeof out.$ref === 'string' && out.$ref.startsWith('#/')) out.$ref = `api${out.$ref}`
  const { nullable, type } = node as { nullable?: boolean; type?: string | string[] }
  if (nullable && type) out.type = [...(Array.isArray(type) ? type : [type]), 'null']
  if (nullable && !type && Array.isArray(out.anyOf)) out.anyOf = [...out.anyOf, { type: 'null' }]
  if (nullable && !type && Array.isArray(out.oneOf)) out.oneOf = [...out.oneOf, { type: 'null' }]
  if (nullable && !type && Array.isArray(out.allOf))
    return (memo.set(node, { anyOf: [{ allOf: out.allOf }, { type: 'null' }] }), memo.get(node))
  return out
}
ajv.addSchema({ components: { schemas: jsonSchema(description.components.schemas) } }, 'api')
const valid = (schema: object, value: unknown): boolean => ajv.validate(jsonSchema(schema) as object, value)

// Path templates as patterns: a parameter is one segment, but for those GitHub lets hold slashes.
const templates = Object.keys(description.paths).map((template) => ({
  template,
  pattern: new RegExp(`^${template.replace(/\{(ref|basehead|path)\}/g, '.+').replace(/\{[^}]+\}/g, '[^/]+')}$`)
}))

function operationOf(method: string, path: string): { template: string; operation: Operation } | undefined {
  // The most specific template first: the one with the fewest parameters.
  const found = templates
    .filter((t) => t.pattern.test(path) && description.paths[t.template]![method.toLowerCase()])
    .sort((a, b) => (a.template.match(/\{/g) ?? []).length - (b.template.match(/\{/g) ?? []).length)[0]
  return found && { template: found.template, operation: description.paths[found.template]![method.toLowerCase()]! }
}

let s: StandIns
const seen: { method: string; url: string; body: string; status?: number; answer?: unknown }[] = []
beforeAll(async () => {
  // Scenarios that reach every GitHub request the action makes: a new pull request with labels and
  // reviewers, its update, an edited branch with add-commit, a long branch read page by page, a race.
  s = await startStandIns()
  const ws = tempWorkspace()
  await runAgainst(s, ws, { images: 'none', labels: 'papers', reviewers: 'octocat, octo-blog/editors' })
  await runAgainst(s, ws, { images: 'none', count: '4' })
  s.github.commit('paper-survey/2026-03-01', { 'notes.md': 'mine\n' }, 'Add notes')
  await runAgainst(s, tempWorkspace(), { images: 'none', 'on-edited-branch': 'add-commit' })
  for (let i = 0; i < 120; i++)
    s.github.commitAsAction('paper-survey', { [`p/${i}.md`]: `${i}\n` }, commitMessage('2026-02-01'), i ? undefined : 'main')
  await runAgainst(s, tempWorkspace(), { images: 'none', branch: 'paper-survey' })
  // Review commands on the first pull request: a drop and a replace by its owner, a refusal of a stranger.
  const review = tempWorkspace()
  await runAgainst(s, review, { images: 'none' }, commentEvent('/survey drop 1', { login: 'octo-blog' }))
  await runAgainst(s, review, { images: 'none' }, commentEvent('/survey redo 1', { login: 'octo-blog' }))
  await runAgainst(s, review, { images: 'none' }, commentEvent('/survey help', { login: 'stranger' }))
  seen.push(...(s.requestsTo('github') as typeof seen))
}, 120_000)
afterAll(async () => {
  await s.close()
})

describe('the GitHub stand-in, held to GitHub’s descriptions', () => {
  it('saw every kind of request the action makes', () => {
    const kinds = new Set(
      seen.map(
        (q) => `${q.method} ${q.url === '/graphql' ? '/graphql' : operationOf(q.method, new URL(q.url, 'http://x').pathname)?.template}`
      )
    )
    for (const k of [
      'GET /repos/{owner}/{repo}',
      'GET /repos/{owner}/{repo}/git/ref/{ref}',
      'GET /repos/{owner}/{repo}/compare/{basehead}',
      'GET /repos/{owner}/{repo}/contents/{path}',
      'POST /repos/{owner}/{repo}/git/blobs',
      'POST /repos/{owner}/{repo}/git/trees',
      'POST /repos/{owner}/{repo}/git/commits',
      'POST /graphql',
      'GET /repos/{owner}/{repo}/pulls',
      'POST /repos/{owner}/{repo}/pulls',
      'PATCH /repos/{owner}/{repo}/pulls/{pull_number}',
      'POST /repos/{owner}/{repo}/issues/{issue_number}/labels',
      'POST /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers',
      'GET /repos/{owner}/{repo}/pulls/{pull_number}',
      'GET /repos/{owner}/{repo}/collaborators/{username}/permission',
      'POST /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions',
      'POST /repos/{owner}/{repo}/issues/{issue_number}/comments'
    ])
      expect(kinds, k).toContain(k)
  })

  it('every REST request is an operation of GitHub’s description, with declared parameters and a valid body', () => {
    for (const q of seen.filter((r) => r.url !== '/graphql')) {
      const url = new URL(q.url, 'http://x')
      const found = operationOf(q.method, url.pathname)
      expect(found, `${q.method} ${url.pathname}`).toBeDefined()
      const queryNames = (found!.operation.parameters ?? [])
        .map((p) => resolved(p))
        .filter((p) => p.in === 'query')
        .map((p) => p.name)
      for (const name of url.searchParams.keys()) expect(queryNames, `${found!.template}?${name}`).toContain(name)
      const schema = found!.operation.requestBody && resolved(found!.operation.requestBody).content['application/json']?.schema
      if (q.body && schema) expect(valid(schema, JSON.parse(q.body)), `${found!.template}: ${ajv.errorsText()}`).toBe(true)
    }
  })

  it('every answer the action reads validates against the operation’s response schema', () => {
    let checked = 0
    const failures = new Set<string>()
    for (const q of seen.filter((r) => r.url !== '/graphql' && r.answer !== undefined)) {
      const found = operationOf(q.method, new URL(q.url, 'http://x').pathname)!
      const described = found.operation.responses[String(q.status)]
      expect(described, `${found.template} answered ${q.status}, which GitHub does not describe`).toBeDefined()
      const schema = resolved(described!).content?.['application/json']?.schema
      if (!schema) continue
      if (!valid(schema, q.answer))
        failures.add(`${q.method} ${found.template} ${q.status}: ${ajv.errorsText(ajv.errors, { separator: ' | ' }).slice(0, 600)}`)
      checked++
    }
    expect([...failures]).toEqual([])
    expect(checked).toBeGreaterThan(20)
  })

  it('every GraphQL request validates against GitHub’s GraphQL schema', () => {
    const requests = seen.filter((r) => r.url === '/graphql')
    expect(requests.length).toBeGreaterThan(0)
    for (const q of requests) expect(validateGraphql(JSON.parse(q.body).query).map((e: { message: string }) => e.message)).toEqual([])
  })
})
