// Which language the post is in when the language input is not given. The site's declared languages or
// defaultContentLanguage decide: the post is the blog's, so an English site gets English posts. The
// locale or languageCode line alone does not (`hugo new site` writes en-us into every new site, Japanese
// blogs too): it is a warning, and the post stays in Japanese, the documented default.
import fs from 'node:fs'
import path from 'node:path'
import type { Log } from '../runner.js'
import { canonicalLanguage, type Settings } from '../settings.js'
import { readSiteConfig } from '../site/config.js'

export function withSiteLanguage(settings: Settings, log: Pick<Log, 'info' | 'warning'>): Settings {
  if (settings.languageGiven) return settings
  const dir = path.join(settings.workspace, settings.sitePath)
  const config = fs.existsSync(dir) ? readSiteConfig(dir) : undefined
  if (!config) return settings
  const files = config.files.join(', ')
  if (config.declaresLanguages || config.setsDefaultLanguage) {
    const declared = config.languages.map((l) => l.code)
    const code = canonicalLanguage(
      !config.declaresLanguages || declared.includes(config.defaultLanguage) ? config.defaultLanguage : declared[0]!
    )
    if (!code || code === settings.languages[0]) return settings
    log.info(
      `language is not set: the post is written in ${code}, the site's default content language (${files}). Set language to choose another.`
    )
    return { ...settings, languages: [code] }
  }
  const locale = config.locale
  if (locale && !/^ja\b/i.test(locale.value)) {
    log.warning(
      `language is not set, so the post is in Japanese (ja, the default), but the site's config (${files}) sets ${locale.key} '${locale.value}'. New Hugo sites get en-us whatever their language, so that line decides nothing: set language: ${locale.value.split(/[-_]/)[0]} for posts in that language, or language: ja to keep Japanese and silence this.`
    )
  }
  return settings
}
