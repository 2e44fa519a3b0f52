import { createHandler } from '@/cloud'
import { orgContract } from '@/core/contracts/org.contract'
import { getHome } from './get-home'
import { createOrg, listTree, moveOrg, renameOrg, setUp } from './tree'

/** The `org` cloud function: the organisation tree and who stands where in it. */
export const main = createHandler(orgContract, { getHome, listTree, createOrg, renameOrg, moveOrg, setUp })
