// Stage 1: what is there. The site decides where each language's post goes and how abstracts fold,
// before any service is asked; a post already in the workspace stops a run without a pull request.
import fs from 'node:fs'
import path from 'node:path'
import { planPosts, type PostPlan, refuseUnbuilt } from '../hugo/place.js'
import type { PostTemplate } from '../hugo/template.js'
import { loadPostTemplates } from '../hugo/template-files.js'
import { outputPathFor, type DetailsStyle } from '../settings.js'
import { checkBundleFolder, readSite, siteWarnings, type Site } from '../site/index.js'
import { atLeast, BUILT_IN_DETAILS } from '../site/hugo-version.js'
import type { RunContext } from './context.js'

/** Why a run ends before any paid call, as the maintainer reads it: a notice, or a warning. */
export interface Stop {
  message: string
  warn?: boolean
}

export interface Prepared {
  site: Site
  plan: PostPlan
  detailsStyle: DetailsStyle
  /** Each language's post template; the built-in layout when undefined. */
  templates?: Map<string, PostTemplate>
}

export function prepare({ settings, log }: Pick<RunContext, 'settings' | 'log'>): Prepared | Stop {
  const site = readSite(settings.workspace, settings.sitePath)
  const plan = planPosts(settings, site)
  refuseUnbuilt(plan, site, settings.outputPath)
  for (const bundle of plan.bundles) checkBundleFolder(settings.workspace, bundle.dir)
  const detailsStyle = settings.detailsStyle === 'auto' ? site.details.style : settings.detailsStyle
  const sections = settings.languages.map((l) => outputPathFor(settings, l))
  for (const warning of siteWarnings(site, sections, settings.languages)) log.warning(warning)
  const templates = loadPostTemplates(settings, detailsStyle)
  log.info(
    `Abstracts folded as ${detailsStyle} (${settings.detailsStyle === 'auto' ? site.details.reason : 'the details-style input'}); layout: ${settings.template ?? 'the built-in one'}`
  )
  const older = site.hugo.pinned && !atLeast(site.hugo.pinned.version, BUILT_IN_DETAILS) ? site.hugo.pinned : undefined
  if (settings.detailsStyle === 'named' && !site.details.file && older)
    log.warning(
      `details-style is named, but ${older.file} builds with Hugo ${older.version}, which has no built-in details shortcode (Hugo 0.140 added it): that build would fail. Use details-style: auto or markdown, or a newer Hugo.`
    )
  log.debug(`Site ${site.dir}: config ${site.config.files.join(', ')}`)
  for (const post of plan.posts) log.debug(`Post (${post.language}): ${post.postPath}`)

  const inWorkspace = plan.posts.find((p) => fs.existsSync(path.join(p.bundle.dir, p.fileName)))
  if (!settings.createPr && !settings.updatePublished && inWorkspace) {
    return {
      message: `The post for ${settings.date} is already in the workspace (${inWorkspace.postPath}): nothing to do, no summary paid for. Set update-published: true to write it again.`
    }
  }
  return { site, plan, detailsStyle, templates }
}

export const isStop = (value: object): value is Stop => 'message' in value
