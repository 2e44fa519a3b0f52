import type { Home, OrgNode, orgContract } from '@/core/contracts/org.contract'
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
