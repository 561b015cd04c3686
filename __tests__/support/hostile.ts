import { readFixture } from '../../scripts/stand-ins.mjs'

export interface HostilePaper {
  id: string
  title: string
  authors: string[]
  abstract: string
}

/** Hand-written hostile papers (see __fixtures__/seed-2026-03-01/PROVENANCE.md). */
export const hostile: HostilePaper[] = JSON.parse(readFixture('hostile-papers.json').toString('utf8'))
