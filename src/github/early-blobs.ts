// Blobs written ahead: a paper's image is sent to GitHub as soon as it is fetched, while Claude still
// writes the summaries, and the commit reuses it instead of sending the same bytes again after the
// summaries. A blob no tree names is invisible and dropped by GitHub (as the write probe is), so an
// image of a paper that loses its place costs nothing.
import crypto from 'node:crypto'
import type { GitHubClient } from './octokit.js'

/** The id Git gives these bytes as a blob: the key that matches an early blob to a file of the commit. */
const blobId = (bytes: Buffer): string => crypto.createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex')

export class EarlyBlobs {
  private readonly written = new Map<string, Promise<string | undefined>>()

  constructor(
    private readonly octokit: GitHubClient,
    private readonly owner: string,
    private readonly repo: string
  ) {}

  /** Sends the bytes as a blob, once; a refusal only means the commit sends them itself. */
  write(bytes: Buffer): void {
    const id = blobId(bytes)
    if (this.written.has(id)) return
    const { octokit, owner, repo } = this
    const sent = octokit.rest.git.createBlob({ owner, repo, content: bytes.toString('base64'), encoding: 'base64' }).then(
      ({ data }) => data.sha,
      () => undefined
    )
    this.written.set(id, sent)
  }

  /** The blob already written with these bytes, if any. */
  async shaOf(bytes: Buffer): Promise<string | undefined> {
    return this.written.get(blobId(bytes))
  }
}
