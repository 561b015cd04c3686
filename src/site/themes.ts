// Where Hugo finds the site's themes: each `theme` (a name or a list) and each module of
// `[[module.imports]]`, in the site's `themes/` folder (a module path such as github.com/owner/theme
// too) or vendored into `_vendor/` by `hugo mod vendor`. A module Hugo fetches at build time from its
// cache is not in the repository and cannot be read: the site's own config then speaks for it.
import fs from 'node:fs'
import path from 'node:path'

/** The folders, relative to the site, that hold the themes' files, in Hugo's order of precedence. */
export function themeDirs(siteDir: string, themes: string[]): string[] {
  return themes.flatMap((theme) => {
    const found = [`_vendor/${theme}`, `themes/${theme}`].find((rel) => fs.existsSync(path.join(siteDir, rel)))
    return found ? [found] : []
  })
}
