// npm run demo: the whole flow offline, on the sample blog or on your own Hugo checkout. Loopback
// stand-ins for Hugging Face, arXiv, Semantic Scholar, Claude and GitHub serve the embedded data set
// (2026-03-01); dist/index.js runs exactly as the runner runs it, every input you do not give at its
// action.yml default. No keys, no network.
//
//   npm run demo                                   the sample blog, copied into .demo/site
//   npm run demo -- --site ~/my-blog               your checkout: the post is written into its content
//                                                  folder as the action would, and the demo prints its
//                                                  path, its URL and the command that serves the site
//   npm run demo -- --site ~/my-blog --comment "/survey drop 2"
//                                                  then a review command on the pull request the survey
//                                                  opened, as GitHub delivers it; the post is updated
//   npm run demo -- --output-path content/blog     any input of action.yml as --<input> <value>
//   ANTHROPIC_API_KEY=… npm run demo -- --live --date 2026-11-27
//                                                  the real services, no pull request
import { execFileSync, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { distStaleness } from './dist-hash.mjs'
import { fixturePath, startStandIns } from './stand-ins.mjs'
import { actionDefaults, issueCommentEnv, runAction, standInInputs } from './run-action.mjs'

const ROOT = new URL('..', import.meta.url).pathname
const OWN = ['live', 'site', 'comment']

const { values: args, tokens } = parseArgs({
  options: { live: { type: 'boolean' }, site: { type: 'string' }, comment: { type: 'string' } },
  strict: false,
  tokens: true
})
const inputs = { date: '2026-03-01' }
for (let i = 0; i < tokens.length; i++) {
  const t = tokens[i]
  if (t.kind !== 'option' || OWN.includes(t.name)) continue
  inputs[t.name] = t.value ?? (tokens[i + 1]?.kind === 'positional' ? tokens[++i].value : 'true')
}
const unknown = Object.keys(inputs).filter((name) => !(name in actionDefaults()))
if (unknown.length) {
  console.error(
    `action.yml has no input ${unknown.map((n) => `'${n}'`).join(', ')}; the demo takes --site, --comment, --live and action.yml's inputs.`
  )
  process.exit(2)
}

const stale = distStaleness()
if (stale) {
  console.log(`Building dist/ (npm run bundle): ${stale}…`)
  execFileSync('npm', ['run', '--silent', 'bundle'], { cwd: ROOT, stdio: 'inherit' })
}

const site = args.site ? path.resolve(args.site) : path.join(ROOT, '.demo/site')
if (args.site && !fs.existsSync(site)) {
  console.error(`--site ${args.site}: no such folder. Give the root of a Hugo checkout (the folder with hugo.toml or config.toml).`)
  process.exit(2)
}
if (!args.site) {
  // A fresh copy of the sample blog each run.
  fs.rmSync(path.dirname(site), { recursive: true, force: true })
  fs.cpSync(fixturePath('hugo-site/'), site, { recursive: true })
}

const heading = (text) => console.log(`\n\x1b[1m== ${text}\x1b[0m`)
const withoutMasks = (log) =>
  log
    .split('\n')
    .filter((l) => !l.startsWith('::add-mask::'))
    .join('\n')
/** The pull request's body as a reviewer reads it: the hidden state line left out. */
const visibleBody = (body) => body.replace(/<!-- hugo-paper-survey:state v1 [^>]* -->\n?/g, '')

let standIns
let code
try {
  if (args.live) {
    if (!process.env.ANTHROPIC_API_KEY) {
      console.error('--live needs ANTHROPIC_API_KEY in the environment.')
      process.exit(2)
    }
    heading('Running the action against the real services (create-pr: false)')
    const result = await runAction({
      workspace: site,
      inputs: {
        'anthropic-api-key': process.env.ANTHROPIC_API_KEY,
        'semantic-scholar-api-key': process.env.SEMANTIC_SCHOLAR_API_KEY ?? '',
        ...inputs,
        'create-pr': 'false'
      },
      timeoutMs: 30 * 60_000
    })
    code = report(result)
  } else {
    standIns = await startStandIns()
    const env = { GITHUB_REPOSITORY: `${standIns.github.owner}/${standIns.github.repo}`, GITHUB_API_URL: standIns.urls.github }
    const all = { 'anthropic-api-key': 'sk-ant-demo-key', 'github-token': 'ghs_demo_token', ...standInInputs(standIns.urls), ...inputs }
    heading('The survey: dist/index.js against loopback stand-ins (recorded data, no keys, no network)')
    const survey = await runAction({ workspace: site, inputs: all, env })
    code = report(survey)
    if (code === 0 && args.comment) {
      heading(`The review command, as GitHub delivers a comment on pull request #1: ${args.comment}`)
      const command = await runAction({
        workspace: site,
        inputs: all,
        env: { ...env, ...issueCommentEnv(args.comment, { login: standIns.github.owner }) }
      })
      process.stdout.write(withoutMasks(command.stdout))
      heading('The reply on the pull request')
      console.log(standIns.github.comments.at(-1)?.body ?? '(none)')
      const postPath = survey.outputs['post-path']
      if (postPath)
        console.log(`Updated in your checkout from the branch: ${takeBranchFolder(postPath)} file(s) in ${path.dirname(postPath)}`)
      code = command.code ?? 1
    }
    if (survey.outputs['post-path']) showPost(survey.outputs['post-path'])
  }
} finally {
  await standIns?.close()
}
process.exit(code ?? 1)

/** Prints the run: its log, the pull request the GitHub stand-in received, the outputs and the job summary. */
function report(result) {
  heading(`The action's log (exit code ${result.code}, ${(result.ms / 1000).toFixed(1)} s)`)
  process.stdout.write(withoutMasks(result.stdout))
  if (result.stderr.trim()) process.stdout.write(result.stderr)
  const pr = standIns?.github.pulls.at(-1)
  if (pr) {
    heading('The pull request the GitHub stand-in received')
    const files = [...standIns.github.filesOf(pr.head).keys()].filter((p) => p !== 'README.md')
    console.log(`#${pr.number} ${pr.title}\nbranch ${pr.head} → ${pr.base}\nfiles: ${files.join(', ')}\n`)
    console.log(visibleBody(pr.body))
  }
  heading('Outputs')
  for (const [k, v] of Object.entries(result.outputs)) console.log(`${k}=${v}`)
  heading('Job summary')
  console.log(result.summary)
  return result.code ?? 1
}

/** The post's folder on the action's branch, written into the checkout (as a `git pull` would); returns how many files. */
function takeBranchFolder(postPath) {
  const folder = path.dirname(postPath)
  const onBranch = [...(standIns.github.filesOf(standIns.github.pulls[0].head) ?? new Map())].filter(([p]) => path.dirname(p) === folder)
  const local = path.join(site, folder)
  // Only files the action writes are removed: its posts and paper_<N> images.
  for (const name of fs.existsSync(local) ? fs.readdirSync(local) : [])
    if (/^(index(\.[\w-]+)?\.md|paper_\d+\.\w+)$/.test(name) && !onBranch.some(([p]) => path.basename(p) === name))
      fs.rmSync(path.join(local, name))
  for (const [p, bytes] of onBranch) fs.writeFileSync(path.join(site, p), bytes)
  return onBranch.length
}

/** Where the post is, the URL Hugo gives it (`hugo list all`), and how to look at it. */
function showPost(postPath) {
  heading('Look at the post')
  console.log(`The post: ${path.join(site, postPath)}`)
  console.log('Its figures are 1×1 placeholder images: the recorded data set holds the papers, not their image bytes.')
  const list = spawnSync('hugo', ['list', 'all', '--source', site], { encoding: 'utf8' })
  if (list.error) {
    console.log('Install Hugo (Debian/Ubuntu: sudo apt-get install hugo) to see its URL and serve the site.')
    return
  }
  const [header, ...rows] = list.stdout
    .trim()
    .split('\n')
    .map((l) => l.split(','))
  const at = (name) => header?.indexOf(name) ?? -1
  const row = rows.find((r) => r[at('path')] === postPath || postPath.endsWith(r[at('path')] ?? '\0'))
  const permalink = row?.[at('permalink')]
  if (permalink) console.log(`Its URL: ${permalink}`)
  else console.log(`Hugo does not list it (${list.stderr.trim().split('\n')[0] || 'no such page'}): is it in a folder the site builds?`)
  const urlPath = permalink ? new URL(permalink, 'http://localhost/').pathname : '/'
  console.log(`See it: hugo server --source ${JSON.stringify(site)}  then open http://localhost:1313${urlPath}`)
}
