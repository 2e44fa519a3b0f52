import { useCallback, useEffect, useRef } from 'react'
import type { MemberView } from '@/core/contracts/members.contract'
import type { CallResult } from '@/services/cloud'
import { getMember, listMembers, type MemberList } from '@/services/members'
import { getHome } from '@/services/org'
import { useCloud } from './use-cloud'

/** Which organisation a staff page is about: the one in the link, else the caller's own. */
export async function resolveOrgId(orgId: string | undefined): Promise<CallResult<string>> {
  if (orgId) return { ok: true, data: orgId }
  const home = await getHome()
  if (!home.ok) return home
  if (!home.data.org) return { ok: false, code: 'AUTH.NOT_BOUND', message: '您还没有绑定党员身份，请向支部书记要邀请码。' }
  return { ok: true, data: home.data.org.id }
}

/** Loads with `load`, and again whenever `load` changes after the first time (a new tab, another organisation). */
export function useCloudFollowing<T>(load: () => Promise<CallResult<T>>) {
  const cloud = useCloud<T>(load)
  const { retry } = cloud
  const loaded = useRef(load)
  useEffect(() => {
    if (loaded.current === load) return
    loaded.current = load
    retry()
  }, [load, retry])
  return cloud
}

/** The members of an organisation (the caller's own when `orgId` is absent), active or archived. */
export function useMemberList(orgId: string | undefined, archived: boolean) {
  const load = useCallback(async (): Promise<CallResult<MemberList>> => {
    const resolved = await resolveOrgId(orgId)
    if (!resolved.ok) return resolved
    const answer = await listMembers(resolved.data, archived)
    if (!answer.ok) return answer
    // The server adds archived records to the active ones; each tab shows its own.
    return { ok: true, data: { ...answer.data, members: answer.data.members.filter((member) => (member.status === 'archived') === archived) } }
  }, [orgId, archived])
  return useCloudFollowing<MemberList>(load)
}

/** One member's record. */
export function useMember(id: string) {
  const load = useCallback((): Promise<CallResult<MemberView>> => getMember(id), [id])
  return useCloudFollowing<MemberView>(load)
}
