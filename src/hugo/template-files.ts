// The maintainer's post templates, read from the workspace and proven before any paid call: each
// language's file parses, names only documented variables, and renders a sample post in its language.
import fs from 'node:fs'
import path from 'node:path'
import type { RankedPaper } from '../paper.js'
import type { DetailsStyle, Settings } from '../settings.js'
import { parseTemplate, type PostTemplate, renderTemplate, TemplateError } from './template.js'
import { type PostEntry, postVariables } from './variables.js'

const MAX_TEMPLATE_BYTES = 256 * 1024

/** Each language's template, or undefined for the built-in layout. */
export function loadPostTemplates(
  settings: Pick<Settings, 'template' | 'languages' | 'workspace' | 'date' | 'paperLinks' | 'sitePath'>,
  detailsStyle: DetailsStyle
): Map<string, PostTemplate> | undefined {
  if (settings.template === undefined) return undefined
  const parsed = new Map<string, PostTemplate>()
  const templates = new Map<string, PostTemplate>()
  for (const language of settings.languages) {
    const file = settings.template.replaceAll('{lang}', language)
    refuseHugoFolders(file, settings.sitePath)
    const template = parsed.get(file) ?? parseTemplate(readTemplate(settings.workspace, file), file)
    parsed.set(file, template)
    for (const entries of [[SAMPLE_FULL, SAMPLE_SPARSE], []]) {
      renderTemplate(
        template,
        postVariables(entries, {
          date: settings.date,
          language,
          title: 'Sample',
          sourcesUsed: ['arxiv'],
          detailsStyle,
          paperLinks: settings.paperLinks
        })
      )
    }
    templates.set(language, template)
  }
  return templates
}

/** Hugo reads every file under the site's layouts/ (and a theme's) as a template of its own, and fails on Liquid. */
function refuseHugoFolders(file: string, sitePath: string): void {
  const inSite = sitePath === '.' ? file : file.startsWith(`${sitePath}/`) ? file.slice(sitePath.length + 1) : undefined
  if (inSite !== undefined && /^(layouts|themes)\//.test(inSite))
    throw new TemplateError(
      `Input 'template': ${file} is inside the site's ${inSite.split('/')[0]}/ folder, where Hugo would read it as one of its own templates and fail to build. Keep it elsewhere, such as .github/survey-post.liquid.`
    )
}

function readTemplate(workspace: string, file: string): string {
  const full = path.join(workspace, file)
  let stat: fs.Stats
  try {
    stat = fs.statSync(full)
  } catch {
    throw new TemplateError(
      `Input 'template': ${file} is not in the repository. Commit the template, check out the repository before this step, or leave template empty for the built-in layout.`
    )
  }
  if (!stat.isFile()) throw new TemplateError(`Input 'template': ${file} is not a file.`)
  if (stat.size > MAX_TEMPLATE_BYTES) throw new TemplateError(`Input 'template': ${file} is over ${MAX_TEMPLATE_BYTES / 1024} KB.`)
  return fs.readFileSync(full, 'utf8')
}

/** Two papers that give every variable a value, and every optional one none. */
const SAMPLE_FULL: PostEntry = {
  paper: {
    key: '2602.00001',
    arxivId: '2602.00001',
    title: 'A sample paper',
    authors: ['A. Author', 'B. Author', 'C. Author', 'D. Author', 'E. Author', 'F. Author'],
    abstract: 'An abstract. Code is at https://github.com/example/sample.',
    published: '2026-02-01',
    sources: ['huggingface', 'arxiv'],
    upvotes: 1,
    citations: 1,
    githubRepo: 'https://github.com/example/sample',
    githubStars: 1,
    projectPage: 'https://example.org/sample/',
    rank: 1,
    score: 1
  },
  summary: 'A summary.',
  image: { name: 'paper_1.png', bytes: Buffer.alloc(0) }
}
const SAMPLE_SPARSE: PostEntry = {
  paper: {
    key: 'title:sample',
    title: 'Another sample',
    authors: [],
    abstract: '',
    published: '',
    sources: ['semantic-scholar'],
    rank: 2,
    score: 0
  } satisfies RankedPaper,
  summary: 'A summary.'
}
