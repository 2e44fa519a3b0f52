import { createHmac } from 'node:crypto'
import { AppError } from '@/core/result'

/** The deployment secret's variable (docs/boards.md “Author key”); too short a key would make keys guessable. */
export const AUTHOR_KEY_VARIABLE = 'SUGGESTION_AUTHOR_KEY'
const MINIMUM_KEY_LENGTH = 32

/**
 * Who left a suggestion, as stored: HMAC-SHA256 of the OPENID under the deployment secret. The
 * author finds their own suggestions again; the store never holds the OPENID, and without the
 * secret no one can tell whose it is or link it to the same person's survey answers.
 */
export function authorKeyOf(openid: string): string {
  const key = process.env[AUTHOR_KEY_VARIABLE]
  if (!key || key.length < MINIMUM_KEY_LENGTH) {
    console.error(`[suggestions] 环境变量 ${AUTHOR_KEY_VARIABLE} 未设置或少于 ${MINIMUM_KEY_LENGTH} 个字符；见 docs/boards.md`)
    throw new AppError('SUGGESTION.NO_SECRET')
  }
  return createHmac('sha256', key).update(`suggestion-author\u0000${openid}`).digest('hex')
}
