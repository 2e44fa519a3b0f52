import { keyedHash } from '@/cloud/keyed-hash'

/** The deployment secret's variable (docs/surveys.md “The key”). */
export const ANSWER_KEY_VARIABLE = 'SURVEY_ANSWER_KEY'

const answerHash = keyedHash({ variable: ANSWER_KEY_VARIABLE, missing: 'SURVEY.NO_SECRET', doc: 'docs/surveys.md' })

/**
 * The answer's `_id`: HMAC-SHA256 of the identity and the round under the deployment secret. The
 * same person in the same round always gets the same id; across rounds the ids are unrelated.
 */
export function answerIdOf(openid: string, roundId: string): string {
  return answerHash(openid, roundId)
}
