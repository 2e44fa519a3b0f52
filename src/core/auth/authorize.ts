import type { Role } from '../org/org.types'

/**
 * How far an allowed role reaches:
 * - `public`: no resource to check (the caller's own identity, or data anyone may read);
 * - `self`: only the caller's own member record;
 * - `own-org`: resources of the caller's organisation;
 * - `subtree`: resources of the caller's organisation and every organisation under it;
 * - `all`: the whole deployment (the bootstrap admin).
 */
export type Scope = 'public' | 'self' | 'own-org' | 'subtree' | 'all'

export const SCOPES: readonly Scope[] = ['public', 'self', 'own-org', 'subtree', 'all']

/**
 * Who may call an action and how far each role reaches. A role that is not named is refused.
 * A villager has no organisation and no record, so only `public` can be granted to them.
 */
export type AccessPolicy = { readonly [R in Role]?: R extends 'villager' ? 'public' : Scope }

/** The caller as the policy sees them; `orgId` and `memberId` come from their account. */
export interface AuthActor {
  role: Role
  orgId?: string | null
  memberId?: string | null
}

/**
 * What an action touches: the organisation it belongs to with that organisation's ancestors
 * (county first, as stored on every org), so subtree checks need no I/O; and the member record
 * when the resource is one (for `self`).
 */
export interface AuthResource {
  orgId: string
  orgAncestorIds: readonly string[]
  memberId?: string | null
}

export type AuthFailureCode = 'AUTH.NOT_BOUND' | 'AUTH.FORBIDDEN' | 'AUTH.OUT_OF_SCOPE'

export type AuthDecision = { allowed: true; scope: Scope } | { allowed: false; code: AuthFailureCode }

/** Anything that declares an access policy: an ActionSpec, or the policy inside one. */
export interface HasAccess {
  access: AccessPolicy
}

/** The scope a role holds under a policy, or null when the role is not granted at all. */
export function scopeOf(policy: AccessPolicy, role: Role): Scope | null {
  return policy[role] ?? null
}

/** The roles a policy names, in the order of ROLES. */
export function rolesOf(policy: AccessPolicy): Role[] {
  return (Object.keys(policy) as Role[]).filter((role) => policy[role] !== undefined)
}

/** Whether `resource` lies within `scope` as seen from `actor`. */
export function withinScope(actor: AuthActor, scope: Scope, resource: AuthResource): boolean {
  switch (scope) {
    case 'public':
    case 'all':
      return true
    case 'self':
      return Boolean(actor.memberId) && resource.memberId === actor.memberId
    case 'own-org':
      return Boolean(actor.orgId) && resource.orgId === actor.orgId
    case 'subtree':
      return Boolean(actor.orgId) && (resource.orgId === actor.orgId || resource.orgAncestorIds.includes(actor.orgId as string))
  }
}

/**
 * The one authorisation decision: may `actor` perform `action` on `resource`?
 * Without a resource only the role is checked (the gate createHandler applies before any action
 * runs); with one, the role's scope is checked too. Pure: the caller loads what it needs.
 */
export function authorize(actor: AuthActor, action: HasAccess, resource?: AuthResource | null): AuthDecision {
  const scope = scopeOf(action.access, actor.role)
  if (scope === null) return { allowed: false, code: actor.role === 'villager' ? 'AUTH.NOT_BOUND' : 'AUTH.FORBIDDEN' }
  if (!resource) return { allowed: true, scope }
  return withinScope(actor, scope, resource) ? { allowed: true, scope } : { allowed: false, code: 'AUTH.OUT_OF_SCOPE' }
}
