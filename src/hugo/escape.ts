// Untrusted text (titles, authors, abstracts, model output) becomes inert Markdown here: it can show
// any character, but it can never open a Hugo shortcode, emit HTML, start a block construct, or write
// a Markdown link. A bare http(s) URL stays as written, as arXiv shows it: Hugo's linkify makes it a
// link, which is what readers of the seed blog had (it never links `javascript:`). Entities and
// backslash escapes render as the original characters.
import { visibleText } from '../text.js'

/** One line of plain text: invisible characters removed (again: text is cleaned where it enters), whitespace collapsed. */
export function cleanText(text: string): string {
  return visibleText(text).replace(/\s+/g, ' ').trim()
}

/** Text for the middle of a Markdown line. */
export function inlineText(text: string): string {
  return (
    cleanText(text)
      // Text that looks like an entity is shown as written, not decoded.
      .replace(/&(?=#?[A-Za-z0-9]+;)/g, '&amp;')
      // A backslash before a character escaped below, or at the end, would undo that escape.
      .replace(/\\(?=[[\]<>{}@:.&]|$)/g, '&#92;')
      .replace(/\{\{/g, '&#123;&#123;')
      .replace(/\}\}/g, '&#125;&#125;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/\[/g, '\\[')
      .replace(/\]/g, '\\]')
      // Hugo's linkify would make an e-mail address a mailto: link: keep it as text.
      .replace(/(?<=[\p{L}\p{N}])@(?=[\p{L}\p{N}])/gu, '&#64;')
  )
}

/** Text that starts a paragraph: also kept from starting a heading, list, quote, table or fence. */
export function paragraphText(text: string): string {
  return lineStart(inlineText(text))
}

/** Escaped inline text made safe at the start of a line. */
export function lineStart(inline: string): string {
  const numbered = /^(\d{1,9})([.)])/.exec(inline)
  if (numbered) return `${numbered[1]}\\${inline.slice(numbered[1]!.length)}`
  return /^[#>\-+*=|`~:_]/.test(inline) ? `\\${inline}` : inline
}

/** Text for a heading: a closing run of # would otherwise be dropped. */
export function headingText(text: string): string {
  return inlineText(text).replace(/#+$/, (run) => run.replace(/#/g, '\\#'))
}
