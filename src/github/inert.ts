// Text a stranger wrote (a paper, a source, the model), shown on GitHub: in a pull request's body, a
// comment, the job summary. GitHub decodes entities before it links, so `&#64;` still mentions; what it
// never links is a character it does not expect. A zero-width joiner after `@`, `#` and `GH-` keeps
// every mention, team mention, issue reference and closing keyword ("Fixes #12") from taking effect,
// while the text reads the same; a URL of an issue or pull request (which would cross-reference it) is
// shown as code. One function, so every place that shows such text follows the same rules.
import { inlineText } from '../hugo/escape.js'

const ZWJ = '\u200D'
/**
 * github.com or an Enterprise host: /owner/repo/issues/N, /pull/N, /discussions/N; with a scheme, or
 * without one as `www.…` (GitHub links it) or `github.com/…`.
 */
const THREAD_URL =
  /(?:\bhttps?:\/\/[^\s<>`]+?|(?<![\w.@/-])(?:www\.[^\s<>`]+?|github\.com))\/(?:[^\s<>`]+?\/)?(?:issues|pull|pulls|discussions)\/\d+[^\s<>`]*/gi

/** One line of untrusted text, inert on GitHub, for the middle of a Markdown line. */
export function inertText(text: string): string {
  return (
    inlineText(text)
      .replace(THREAD_URL, (url) => `\`${url.replace(/`/g, '%60')}\``)
      // `#` of an entity inlineText wrote (&#123;) is not a reference.
      .replace(/(?<!&)#/g, `#${ZWJ}`)
      // inlineText writes `&#64;` between letters for Hugo's linkify; GitHub decodes it and would mention.
      .replace(/&#64;/g, '@')
      .replace(/@/g, `@${ZWJ}`)
      .replace(/\bGH-(?=\d)/gi, (m) => `${m}${ZWJ}`)
  )
}

/** Untrusted text for a Markdown table cell: inert, and no cell breaks. */
export const inertCell = (text: string): string => inertText(text).replace(/\|/g, '\\|')

/** A link the post carries, for a list on GitHub: an autolink, or code for an issue or pull request. */
export function inertLink(url: string): string {
  const safe = url.replace(/[<>`]/g, encodeURIComponent)
  return new RegExp(THREAD_URL.source, 'i').test(safe) ? `\`${safe}\`` : `<${safe}>`
}
