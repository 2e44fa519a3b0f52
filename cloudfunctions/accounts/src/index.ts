import { createHandler } from '@/cloud'
import { accountsContract } from '@/core/contracts/accounts.contract'
import { bind, createInvite, listInvites, resetBinding } from './invites'
import { updateProfile } from './profile'

/** The `accounts` cloud function: invites, binding a WeChat identity to a member, and the caller's profile. */
export const main = createHandler(accountsContract, { createInvite, listInvites, bind, resetBinding, updateProfile })
