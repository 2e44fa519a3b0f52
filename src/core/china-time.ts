/**
 * The county keeps China time (UTC+8, no daylight saving) whatever the phone's or the cloud
 * function's clock zone: a day turns at midnight in China, not in UTC. One place for that rule.
 */
export const DAY_MS = 86_400_000
export const CHINA_OFFSET_MS = 8 * 3_600_000

/** Days since 1970-01-01 in China time: equal for two instants on the same China calendar day. */
export function chinaDayNumber(instant: Date | string): number {
  const time = typeof instant === 'string' ? Date.parse(instant) : instant.getTime()
  return Math.floor((time + CHINA_OFFSET_MS) / DAY_MS)
}

/** The instant a China calendar day (by its day number) begins. */
export function chinaMidnight(dayNumber: number): Date {
  return new Date(dayNumber * DAY_MS - CHINA_OFFSET_MS)
}

/** The China calendar day of an instant, YYYY-MM-DD. */
export function chinaDate(instant: Date | string): string {
  return new Date(chinaDayNumber(instant) * DAY_MS).toISOString().slice(0, 10)
}

/** China calendar days from the day of `from` to the day of `to`: yesterday 23:50 → today 00:10 is one. */
export function chinaDaysBetween(from: Date | string, to: Date | string): number {
  return chinaDayNumber(to) - chinaDayNumber(from)
}

/**
 * How people write a date here: 2025-07-01 → 2025年7月1日. An instant (2026-03-04T17:00:00Z) is
 * first taken to its China day (2026年3月5日), never its UTC one. Anything else is shown as given.
 */
export function readableDate(value: string | null | undefined): string {
  if (!value) return ''
  const day = /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : Number.isNaN(Date.parse(value)) ? null : chinaDate(value)
  if (!day) return value
  const [year, month, date] = day.split('-')
  return `${year}年${Number(month)}月${Number(date)}日`
}

/** The last China day before an end given as an instant (exclusive): a publicity ending at 12月1日 0:00 runs 至 11月30日. */
export function lastChinaDayBefore(end: string): string {
  return chinaDate(new Date(Date.parse(end) - 1))
}

/** The calendar year in China of an instant (now by default): 1月1日 0:30 in China is the new year, though UTC is still in the old. */
export function chinaYear(instant: Date | string = new Date()): number {
  return Number(chinaDate(instant).slice(0, 4))
}

/** The quarter (1–4) in China of an instant (now by default). */
export function chinaQuarter(instant: Date | string = new Date()): number {
  return Math.floor((Number(chinaDate(instant).slice(5, 7)) - 1) / 3) + 1
}
