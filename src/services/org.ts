import type { Home, OrgNode, orgContract } from '@/core/contracts/org.contract'
import type { OrgType } from '@/core/org/org.types'
import { callCloud, contractRef, type CallResult } from './cloud'

const org = contractRef<typeof orgContract>('org')

/** The caller's identity, organisation and that organisation type's five criteria. */
export function getHome(): Promise<CallResult<Home>> {
  return callCloud(org, 'getHome', {})
}

/** The caller's organisation (or `rootId`) and, for organisers, everything below it, depth-first. */
export function listOrgTree(rootId?: string): Promise<CallResult<{ nodes: OrgNode[] }>> {
  return callCloud(org, 'listTree', rootId ? { rootId } : {})
}

/** A new organisation directly under `parentId`; the server checks the subtree and which type may sit there. */
export function createOrg(parentId: string, name: string, type: OrgType): Promise<CallResult<OrgNode>> {
  return callCloud(org, 'createOrg', { parentId, name, type })
}

export function renameOrg(id: string, name: string): Promise<CallResult<OrgNode>> {
  return callCloud(org, 'renameOrg', { id, name })
}

/** Moves an organisation, with everything under it, to a new parent in the caller's subtree. */
export function moveOrg(id: string, parentId: string): Promise<CallResult<{ org: OrgNode; descendantsMoved: number }>> {
  return callCloud(org, 'moveOrg', { id, parentId })
}
