// The value readers of the one input parser (settings.ts): each reads one input's text into a value
// or throws an InputError naming the input and the form it accepts.
import fs from 'node:fs'
import path from 'node:path'
import { type SourceName, SOURCE_NAMES } from './paper.js'

export type GetInput = (name: string) => string

export interface ModelPrice {
  inputPerMTok: number
  outputPerMTok: number
}

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

export function readDate(text: string, today: string): string {
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
export function readRepoPath(name: string, text: string, root: string, accepted: string, allowRoot = false): string {
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
export function readLabels(text: string): string[] {
  const labels = readList(text)
  for (const l of labels) if (l.length > 50) throw new InputError('labels', 'comma-separated label names of at most 50 characters', l)
  return labels
}

export function realpathOrSelf(p: string): string {
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

export function readSources(text: string): SourceName[] {
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
export function readLanguages(text: string): string[] {
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

export function readCategories(text: string): string[] {
  const list = text === '' ? ['cs.CL', 'cs.AI', 'cs.LG'] : readList(text)
  for (const c of list) {
    if (!/^[a-z-]+(\.[A-Za-z-]+)?$/.test(c)) throw new InputError('arxiv-categories', 'arXiv category names such as cs.CL, cs.AI', c)
  }
  if (list.length === 0) throw new InputError('arxiv-categories', 'at least one arXiv category such as cs.CL', text)
  return list
}

export function readPrices(text: string): Record<string, ModelPrice> {
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

export function readModel(getInput: GetInput, name: string, fallback: string): string {
  const value = getInput(name) || fallback
  if (!/^[A-Za-z0-9._:@-]+$/.test(value)) throw new InputError(name, 'a Claude model id such as claude-sonnet-5-5', value)
  return value
}

export function readUrl(getInput: GetInput, name: string, fallback: string): string {
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

export function readInteger(getInput: GetInput, name: string, fallback: number, min: number, max: number): number {
  const text = getInput(name)
  if (text === '') return fallback
  const accepted = `a whole number from ${min} to ${max}`
  if (!/^\d+$/.test(text)) throw new InputError(name, accepted, text)
  return readNumber(name, text, min, max, accepted)
}

export function readNumber(name: string, text: string, min: number, max: number, accepted: string): number {
  const n = Number(text)
  if (!/^\d+(\.\d+)?$/.test(text) || !Number.isFinite(n) || n < min || n > max) throw new InputError(name, accepted, text)
  return n
}

export function readBoolean(getInput: GetInput, name: string, fallback: boolean): boolean {
  const text = getInput(name)
  if (text === '') return fallback
  if (/^(true|True|TRUE)$/.test(text)) return true
  if (/^(false|False|FALSE)$/.test(text)) return false
  throw new InputError(name, 'true or false', text)
}

export function oneOf(getInput: GetInput, name: string, fallback: string, ok: (v: string) => boolean, accepted: string): string {
  const value = getInput(name) || fallback
  if (!ok(value)) throw new InputError(name, accepted, value)
  return value
}

export function readListOrDefault(getInput: GetInput, name: string, fallback: string[]): string[] {
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

export function truncate(s: string): string {
  return s.length > 80 ? `${s.slice(0, 77)}...` : s
}
