// Text that strangers wrote (papers, sources' answers and errors, the model) is cleaned once, where it
// enters the run, so the prompt, the post, the pull request, the job summary, the outputs and the log
// all see the same visible text: no Unicode tag characters (invisible to people, read by models), no
// bidirectional controls, no zero-width characters, no C0/C1 controls but newline and tab.

/** Characters no reader sees; removed from every untrusted text. */
const INVISIBLE =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF\uFFF9-\uFFFB\u{E0000}-\u{E007F}]/gu

/** The text without invisible characters, in NFC; line breaks (\r\n and \r as \n) and tabs kept. */
export function visibleText(text: string): string {
  return text.normalize('NFC').replace(/\r\n?/g, '\n').replace(INVISIBLE, '')
}

/** The text as a regular expression that matches it literally. */
export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** Whether a text holds any invisible character. */
export const hasInvisible = (text: string): boolean => new RegExp(INVISIBLE.source, 'u').test(text)

/** The text cut to `max` characters (never inside a surrogate pair), with an ellipsis when cut. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text
  const head = text.slice(0, max - 1)
  return `${/[\uD800-\uDBFF]$/.test(head) ? head.slice(0, -1) : head}…`
}

/** Every string inside a value (lists and mappings, at any depth) through `change`; other values as they are. */
export function mapStrings(value: unknown, change: (text: string) => string): unknown {
  if (typeof value === 'string') return change(value)
  if (Array.isArray(value)) return value.map((v) => mapStrings(v, change))
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapStrings(v, change)]))
  return value
}
