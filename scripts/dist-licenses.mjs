// dist/licenses.txt: the license of every package whose code the bundle holds, found in the build's
// webpack stats. ncc's own --license writes one file per chunk under the same name, so the last chunk
// written won and the packages of the others (@actions/core, yaml, smol-toml among them) went unlisted.
import fs from 'node:fs'
import path from 'node:path'

/** The folders of the packages the stats' modules come from (the innermost node_modules/<name> of each path). */
function packageFolders(stats) {
  const folders = new Set()
  const visit = (modules) => {
    for (const m of modules ?? []) {
      for (const id of [m.identifier, m.name, m.nameForCondition]) {
        // An identifier names its loaders first ("…loader.js!/path/to/module|hash"): the module's path is
        // the last part after the loaders, without what follows a `|`.
        const file =
          typeof id === 'string'
            ? id
                .split('!')
                .pop()
                ?.split('|')
                .find((part) => part.includes('/'))
            : undefined
        const folder = file ? /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(file)?.[1] : undefined
        if (folder) folders.add(folder)
      }
      visit(m.modules)
    }
  }
  visit(stats.modules)
  for (const chunk of stats.chunks ?? []) visit(chunk.modules)
  return [...folders]
}

/** A package's name, its license's name and its license text (the LICENSE, LICENCE or COPYING file it ships). */
function licenseOf(folder) {
  const pkg = JSON.parse(fs.readFileSync(path.join(folder, 'package.json'), 'utf8'))
  const file = fs.readdirSync(folder).find((f) => /^(licen[cs]e|copying)(\.|-|$)/i.test(f))
  const text = file ? fs.readFileSync(path.join(folder, file), 'utf8').trim() : ''
  return { name: pkg.name, license: typeof pkg.license === 'string' ? pkg.license : (pkg.license?.type ?? ''), text }
}

/** Writes `out` from the stats file ncc wrote with --stats-out, then deletes the stats (33 MB, of no use in dist/). */
export function writeLicenses(statsFile, out) {
  const stats = JSON.parse(fs.readFileSync(statsFile, 'utf8'))
  fs.rmSync(statsFile)
  const byName = new Map(
    packageFolders(stats)
      .map((folder) => licenseOf(folder))
      .map((l) => [l.name, l])
  )
  const entries = [...byName.values()].sort((a, b) => a.name.localeCompare(b.name))
  fs.writeFileSync(out, entries.map((l) => `${l.name}\n${l.license}\n${l.text}\n`).join('\n'))
}
