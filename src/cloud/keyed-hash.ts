import { createHmac } from 'node:crypto'
import type { ErrorCode } from '@/core/errors'
import { AppError } from '@/core/result'

/** Shorter keys would make the hashes guessable by trying identities. */
const MINIMUM_KEY_LENGTH = 32

/**
 * A deployment secret that turns an identity into something stored without it: HMAC-SHA256 under
 * the function's environment variable `variable`. Each purpose has its own secret and puts its own
 * parts in the message, so one person's hashes cannot be linked across purposes or rounds. Without
 * the secret the function refuses with `missing` rather than store anything weaker.
 */
export function keyedHash(secret: { variable: string; missing: ErrorCode; doc: string }) {
  return (...parts: readonly string[]): string => {
    const key = process.env[secret.variable]
    if (!key || key.length < MINIMUM_KEY_LENGTH) {
      console.error(`环境变量 ${secret.variable} 未设置或少于 ${MINIMUM_KEY_LENGTH} 个字符；见 ${secret.doc}`)
      throw new AppError(secret.missing)
    }
    return createHmac('sha256', key).update(parts.join('\u0000')).digest('hex')
  }
}
