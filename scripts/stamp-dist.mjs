// ncc writes a package.json beside the bundle only for CommonJS; the bundle is ESM, so dist/
// needs {"type":"module"} for Node to load dist/index.js as a module.
import fs from 'node:fs'
fs.writeFileSync(new URL('../dist/package.json', import.meta.url), '{ "type": "module" }\n')
