import { loadSeedDataset } from '../../scripts/stand-ins.mjs'
import type { PostEntry, PostOptions } from '../../src/hugo/post.js'
import { selectPapers } from '../../src/select.js'
import { toCandidate } from '../../src/sources/huggingface.js'

const seed = loadSeedDataset()
export const png = Buffer.from('89504e470d0a1a0a', 'hex')

/** The seed's five papers, ranked as the action ranks them, with the seed's summaries. */
export function seedEntries(language: 'ja' | 'en'): PostEntry[] {
  const candidates = seed.dailyPapers.map((i: (typeof seed.dailyPapers)[number]) => toCandidate(i)!)
  const { ranked } = selectPapers(candidates, { keywords: [], filterHuggingFace: false, publishedIds: new Set() })
  return ranked.map((paper, i) => ({
    paper,
    summary: seed.summaries[language][paper.arxivId!],
    image: { name: `paper_${i + 1}.png`, bytes: png }
  }))
}

/** The seed post's options: Japanese, every source named, YAML front matter, positional details. */
export const seedPostOptions = (over: Partial<PostOptions> = {}): PostOptions => ({
  date: '2026-03-01',
  language: 'ja',
  sourcesUsed: ['huggingface', 'arxiv', 'semantic-scholar'],
  slug: 'llm-papers-2026-03-01',
  draft: false,
  frontMatter: 'yaml',
  detailsStyle: 'positional',
  ...over
})
