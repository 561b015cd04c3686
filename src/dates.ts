// Calendar days in a time zone, and the collection window that ends at the run's date.

/** One formatter per kind and zone: making an Intl.DateTimeFormat costs far more than using one. */
const formatters = new Map<string, Intl.DateTimeFormat>()
function formatter(kind: 'day' | 'clock', zone: string): Intl.DateTimeFormat {
  const key = `${kind} ${zone}`
  let f = formatters.get(key)
  if (!f) {
    f =
      kind === 'day'
        ? new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' })
        : new Intl.DateTimeFormat('en-US', {
            timeZone: zone,
            hourCycle: 'h23',
            year: 'numeric',
            month: 'numeric',
            day: 'numeric',
            hour: 'numeric',
            minute: 'numeric',
            second: 'numeric'
          })
    formatters.set(key, f)
  }
  return f
}

/**
 * UTC, the default, is read without time-zone data: the first Intl.DateTimeFormat of a process loads
 * ICU's zones, 25 ms of every cold start.
 */
const UTC = 'UTC'

export function isValidTimeZone(zone: string): boolean {
  if (zone === UTC) return true
  try {
    formatter('day', zone)
    return zone.length > 0
  } catch {
    return false
  }
}

/** The calendar day (YYYY-MM-DD) that `instant` falls on in `zone`. */
export function dayInZone(instant: Date, zone: string): string {
  if (zone === UTC) return instant.toISOString().slice(0, 10)
  const parts = formatter('day', zone).formatToParts(instant)
  const get = (type: string): string => parts.find((p) => p.type === type)?.value ?? ''
  return `${get('year')}-${get('month')}-${get('day')}`
}

/** Adds whole days to a YYYY-MM-DD day. */
export function addDays(day: string, delta: number): string {
  const d = new Date(`${day}T00:00:00Z`)
  d.setUTCDate(d.getUTCDate() + delta)
  return d.toISOString().slice(0, 10)
}

/** Milliseconds that `zone` is ahead of UTC at `instant`. */
function zoneOffsetMs(instant: number, zone: string): number {
  if (zone === UTC) return 0
  const parts = formatter('clock', zone).formatToParts(new Date(instant))
  const n = (type: string): number => Number(parts.find((p) => p.type === type)?.value)
  const asUtc = Date.UTC(n('year'), n('month') - 1, n('day'), n('hour'), n('minute'), n('second'))
  return asUtc - Math.floor(instant / 1000) * 1000
}

/** The instant at which `day` begins in `zone`. */
export function startOfDay(day: string, zone: string): Date {
  const naive = Date.parse(`${day}T00:00:00Z`)
  let guess = naive - zoneOffsetMs(naive, zone)
  guess = naive - zoneOffsetMs(guess, zone) // a second pass settles days on which DST changes
  return new Date(guess)
}

export interface DateWindow {
  /** The run's date, the last day of the window. */
  date: string
  /** Every calendar day of the window, oldest first. */
  days: string[]
  /** First instant of the window (inclusive), in UTC. */
  start: Date
  /** The instant after the window (exclusive), in UTC. */
  end: Date
  timezone: string
}

/** `lookbackDays` calendar days in `zone` ending with `date`. */
export function dateWindow(date: string, lookbackDays: number, zone: string): DateWindow {
  const days = Array.from({ length: lookbackDays }, (_, i) => addDays(date, i - lookbackDays + 1))
  return { date, days, start: startOfDay(days[0] as string, zone), end: startOfDay(addDays(date, 1), zone), timezone: zone }
}
