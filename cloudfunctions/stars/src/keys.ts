import { createHmac } from 'node:crypto'
import { AppError } from '@/core/result'

/** The deployment secret's variable (docs/stars.md “Anonymity”). */
export const REVIEW_KEY_VARIABLE = 'STARS_REVIEW_KEY'
const MINIMUM_KEY_LENGTH = 32

function secret(): string {
  const key = process.env[REVIEW_KEY_VARIABLE]
  if (!key || key.length < MINIMUM_KEY_LENGTH) {
    console.error(`[stars] 环境变量 ${REVIEW_KEY_VARIABLE} 未设置或少于 ${MINIMUM_KEY_LENGTH} 个字符；见 docs/stars.md`)
    throw new AppError('STARS.NO_SECRET')
  }
  return key
}

/** A reviewer as stored beside their review: HMAC of the cycle and their member id, so the same person is unlinkable across cycles. */
export function reviewerKeyOf(cycleId: string, memberId: string): string {
  return createHmac('sha256', secret()).update(`stars-reviewer\u0000${cycleId}\u0000${memberId}`).digest('hex')
}

/** The author of an objection: HMAC of the OPENID (never stored), so they alone follow it. */
export function objectionAuthorKeyOf(openid: string): string {
  return createHmac('sha256', secret()).update(`stars-objection\u0000${openid}`).digest('hex')
}
