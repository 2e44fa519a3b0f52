import type { Home, OrgNode, orgContract } from '@/core/contracts/org.contract'
import type { OrgType } from '@/core/org/org.types'
import { callCloud, contractRef, type CallResult } from './cloud'
import { getDevOpenid } from './dev-identity'

const org = contractRef<typeof orgContract>('org')

/**
 * How long pages opened one after another share one home answer. Most pages need the caller's
 * organisation before their own call; on a rural network each extra round trip is a visible wait.
 */
export const HOME_SHARED_MS = 60_000

let remembered: { identity: string | null; at: number; answer: Promise<CallResult<Home>> } | null = null

/** On h5 the dev identity stands in for WeChat's: a different one must not read another's home. */
function currentIdentity(): string | null {
  return process.env.TARO_ENV === 'h5' ? getDevOpenid() : null
}

/**
 * The caller's identity, organisation and that organisation type's five criteria. Calls within
 * `HOME_SHARED_MS` share one answer (and one request while it is on its way); a failure is not
 * kept, and `fresh` asks the server again.
 */
export function getHome(options: { fresh?: boolean } = {}): Promise<CallResult<Home>> {
  const identity = currentIdentity()
  const now = Date.now()
  if (!options.fresh && remembered && remembered.identity === identity && now - remembered.at < HOME_SHARED_MS) return remembered.answer
  const entry = { identity, at: now, answer: callCloud(org, 'getHome', {}) }
  remembered = entry
  void entry.answer.then((result) => {
    if (!result.ok && remembered === entry) remembered = null
  })
  return entry.answer
}

/** The next getHome asks the server: after a write that changes the caller's identity, organisation or its member count. */
export function forgetHome(): void {
  remembered = null
}

/** `call`'s answer, forgetting the shared home once it succeeds. */
export async function changingHome<T>(call: Promise<CallResult<T>>): Promise<CallResult<T>> {
  const result = await call
  if (result.ok) forgetHome()
  return result
}

/** The caller's organisation (or `rootId`) and, for organisers, everything below it, depth-first. */
export function listOrgTree(rootId?: string): Promise<CallResult<{ nodes: OrgNode[] }>> {
  return callCloud(org, 'listTree', rootId ? { rootId } : {})
}

/** A new organisation directly under `parentId`; the server checks the subtree and which type may sit there. */
export function createOrg(parentId: string, name: string, type: OrgType): Promise<CallResult<OrgNode>> {
  return changingHome(callCloud(org, 'createOrg', { parentId, name, type }))
}

export function renameOrg(id: string, name: string): Promise<CallResult<OrgNode>> {
  return changingHome(callCloud(org, 'renameOrg', { id, name }))
}

/** Moves an organisation, with everything under it, to a new parent in the caller's subtree. */
export function moveOrg(id: string, parentId: string): Promise<CallResult<{ org: OrgNode; descendantsMoved: number }>> {
  return changingHome(callCloud(org, 'moveOrg', { id, parentId }))
}
