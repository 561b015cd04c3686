// The words of the post in each language. Japanese is the seed blog's own wording; English is complete;
// any other language gets the English labels with the summaries in that language.
import type { SourceName } from '../paper.js'
import { languageName } from '../summarize/prompt.js'

export interface Labels {
  title: string
  tags: string[]
  introHeading: string
  intro: (date: string, sources: SourceName[]) => string
  authors: string
  etAl: string
  published: string
  source: string
  arxivId: string
  code: string
  project: string
  summary: string
  abstract: string
  footer: string
}

const SOURCE_TITLES: Record<SourceName, string> = {
  arxiv: 'arXiv',
  'semantic-scholar': 'Semantic Scholar',
  huggingface: 'Hugging Face Daily Papers'
}
const INTRO_ORDER: SourceName[] = ['arxiv', 'semantic-scholar', 'huggingface']
const titled = (sources: SourceName[]): string[] => INTRO_ORDER.filter((s) => sources.includes(s)).map((s) => SOURCE_TITLES[s])

function englishList(items: string[]): string {
  return items.length <= 2 ? items.join(' and ') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`
}

const JA: Labels = {
  title: 'LLM論文サーベイ（{date}）',
  tags: ['LLM', 'AI', '論文'],
  introHeading: 'はじめに',
  intro: (date, sources) =>
    `本記事は${date}時点でのLLM関連の注目論文をまとめたものです。${titled(sources).join('、')}から自動収集し、Claude APIで日本語要約を生成しています。`,
  authors: '著者',
  etAl: ' ほか',
  published: '公開日',
  source: 'ソース',
  arxivId: 'arXiv ID',
  code: 'コード',
  project: 'プロジェクト',
  summary: '要約',
  abstract: '原文Abstract',
  footer: '*この記事は自動生成されています。論文の詳細は各ソースURLをご参照ください。*'
}

function english(summaryLanguage: string): Labels {
  return {
    title: 'LLM Paper Survey ({date})',
    tags: ['LLM', 'AI', 'Papers'],
    introHeading: 'Introduction',
    intro: (date, sources) =>
      `This post collects notable LLM papers as of ${date}. They were gathered automatically from ${englishList(titled(sources))}, and the summaries were written in ${summaryLanguage} with the Claude API.`,
    authors: 'Authors',
    etAl: ' et al.',
    published: 'Published',
    source: 'Source',
    arxivId: 'arXiv ID',
    code: 'Code',
    project: 'Project page',
    summary: 'Summary',
    abstract: 'Original abstract',
    footer: '*This post was generated automatically. See each source link for the details of a paper.*'
  }
}

export function labelsFor(language: string): Labels {
  if (language === 'ja' || language.startsWith('ja-')) return JA
  return english(language === 'en' || language.startsWith('en-') ? 'English' : languageName(language))
}
