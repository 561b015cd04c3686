// After ncc: dist/ needs {"type":"module"} for Node to load dist/index.js as a module (ncc writes a
// package.json only for CommonJS), and the hash of the sources it was built from.
import fs from 'node:fs'
import { HASH_FILE, sourceHash } from './dist-hash.mjs'

fs.writeFileSync(new URL('../dist/package.json', import.meta.url), '{ "type": "module" }\n')
fs.writeFileSync(HASH_FILE, `${sourceHash()}\n`)
