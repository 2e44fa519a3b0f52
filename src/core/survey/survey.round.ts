/**
 * Rules about a round that the poll, the server and the dashboards share: its period in China's
 * time zone, its status at a moment, and the mini-program path + scene its QR code carries.
 */
import type { RoundStatus } from './survey.types'

/** The poll page in the villager subpackage; the round's QR code opens it with `scene`. */
export const POLL_PAGE = 'packages/villager/poll/index'

/** Round ids are short enough for a QR scene (≤ 32 characters) and safe in a URL. */
export const ROUND_ID = /^r[0-9a-z]{10,16}$/

// China has one time zone and no daylight saving: a day runs 00:00–24:00 at UTC+8.
const CHINA_OFFSET = '+08:00'
const DATE = /^\d{4}-\d{2}-\d{2}$/

/** A round opens at the start of its first day and closes at the end of its last day, China time. */
export function periodOf(opensOn: string, closesOn: string): { opensAt: string; closesAt: string } {
  if (!DATE.test(opensOn) || !DATE.test(closesOn)) throw new RangeError(`dates must be YYYY-MM-DD, got ${opensOn} and ${closesOn}`)
  const opens = new Date(`${opensOn}T00:00:00.000${CHINA_OFFSET}`)
  const closes = new Date(new Date(`${closesOn}T00:00:00.000${CHINA_OFFSET}`).getTime() + 24 * 3600 * 1000)
  if (Number.isNaN(opens.getTime()) || Number.isNaN(closes.getTime())) throw new RangeError(`not a real date: ${opensOn} or ${closesOn}`)
  return { opensAt: opens.toISOString(), closesAt: closes.toISOString() }
}

/** Whether a YYYY-MM-DD string names a real calendar day. */
export function isCalendarDate(value: string): boolean {
  if (!DATE.test(value)) return false
  const parsed = new Date(`${value}T00:00:00.000Z`)
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value
}

export function roundStatus(round: { opensAt: string; closesAt: string }, now: Date): RoundStatus {
  const time = now.getTime()
  if (time < new Date(round.opensAt).getTime()) return 'upcoming'
  if (time >= new Date(round.closesAt).getTime()) return 'closed'
  return 'open'
}

/** The `scene` of a round's QR code (wxacode.getUnlimited: at most 32 visible characters). */
export function pollScene(roundId: string): string {
  return `r=${roundId}`
}

/** The round id a scanned scene carries (the page receives it URL-encoded in options.scene), or null. */
export function roundIdFromScene(scene: string): string | null {
  let decoded = scene
  try {
    decoded = decodeURIComponent(scene)
  } catch {
    return null
  }
  const match = /^r=(r[0-9a-z]{10,16})$/.exec(decoded)
  return match ? match[1] : null
}

/** The page path with the round as a query, for navigateTo and for H5 links. */
export function pollPath(roundId: string): string {
  return `/${POLL_PAGE}?roundId=${roundId}`
}
