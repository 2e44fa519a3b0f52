import { useCallback } from 'react'
import type { PledgeView } from '@/core/contracts/pledges.contract'
import type { CallResult } from '@/services/cloud'
import { getMyRecord } from '@/services/members'
import { getPledge, getPledgeBoard, listMyPledges, listOrgPledges, type MemberPledges, type OrgPledges, type PledgeBoard } from '@/services/pledges'
import { getCoverage, getMyTasks, type Coverage, type MyTasks } from '@/services/posts'
import { resolveOrgId, useCloudFollowing } from './use-members'
import { chinaYear } from '@/core/china-time'

/** The caller's own member record id: pages about "my" work are about this member. */
export async function resolveMyMemberId(): Promise<CallResult<string>> {
  const mine = await getMyRecord()
  if (!mine.ok) return mine
  if (!mine.data.member) return { ok: false, code: 'AUTH.NOT_BOUND', message: '您还没有绑定党员身份，请向支部书记要邀请码。' }
  return { ok: true, data: mine.data.member.id }
}

/** The pledge year: the calendar year in China, as the server counts it. */
export function currentYear(now: Date = new Date()): number {
  return chinaYear(now)
}

export interface MyWork {
  memberId: string
  tasks: MyTasks
  pledges: MemberPledges
}

/** “我的任务”: duties of my areas and my pledges of this year, in one load. */
export function useMyWork() {
  const load = useCallback(async (): Promise<CallResult<MyWork>> => {
    const memberId = await resolveMyMemberId()
    if (!memberId.ok) return memberId
    const [tasks, pledges] = await Promise.all([getMyTasks(memberId.data), listMyPledges(memberId.data, currentYear())])
    if (!tasks.ok) return tasks
    if (!pledges.ok) return pledges
    return { ok: true, data: { memberId: memberId.data, tasks: tasks.data, pledges: pledges.data } }
  }, [])
  return useCloudFollowing<MyWork>(load)
}

export function usePledge(id: string) {
  const load = useCallback((): Promise<CallResult<PledgeView>> => getPledge(id), [id])
  return useCloudFollowing<PledgeView>(load)
}

/** The branch's pledges of this year (the secretary's own branch when `orgId` is absent). */
export function useOrgPledges(orgId: string | undefined) {
  const load = useCallback(async (): Promise<CallResult<OrgPledges>> => {
    const resolved = await resolveOrgId(orgId)
    if (!resolved.ok) return resolved
    return listOrgPledges(resolved.data, currentYear())
  }, [orgId])
  return useCloudFollowing<OrgPledges>(load)
}

export function useCoverage(orgId: string | undefined) {
  const load = useCallback(async (): Promise<CallResult<Coverage>> => {
    const resolved = await resolveOrgId(orgId)
    if (!resolved.ok) return resolved
    return getCoverage(resolved.data)
  }, [orgId])
  return useCloudFollowing<Coverage>(load)
}

export function usePledgeBoard(orgId: string | undefined, year: number) {
  const load = useCallback(async (): Promise<CallResult<PledgeBoard>> => {
    const resolved = await resolveOrgId(orgId)
    if (!resolved.ok) return resolved
    return getPledgeBoard(resolved.data, year)
  }, [orgId, year])
  return useCloudFollowing<PledgeBoard>(load)
}
