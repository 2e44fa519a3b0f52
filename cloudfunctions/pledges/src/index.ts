import { createHandler } from '@/cloud'
import { pledgesContract } from '@/core/contracts/pledges.contract'
import { addProgress, approve, board, create, edit, get, judge, listForMember, listForOrg, publish, returnPledge, selfAssess, submit, withdraw } from './pledges'

/** The `pledges` cloud function: 承诺践诺, from draft to the published verdict (docs/member-work.md). */
export const main = createHandler(pledgesContract, { create, edit, submit, approve, return: returnPledge, withdraw, addProgress, selfAssess, judge, publish, get, listForMember, listForOrg, board })
