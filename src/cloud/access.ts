import { authorize, type AuthResource, type HasAccess } from '../core/auth/authorize'
import type { MemberDoc, OrgDoc } from '../core/org/org.docs'
import { AppError } from '../core/result'
import type { Actor } from './actor'
import { findById } from './db'
import type { CloudDatabase } from './sdk'

/** The scope checks an action runs on what it touches; each loads what it needs, checks, and throws the right AppError. */
export interface AccessChecks {
  /** Checks a resource already loaded; throws AUTH.OUT_OF_SCOPE (with `refusal` as the message when given). */
  authorize(resource: AuthResource, refusal?: string): void
  /** Loads an organisation and checks it is within the caller's scope; ORG.NOT_FOUND when it does not exist. */
  authorizeOrg(orgId: string): Promise<OrgDoc>
  /** Loads a member and their organisation and checks the member is within scope (`self` means this very record). */
  authorizeMember(memberId: string): Promise<{ member: MemberDoc; org: OrgDoc }>
  /**
   * Whether the caller would pass another action's access policy on `resource`: the same decision
   * that action's checks make before it writes, so a read can tell the screen which writes to
   * offer and the two cannot disagree. Asks only; it neither throws nor counts as this action's check.
   */
  allows(action: HasAccess, resource: AuthResource): boolean
  /** Whether any check ran; createHandler refuses to answer a scoped action that checked nothing. */
  readonly checked: boolean
}

function actorForPolicy(actor: Actor): { role: Actor['role']; orgId: string | null; memberId: string | null } {
  return actor.role === 'villager' ? { role: 'villager', orgId: null, memberId: null } : { role: actor.role, orgId: actor.orgId, memberId: actor.memberId }
}

/** Builds the checks for one call of one action. */
export function createAccessChecks(actor: Actor, action: HasAccess, db: CloudDatabase): AccessChecks {
  let checked = false
  const check = (resource: AuthResource, refusal?: string): void => {
    checked = true
    const decision = authorize(actorForPolicy(actor), action, resource)
    if (!decision.allowed) throw new AppError(decision.code, decision.code === 'AUTH.OUT_OF_SCOPE' ? refusal : undefined)
  }
  const loadOrg = async (orgId: string): Promise<OrgDoc> => {
    const org = await findById(db, 'orgs', orgId)
    if (!org) throw new AppError('ORG.NOT_FOUND')
    return org
  }
  return {
    get checked() {
      return checked
    },
    authorize: check,
    allows: (other, resource) => authorize(actorForPolicy(actor), other, resource).allowed,
    async authorizeOrg(orgId) {
      const org = await loadOrg(orgId)
      check({ orgId: org._id, orgAncestorIds: org.ancestorIds }, `“${org.name}”不在您的管理范围内，您不能查看或修改它的内容。`)
      return org
    },
    async authorizeMember(memberId) {
      const member = await findById(db, 'members', memberId)
      if (!member) throw new AppError('MEMBER.NOT_FOUND')
      const org = await loadOrg(member.orgId)
      const refusal = actor.role === 'member' ? '这是其他党员的记录，您只能查看自己的。' : `这名党员属于“${org.name}”，不在您的管理范围内，您不能查看或修改。`
      check({ orgId: org._id, orgAncestorIds: org.ancestorIds, memberId: member._id }, refusal)
      return { member, org }
    },
  }
}
