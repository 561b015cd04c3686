// What GitHub would turn into a notification or a link between threads, in Markdown as GitHub renders
// it: rendered with a GFM renderer (marked), code left out (GitHub links nothing inside code), entities
// decoded (GitHub decodes them before it links), then GitHub's patterns for mentions, team mentions,
// issue and pull request references (#12, owner/repo#12, GH-12), closing keywords and thread URLs.
import { marked } from 'marked'
import { decodeEntities as decode } from './sites.js'

const PATTERNS: [string, RegExp][] = [
  ['mention', /(?<![\w`@/.-])@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\/[A-Za-z0-9_.-]+)?/g],
  ['reference', /(?<![\w&/#])#\d+\b/g],
  ['repo reference', /\b[\w.-]+\/[\w.-]+#\d+\b/g],
  ['GH reference', /\bGH-\d+\b/gi],
  ['thread URL', /(?:https?:\/\/|\bwww\.|\bgithub\.com\/)[^\s"<>]+\/(?:issues|pull|discussions)\/\d+/g],
  ['closing keyword', /\b(?:close[sd]?|fix(?:e[sd])?|resolve[sd]?)\b:?\s+(?:[\w.-]+\/[\w.-]+)?#\d+/gi]
]

/** Every mention, reference, closing keyword or thread URL that would take effect in this Markdown. */
export function liveReferences(markdown: string): string[] {
  const html = marked.parse(markdown, { gfm: true, async: false })
  const outsideCode = html.replace(/<pre[\s\S]*?<\/pre>/g, ' ').replace(/<code>[\s\S]*?<\/code>/g, ' ')
  // Link targets count too: an href to an issue cross-references it.
  const hrefs = [...outsideCode.matchAll(/href="([^"]*)"/g)].map((m) => decode(m[1]!))
  const text = decode(outsideCode.replace(/<[^>]*>/g, ' '))
  const found: string[] = []
  for (const [kind, pattern] of PATTERNS) for (const m of [text, ...hrefs].join('\n').matchAll(pattern)) found.push(`${kind}: ${m[0]}`)
  return found
}
