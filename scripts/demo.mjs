// npm run demo: the whole flow offline. Starts loopback stand-ins for Hugging Face, arXiv, Semantic
// Scholar, Claude and GitHub serving the embedded seed data set, runs dist/index.js exactly as the
// runner would, writes into a sample Hugo site under .demo/, builds it with hugo when installed,
// and prints what happened.
//
//   npm run demo                                  the seed date, 2026-03-01, in Japanese
//   npm run demo -- --language en                 the English post
//   npm run demo -- --details-style named         any other input passes through as --<input> <value>
//   ANTHROPIC_API_KEY=… npm run demo -- --live --date 2026-11-27
//                                                 the real services, no pull request
import { execFileSync, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { distStaleness } from './dist-hash.mjs'
import { fixturePath, startStandIns } from './stand-ins.mjs'
import { runAction, standInInputs } from './run-action.mjs'

const ROOT = new URL('..', import.meta.url).pathname
const DEMO = path.join(ROOT, '.demo')
const SITE = path.join(DEMO, 'site')

const { values: args, tokens } = parseArgs({ options: { live: { type: 'boolean' } }, strict: false, tokens: true })
const inputs = { date: '2026-03-01' }
for (let i = 0; i < tokens.length; i++) {
  const t = tokens[i]
  if (t.kind !== 'option' || t.name === 'live') continue
  const value = t.value ?? (tokens[i + 1]?.kind === 'positional' ? tokens[++i].value : 'true')
  inputs[t.name] = value
}

const stale = distStaleness()
if (stale) {
  console.log(`Building dist/ (npm run bundle): ${stale}…`)
  execFileSync('npm', ['run', '--silent', 'bundle'], { cwd: ROOT, stdio: 'inherit' })
}

// A fresh sample site each run.
fs.rmSync(DEMO, { recursive: true, force: true })
fs.cpSync(fixturePath('hugo-site/'), SITE, { recursive: true })

const heading = (text) => console.log(`\n\x1b[1m== ${text}\x1b[0m`)
let standIns
let result
try {
  if (args.live) {
    if (!process.env.ANTHROPIC_API_KEY) {
      console.error('--live needs ANTHROPIC_API_KEY in the environment.')
      process.exit(2)
    }
    heading('Running the action against the real services (create-pr: false)')
    result = await runAction({
      workspace: SITE,
      inputs: {
        'anthropic-api-key': process.env.ANTHROPIC_API_KEY,
        'semantic-scholar-api-key': process.env.SEMANTIC_SCHOLAR_API_KEY ?? '',
        ...inputs,
        'create-pr': 'false'
      },
      timeoutMs: 30 * 60_000
    })
  } else {
    standIns = await startStandIns()
    heading('Running dist/index.js against loopback stand-ins (recorded data, no keys, no network)')
    result = await runAction({
      workspace: SITE,
      inputs: { 'anthropic-api-key': 'sk-ant-demo-key', 'github-token': 'ghs_demo_token', ...standInInputs(standIns.urls), ...inputs },
      env: { GITHUB_REPOSITORY: `${standIns.github.owner}/${standIns.github.repo}`, GITHUB_API_URL: standIns.urls.github }
    })
  }
  heading(`The action's log (exit code ${result.code}, ${(result.ms / 1000).toFixed(1)} s)`)
  process.stdout.write(
    result.stdout
      .split('\n')
      .filter((l) => !l.startsWith('::add-mask::'))
      .join('\n')
  )
  if (result.stderr.trim()) process.stdout.write(result.stderr)

  const postPath = result.outputs['post-path']
  if (postPath) {
    heading('The post')
    console.log(path.join(SITE, postPath))
  }
  if (standIns?.github.pulls.length) {
    const pr = standIns.github.pulls.at(-1)
    heading('The pull request the GitHub stand-in received')
    console.log(
      `#${pr.number} ${pr.title}\nbranch ${pr.head} → ${pr.base}\nfiles: ${[...standIns.github.filesOf(pr.head).keys()].filter((p) => p !== 'README.md').join(', ')}\n`
    )
    console.log(pr.body)
  }
  heading('Outputs')
  for (const [k, v] of Object.entries(result.outputs)) console.log(`${k}=${v}`)
  heading('Job summary')
  console.log(result.summary)

  if (postPath) {
    heading('Hugo build of the sample site')
    const hugo = spawnSync('hugo', ['--source', SITE, '--quiet'], { encoding: 'utf8' })
    if (hugo.error) console.log('hugo is not installed; install it (Debian/Ubuntu: sudo apt-get install hugo) to see the built site.')
    else if (hugo.status !== 0) console.log(`hugo failed:\n${hugo.stdout}${hugo.stderr}`)
    else console.log(`Built ${path.join(SITE, 'public')}/ (${hugo.stderr.trim() || 'no warnings'})`)
  }
} finally {
  await standIns?.close()
}
process.exit(result?.code ?? 1)
