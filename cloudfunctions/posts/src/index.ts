import { createHandler } from '@/cloud'
import { postsContract } from '@/core/contracts/posts.contract'
import { adjust, assign, board, catalogue, coverage, definePost, history, listForOrg, listRecords, myTasks, publish, recordDuty, review, volunteer } from './posts'

/** The `posts` cloud function: 设岗定责 in six steps and the coverage of duties (docs/member-work.md). */
export const main = createHandler(postsContract, { catalogue, definePost, volunteer, assign, adjust, publish, recordDuty, listRecords, review, myTasks, coverage, listForOrg, history, board })
