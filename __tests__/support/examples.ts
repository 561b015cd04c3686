// The README's example post templates, as committed in examples/templates/.
import fs from 'node:fs'
import path from 'node:path'

const ROOT = path.resolve(import.meta.dirname, '../..')

export const EXAMPLES = ['papermod', 'compact'].map((name) => ({
  name,
  file: `examples/templates/${name}.liquid`,
  source: fs.readFileSync(path.join(ROOT, `examples/templates/${name}.liquid`), 'utf8')
}))
