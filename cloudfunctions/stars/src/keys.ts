import { keyedHash } from '@/cloud/keyed-hash'

/** The deployment secret's variable (docs/stars.md “Anonymity”). */
export const REVIEW_KEY_VARIABLE = 'STARS_REVIEW_KEY'

const starsHash = keyedHash({ variable: REVIEW_KEY_VARIABLE, missing: 'STARS.NO_SECRET', doc: 'docs/stars.md' })

/** A reviewer as stored beside their review: HMAC of the cycle and their member id, so the same person is unlinkable across cycles. */
export function reviewerKeyOf(cycleId: string, memberId: string): string {
  return starsHash('stars-reviewer', cycleId, memberId)
}

/** The author of an objection: HMAC of the OPENID (never stored), so they alone follow it. */
export function objectionAuthorKeyOf(openid: string): string {
  return starsHash('stars-objection', openid)
}
