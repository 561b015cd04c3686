import { describe, expect, it } from 'vitest'
import { addDays, dateWindow, dayInZone, startOfDay } from '../src/dates.js'
import { arxivSearchQuery } from '../src/sources/arxiv.js'

describe('the collection window', () => {
  it('reads 2026-03-01 in Asia/Tokyo as three Tokyo days, converted to GMT for arXiv', () => {
    const w = dateWindow('2026-03-01', 3, 'Asia/Tokyo')
    expect(w.days).toEqual(['2026-02-27', '2026-02-28', '2026-03-01'])
    expect(w.start.toISOString()).toBe('2026-02-26T15:00:00.000Z')
    expect(w.end.toISOString()).toBe('2026-03-01T15:00:00.000Z')
    expect(arxivSearchQuery(['cs.CL'], ['LLM'], w.start, w.end)).toBe(
      '(cat:cs.CL) AND (abs:"LLM" OR ti:"LLM") AND submittedDate:[202602261500 TO 202603011459]'
    )
  })

  it('covers a weekend date and its two weekdays before', () => {
    // 2026-03-01 is a Sunday: the window reaches back to Friday.
    expect(new Date('2026-03-01T00:00:00Z').getUTCDay()).toBe(0)
    expect(dateWindow('2026-03-01', 3, 'UTC').days).toEqual(['2026-02-27', '2026-02-28', '2026-03-01'])
  })

  it('handles the days a zone changes its clocks', () => {
    // New York springs forward on 2026-03-08: that day is 23 hours long.
    const w = dateWindow('2026-03-08', 1, 'America/New_York')
    expect(w.start.toISOString()).toBe('2026-03-08T05:00:00.000Z')
    expect(w.end.toISOString()).toBe('2026-03-09T04:00:00.000Z')
  })

  it('tells the day in a zone and adds days across months and leap years', () => {
    expect(dayInZone(new Date('2026-02-28T16:00:00Z'), 'Asia/Tokyo')).toBe('2026-03-01')
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29')
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28')
    expect(startOfDay('2026-01-01', 'UTC').toISOString()).toBe('2026-01-01T00:00:00.000Z')
  })

  it('reads UTC without time-zone data as Intl reads it (Etc/UTC goes through Intl)', () => {
    for (const at of ['2026-03-01T00:00:00.000Z', '2026-02-28T23:59:59.999Z', '2028-02-29T12:34:56.789Z']) {
      expect(dayInZone(new Date(at), 'UTC')).toBe(dayInZone(new Date(at), 'Etc/UTC'))
    }
    const [utc, intl] = [dateWindow('2026-03-01', 3, 'UTC'), dateWindow('2026-03-01', 3, 'Etc/UTC')]
    expect({ ...utc, timezone: '' }).toEqual({ ...intl, timezone: '' })
  })
})
