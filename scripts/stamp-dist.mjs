// After ncc: dist/ needs {"type":"module"} for Node to load dist/index.js as a module (ncc writes a
// package.json only for CommonJS), the chunks ncc leaves unminified (the survey loads as one, after the
// inputs are read) minified like index.js, the licenses of the packages bundled (from the build's
// stats), and the hash of the sources it was built from.
import fs from 'node:fs'
import { minify } from 'terser'
import { writeLicenses } from './dist-licenses.mjs'
import { HASH_FILE, sourceHash } from './dist-hash.mjs'

const dist = new URL('../dist/', import.meta.url)
fs.writeFileSync(new URL('package.json', dist), '{ "type": "module" }\n')
for (const name of fs.readdirSync(dist).filter((n) => /^\d+\.index\.js$/.test(n))) {
  const file = new URL(name, dist)
  const { code } = await minify(fs.readFileSync(file, 'utf8'), { module: true, compress: true, mangle: true })
  fs.writeFileSync(file, code)
}
writeLicenses(new URL('stats.json', dist), new URL('licenses.txt', dist))
fs.writeFileSync(HASH_FILE, `${sourceHash()}\n`)
