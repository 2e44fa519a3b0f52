import type { AccountDoc } from '../core/org/org.docs'
import type { Role } from '../core/org/org.types'
import { findById } from './db'
import type { CloudDatabase } from './sdk'

/** Anyone without an account: reads public boards, answers polls, leaves suggestions. */
export interface VillagerActor {
  role: 'villager'
  openid: string
}

/** An identity bound to a member or staff record through the `accounts` collection. */
export interface BoundActor {
  role: Exclude<Role, 'villager'>
  openid: string
  orgId: string
  memberId: string | null
  displayName: string
  account: AccountDoc
}

/** Who is calling, resolved from the OPENID alone. */
export type Actor = VillagerActor | BoundActor

/** Looks the OPENID up in `accounts` (`_id` = OPENID); no account means a villager. */
export async function resolveActor(db: CloudDatabase, openid: string): Promise<Actor> {
  const account = await findById(db, 'accounts', openid)
  if (!account) return { role: 'villager', openid }
  return { role: account.role, openid, orgId: account.orgId, memberId: account.memberId ?? null, displayName: account.displayName, account }
}

export function isBound(actor: Actor): actor is BoundActor {
  return actor.role !== 'villager'
}
