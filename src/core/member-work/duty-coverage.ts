import dayjs from 'dayjs'
import isoWeek from 'dayjs/plugin/isoWeek'
import quarterOfYear from 'dayjs/plugin/quarterOfYear'

dayjs.extend(isoWeek)
dayjs.extend(quarterOfYear)

/**
 * Duty coverage (履岗): how often a recurring duty of a responsibility area falls due, and for
 * each period whether it was done on time. A work record, not a clock-in: periods are weeks,
 * months or quarters, never days, and nothing here counts streaks or time spent.
 */
export const CADENCES = ['weekly', 'monthly', 'quarterly'] as const
export type Cadence = (typeof CADENCES)[number]
export const CADENCE_LABELS: Readonly<Record<Cadence, string>> = { weekly: '每周', monthly: '每月', quarterly: '每季度' }

/** One period of a cadence, both days inclusive (YYYY-MM-DD). Weeks run Monday to Sunday. */
export interface DutyPeriod {
  start: string
  end: string
}

const FORMAT = 'YYYY-MM-DD'
const STEP: Readonly<Record<Cadence, { amount: number; unit: 'week' | 'month' }>> = { weekly: { amount: 1, unit: 'week' }, monthly: { amount: 1, unit: 'month' }, quarterly: { amount: 3, unit: 'month' } }

/** The period of `cadence` that contains `day`. */
export function periodOf(day: string, cadence: Cadence): DutyPeriod {
  const date = dayjs(day)
  // The overloads take one unit type at a time, so each cadence calls its own.
  if (cadence === 'weekly') return { start: date.startOf('isoWeek').format(FORMAT), end: date.endOf('isoWeek').format(FORMAT) }
  if (cadence === 'monthly') return { start: date.startOf('month').format(FORMAT), end: date.endOf('month').format(FORMAT) }
  return { start: date.startOf('quarter').format(FORMAT), end: date.endOf('quarter').format(FORMAT) }
}

function nextPeriod(period: DutyPeriod, cadence: Cadence): DutyPeriod {
  const step = STEP[cadence]
  return periodOf(dayjs(period.start).add(step.amount, step.unit).format(FORMAT), cadence)
}

/**
 * The first period a duty owes: the one starting on `since` when it starts a period, else the
 * next one, so a member assigned mid-month is not overdue for a month they only half held.
 */
export function firstOwedPeriod(since: string, cadence: Cadence): DutyPeriod {
  const containing = periodOf(since, cadence)
  return containing.start === since ? containing : nextPeriod(containing, cadence)
}

export interface DutyCoverage {
  /** Periods that ended before `asOf` since the duty began (or since `from`). */
  due: number
  /** Of those, periods with at least one record dated inside them. */
  doneOnTime: number
  /** Of those, periods with no record inside them. */
  overdue: number
  overduePeriods: DutyPeriod[]
  /** The period containing `asOf` (not overdue until it ends), and whether it is done yet; null before the first owed period. */
  current: (DutyPeriod & { done: boolean }) | null
  /** The last day a record was made for, or null. */
  lastDoneOn: string | null
}

/**
 * Coverage of one duty on `asOf`: each period from the first owed one (not before `from`, when
 * given) to the one containing `asOf`. A record counts for the period its date falls in, so a
 * visit made late counts for the later period, not the missed one.
 *
 * A duty stopped by 调整责任区 (`until`, the day of the change) owes only the periods that ended
 * before that day, like a member assigned mid-month owes nothing for that month: the period the
 * change falls in and every later one are not due, and it has no current period. What it owed
 * before keeps its figures.
 */
export function dutyCoverage(duty: { cadence: Cadence; since: string; until?: string | null }, recordDays: readonly string[], asOf: string, from?: string): DutyCoverage {
  const start = from && from > duty.since ? from : duty.since
  const days = [...recordDays].filter((day) => day <= asOf).sort()
  const doneIn = (period: DutyPeriod): boolean => days.some((day) => day >= period.start && day <= period.end)
  const overduePeriods: DutyPeriod[] = []
  let due = 0
  let current: DutyCoverage['current'] = null
  const until = duty.until ?? null
  for (let period = firstOwedPeriod(start, duty.cadence); period.start <= asOf; period = nextPeriod(period, duty.cadence)) {
    if (until !== null && period.end >= until) break
    if (period.end >= asOf) {
      current = { ...period, done: doneIn(period) }
      break
    }
    due += 1
    if (!doneIn(period)) overduePeriods.push(period)
  }
  return { due, doneOnTime: due - overduePeriods.length, overdue: overduePeriods.length, overduePeriods, current, lastDoneOn: days.at(-1) ?? null }
}

/** Totals over many duties (an area, a member, a branch). */
export interface CoverageTotals {
  due: number
  doneOnTime: number
  overdue: number
  /** Duties whose current period is still open and not yet done: "due this week / month / quarter". */
  dueNow: number
  /** doneOnTime / due, or null when nothing has fallen due yet. */
  onTimeRate: number | null
}

export function sumCoverage(items: readonly DutyCoverage[]): CoverageTotals {
  const due = items.reduce((sum, item) => sum + item.due, 0)
  const doneOnTime = items.reduce((sum, item) => sum + item.doneOnTime, 0)
  return {
    due,
    doneOnTime,
    overdue: due - doneOnTime,
    dueNow: items.filter((item) => item.current !== null && !item.current.done).length,
    onTimeRate: due === 0 ? null : doneOnTime / due,
  }
}

