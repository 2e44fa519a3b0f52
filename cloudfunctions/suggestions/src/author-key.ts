import { keyedHash } from '@/cloud/keyed-hash'

/** The deployment secret's variable (docs/boards.md “Author key”). */
export const AUTHOR_KEY_VARIABLE = 'SUGGESTION_AUTHOR_KEY'

const authorHash = keyedHash({ variable: AUTHOR_KEY_VARIABLE, missing: 'SUGGESTION.NO_SECRET', doc: 'docs/boards.md' })

/**
 * Who left a suggestion, as stored: HMAC-SHA256 of the OPENID under the deployment secret. The
 * author finds their own suggestions again; the store never holds the OPENID, and without the
 * secret no one can tell whose it is or link it to the same person's survey answers.
 */
export function authorKeyOf(openid: string): string {
  return authorHash('suggestion-author', openid)
}
