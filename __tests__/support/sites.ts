// Helpers for the sample-site tests: the shared templates, and a page as a reader sees it.
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { fixturePath } from '../../scripts/stand-ins.mjs'
import { cleanText } from '../../src/hugo/escape.js'

/** Copies the shared templates into the site (or its theme), as a real site has its own. */
export function withLayouts(ws: string, siteDir: string, theme?: string): void {
  const into = theme ? path.join(ws, siteDir, 'themes', theme, 'layouts/_default') : path.join(ws, siteDir, 'layouts/_default')
  fs.cpSync(fileURLToPath(fixturePath('sites/common-layouts/_default/')), into, { recursive: true, force: false })
}

/** HTML's entities as the characters they stand for (numeric ones and the five Hugo writes); others as a space. */
export const decodeEntities = (html: string): string =>
  html
    .replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/&[a-z]+;/g, ' ')

/** What a reader sees of a page: text without tags, entities decoded, whitespace collapsed. */
const visible = (html: string): string => decodeEntities(html.replace(/<[^>]*>/g, ' ')).replace(/\s+/g, ' ')

/** Hugo's warnings and errors, but for deprecations of the sample sites' own config (languageCode in 0.158+). */
export const problems = (output: string): string[] => output.split('\n').filter((l) => /WARN|ERROR/.test(l) && !/deprecated/.test(l))

/** The letters and digits a reader sees of a rendered page. */
export const visibleLetters = (html: string): string => visible(html).replace(/[^\p{L}\p{N}]+/gu, '')

/** The letters and digits of a text as the post shows it (invisible characters removed). */
export const letters = (text: string): string => cleanText(text).replace(/[^\p{L}\p{N}]+/gu, '')
