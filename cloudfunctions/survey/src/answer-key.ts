import { createHmac } from 'node:crypto'
import { AppError } from '@/core/result'

/** The deployment secret's variable (docs/surveys.md “The key”); too short a key would make hashes guessable. */
export const ANSWER_KEY_VARIABLE = 'SURVEY_ANSWER_KEY'
const MINIMUM_KEY_LENGTH = 32

function answerKey(): string {
  const key = process.env[ANSWER_KEY_VARIABLE]
  if (!key || key.length < MINIMUM_KEY_LENGTH) {
    console.error(`[survey] 环境变量 ${ANSWER_KEY_VARIABLE} 未设置或少于 ${MINIMUM_KEY_LENGTH} 个字符；见 docs/surveys.md`)
    throw new AppError('SURVEY.NO_SECRET')
  }
  return key
}

/**
 * The answer's `_id`: HMAC-SHA256 of the identity and the round under the deployment secret. The
 * same person in the same round always gets the same id; across rounds the ids are unrelated.
 */
export function answerIdOf(openid: string, roundId: string): string {
  return createHmac('sha256', answerKey()).update(`${openid}\u0000${roundId}`).digest('hex')
}
