// Stage 9: the post as one commit on the action's branch and a pull request for the maintainers.
import type { EarlyBlobs } from '../github/early-blobs.js'
import type { GitHubClient } from '../github/octokit.js'
import { publishPost, type PublishResult, type PublishTarget } from '../github/publish.js'
import { pullRequestBody } from '../report.js'
import type { RunReport } from '../run-report.js'
import type { RunContext } from './context.js'
import type { Rendered } from './post.js'

export async function publish(
  { settings, log }: Pick<RunContext, 'settings' | 'log'>,
  octokit: GitHubClient,
  target: PublishTarget,
  { files }: Rendered,
  report: RunReport,
  early?: EarlyBlobs
): Promise<PublishResult> {
  const dates = [...report.otherDates, settings.date].sort()
  const pr = await publishPost(octokit, target, {
    files: files.map((f) => ({ path: `${f.bundle.repoPath}/${f.name}`, content: f.content })),
    title: `Paper survey${dates.length > 1 ? 's' : ''} for ${dates.join(', ')}`,
    body: (proof) => log.redact(pullRequestBody({ ...report, proof })),
    labels: settings.labels,
    reviewers: settings.reviewers,
    teamReviewers: settings.teamReviewers,
    draft: settings.draft,
    early
  })
  for (const w of pr.warnings) log.warning(w)
  if (pr.kept) {
    log.warning(pr.kept)
    return pr
  }
  log.debug(`Commit ${pr.commitSha} on '${pr.branch}'`)
  log.info(`Pull request #${pr.number} ${pr.operation}: ${pr.url}`)
  return pr
}
