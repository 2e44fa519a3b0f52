import type { ActionInput } from '@/core/contract'
import type { MemberView, membersContract, MyRecord } from '@/core/contracts/members.contract'
import { callCloud, contractRef, type CallResult } from './cloud'
import { changingHome } from './org'

const members = contractRef<typeof membersContract>('members')

export type MemberList = { org: { id: string; name: string }; members: MemberView[] }
export type NewMember = ActionInput<typeof membersContract, 'add'>
export type MemberChanges = ActionInput<typeof membersContract, 'edit'>

/** The members of one organisation, phones masked by the server; archived ones only when asked. */
export function listMembers(orgId: string, includeArchived: boolean): Promise<CallResult<MemberList>> {
  return callCloud(members, 'list', { orgId, includeArchived })
}

export function getMember(id: string): Promise<CallResult<MemberView>> {
  return callCloud(members, 'get', { id })
}

export function addMember(member: NewMember): Promise<CallResult<MemberView>> {
  return changingHome(callCloud(members, 'add', member))
}

export function editMember(changes: MemberChanges): Promise<CallResult<MemberView>> {
  return changingHome(callCloud(members, 'edit', changes))
}

export function archiveMember(id: string, reason: string): Promise<CallResult<MemberView>> {
  return changingHome(callCloud(members, 'archive', { id, reason }))
}

export function transferMember(id: string, toOrgId: string): Promise<CallResult<MemberView>> {
  return changingHome(callCloud(members, 'transfer', { id, toOrgId }))
}

/** Everything stored about the caller (我的信息); empty for a villager. */
export function getMyRecord(): Promise<CallResult<MyRecord>> {
  return callCloud(members, 'getMine', {})
}
