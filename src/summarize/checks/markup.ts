// Markup by what Hugo and Markdown would do with it. The prompt asks for plain prose: no Markdown, no
// HTML, no links. Inline math ($…$, \(…\)) taken from a physics abstract is text, not a template: its
// closing braces (`_{\rm CEP}}`) are not shortcode delimiters, and the post escapes them (hugo/escape.ts).

/** Balanced inline or display math: $…$, $$…$$, \(…\), \[…\]. */
const MATH = /\$\$[^$]+\$\$|\$[^$\n]+\$|\\\([\s\S]+?\\\)|\\\[[\s\S]+?\\\]/g

/** Top-level domains a bare address in a summary ends with (github.com/x/y, huggingface.co, example.org). */
const TLD = 'com|org|net|io|ai|co|dev|app|edu|gov|info|xyz|me|tech|site|page|jp|cn|uk|de|fr|ly|gg|so|sh'

const MARKUP: [RegExp, string][] = [
  [/\{\{|\}\}|\{%|%\}/, 'it contains template or shortcode delimiters'],
  [/<\/?[A-Za-z!][^>]*>?/, 'it contains an HTML tag'],
  [/(^|\n)\s{0,3}#{1,6}(\s|$)/, 'it contains a Markdown heading'],
  [/\]\(|\[[^\]]*\]\[|https?:\/\/|www\./i, 'it contains a link or URL'],
  [new RegExp(`(^|[^\\p{L}\\p{N}.@/-])[a-z0-9-]+(\\.[a-z0-9-]+)*\\.(${TLD})(?![\\p{L}\\p{N}])`, 'iu'), 'it contains a web address'],
  [
    /\*\*[^*\n]+\*\*|__[^_\n]+__|(^|[\s(（「])[*_](?![\s*_])[^*_\n]+(?<![\s*_])[*_](?=$|[\s).,;:!?）」。、])/,
    'it contains Markdown emphasis'
  ],
  [/(^|\n)\s*(---|\+\+\+|```|~~~)/, 'it contains a front-matter fence or code fence'],
  [/(^|\n)\s*([-*+]|\d+[.)])\s/, 'it contains a list']
]

export function checkMarkup(summary: string): string[] {
  const prose = summary.replace(MATH, ' ')
  return MARKUP.filter(([re]) => re.test(prose)).map(([, reason]) => reason)
}
