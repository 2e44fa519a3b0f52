import { createHandler } from '@/cloud'
import { membersContract } from '@/core/contracts/members.contract'
import { add, archive, edit, get, getMine, list, transfer } from './members'

/** The `members` cloud function: the members of an organisation, kept by its secretary. */
export const main = createHandler(membersContract, { list, get, add, edit, archive, transfer, getMine })
