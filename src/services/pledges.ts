import type { ActionOutput } from '@/core/contract'
import type { PledgeView, pledgesContract } from '@/core/contracts/pledges.contract'
import { callCloud, contractRef, type CallResult } from './cloud'

const pledges = contractRef<typeof pledgesContract>('pledges')

export type MemberPledges = ActionOutput<typeof pledgesContract, 'listForMember'>
export type OrgPledges = ActionOutput<typeof pledgesContract, 'listForOrg'>
export type PledgeBoard = ActionOutput<typeof pledgesContract, 'board'>
export type PledgeVerdict = NonNullable<PledgeView['verdict']>

/** A member's pledges for one year, with the minimum the branch expects. */
export function listMyPledges(memberId: string, year: number): Promise<CallResult<MemberPledges>> {
  return callCloud(pledges, 'listForMember', { memberId, year })
}

export function getPledge(id: string): Promise<CallResult<PledgeView>> {
  return callCloud(pledges, 'get', { id })
}

/** A new draft of the member's own pledge. */
export function createPledge(memberId: string, year: number, title: string, content: string): Promise<CallResult<PledgeView>> {
  return callCloud(pledges, 'create', { memberId, year, title, content })
}

/** A new draft of the branch's own pledge (组织承诺), written by its secretary. */
export function createBranchPledge(orgId: string, year: number, title: string, content: string): Promise<CallResult<PledgeView>> {
  return callCloud(pledges, 'create', { orgId, year, title, content })
}

export function editPledge(id: string, title: string, content: string): Promise<CallResult<PledgeView>> {
  return callCloud(pledges, 'edit', { id, title, content })
}

export function submitPledge(id: string): Promise<CallResult<PledgeView>> {
  return callCloud(pledges, 'submit', { id })
}

export function approvePledge(id: string): Promise<CallResult<PledgeView>> {
  return callCloud(pledges, 'approve', { id })
}

/** Takes an approved pledge off the board with a reason; it goes back to its author. */
export function withdrawPledge(id: string, reason: string): Promise<CallResult<PledgeView>> {
  return callCloud(pledges, 'withdraw', { id, reason })
}

export function returnPledge(id: string, reason: string): Promise<CallResult<PledgeView>> {
  return callCloud(pledges, 'return', { id, reason })
}

export function addPledgeProgress(id: string, date: string, text: string, photos: string[]): Promise<CallResult<PledgeView>> {
  return callCloud(pledges, 'addProgress', { id, date, text, photos })
}

export function selfAssessPledge(id: string, text: string): Promise<CallResult<PledgeView>> {
  return callCloud(pledges, 'selfAssess', { id, text })
}

export function judgePledge(id: string, verdict: PledgeVerdict, comment: string): Promise<CallResult<PledgeView>> {
  return callCloud(pledges, 'judge', { id, verdict, comment })
}

export function publishPledgeVerdict(id: string): Promise<CallResult<PledgeView>> {
  return callCloud(pledges, 'publish', { id })
}

/** The branch's pledges for a year: the review queue, the counts, who has none. */
export function listOrgPledges(orgId: string, year: number): Promise<CallResult<OrgPledges>> {
  return callCloud(pledges, 'listForOrg', { orgId, year })
}

/** The public pledge board (承诺公示): anyone may read it, villagers included. */
export function getPledgeBoard(orgId: string, year: number): Promise<CallResult<PledgeBoard>> {
  return callCloud(pledges, 'board', { orgId, year })
}
