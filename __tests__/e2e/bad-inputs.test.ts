// Bad inputs: exit code 1, an error annotation naming the input and the accepted form, no request to
// any service, nothing written. Every case runs run() as the runner would, in this process; the cases
// marked `bundled` also run dist/index.js on Node 24, proving the runtime's part (INPUT_ variables with
// line breaks, the exit code, the annotation) once for each kind of input.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startStandIns } from '../../scripts/stand-ins.mjs'
import { errorsOf, runAgainst, runBundled, type StandIns, tempWorkspace } from './helpers.js'

let s: StandIns
beforeAll(async () => {
  s = await startStandIns()
})
afterAll(async () => {
  await s.close()
})

const cases: [string, Record<string, string>, string, ('bundled' | undefined)?][] = [
  ['date', { date: '2026-02-30' }, 'YYYY-MM-DD', 'bundled'],
  ['date', { date: '2026-3-1' }, 'YYYY-MM-DD'],
  ['date', { date: '2099-01-01' }, 'not after today'],
  ['timezone', { timezone: 'Mars/Olympus' }, 'IANA time zone'],
  ['count', { count: '0' }, 'from 1 to 50'],
  ['count', { count: '51' }, 'from 1 to 50'],
  ['count', { count: 'abc' }, 'from 1 to 50'],
  ['sources', { sources: 'twitter' }, 'huggingface, arxiv, semantic-scholar'],
  ['sources', { sources: ' , ' }, 'huggingface, arxiv, semantic-scholar'],
  ['output-path', { 'output-path': '/etc/posts' }, 'relative path inside the site'],
  ['output-path', { 'output-path': 'content/../../outside' }, 'relative path inside the site'],
  ['output-path', { 'output-path': 'content/posts\n::set-output name=x::y' }, 'one line of text without control characters', 'bundled'],
  ['branch', { branch: 'survey\u0007' }, 'one line of text without control characters'],
  ['site-path', { 'site-path': '../elsewhere' }, 'a folder inside the repository'],
  ['on-edited-branch', { 'on-edited-branch': 'force' }, 'keep or add-commit'],
  ['details-style', { 'details-style': 'raw' }, 'auto, positional, named, title, html or markdown'],
  ['output-path', { 'output-path': 'linked/posts' }, 'leaves the workspace through a symlink'],
  ['language', { language: 'japanese!' }, 'BCP 47'],
  ['branch', { branch: 'bad..branch' }, 'valid Git branch name'],
  ['arxiv-url', { 'arxiv-url': 'ftp://export.arxiv.org' }, 'http(s) URL'],
  ['huggingface-url', { 'huggingface-url': 'javascript:alert(1)' }, 'http(s) URL'],
  ['max-concurrency', { 'max-concurrency': '0' }, 'from 1 to 16'],
  ['max-concurrency', { 'max-concurrency': '99' }, 'from 1 to 16'],
  ['anthropic-api-key', { 'anthropic-api-key': '' }, 'Anthropic API key', 'bundled']
]

describe.concurrent('bad inputs', () => {
  it.each(cases)('%s %j is rejected before any request', async (input, inputs, accepted, how) => {
    const ws = tempWorkspace({ 'content/posts/.keep': '' })
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'hps-outside-'))
    fs.symlinkSync(outside, path.join(ws, 'linked'))
    const before = s.requests.length
    const r = await (how === 'bundled' ? runBundled : runAgainst)(s, ws, inputs)
    expect(r.code).toBe(1)
    const errors = errorsOf(r.stdout)
    expect(errors).toHaveLength(1)
    expect(errors[0]).toContain(`Input '${input}'`)
    expect(errors[0]).toContain(accepted)
    expect(s.requests.length).toBe(before)
    expect(fs.readdirSync(path.join(ws, 'content/posts')).sort()).toEqual(['.keep', '_index.md'])
    expect(fs.readdirSync(outside)).toEqual([])
    expect(r.outputs).toEqual({})
  })
})
