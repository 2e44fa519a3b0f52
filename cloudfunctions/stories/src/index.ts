import { createHandler } from '@/cloud'
import { storiesContract } from '@/core/contracts/stories.contract'
import { feed, get, listForOrg, listForReview, read, review, save, submit } from './stories'

/** The `stories` cloud function: 典型经验 from the branch through the township to the county feed (docs/boards.md). */
export const main = createHandler(storiesContract, { save, submit, review, get, listForOrg, listForReview, feed, read })
