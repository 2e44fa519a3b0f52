import { useCallback } from 'react'
import { ERRORS } from '@/core/errors'
import type { CallResult } from '@/services/cloud'
import { listMembers, type MemberList } from '@/services/members'
import { getCatalogue, getDutyHistory, getMyTasks, getPostsBoard, listOrgPosts, type Catalogue, type DutyHistory, type MyTasks, type OrgPosts, type PostsBoard } from '@/services/posts'
import { resolveMyMemberId } from './use-member-work'
import { resolveOrgId, useCloudFollowing } from './use-members'

export interface BranchPosts {
  catalogue: Catalogue
  posts: OrgPosts
}

/** 设岗定责 (secretary): the catalogue and every post record of the branch. */
export function useBranchPosts(orgId: string | undefined) {
  const load = useCallback(async (): Promise<CallResult<BranchPosts>> => {
    const resolved = await resolveOrgId(orgId)
    if (!resolved.ok) return resolved
    const [catalogue, posts] = await Promise.all([getCatalogue(resolved.data), listOrgPosts(resolved.data)])
    if (!catalogue.ok) return catalogue
    if (!posts.ok) return posts
    return { ok: true, data: { catalogue: catalogue.data, posts: posts.data } }
  }, [orgId])
  return useCloudFollowing<BranchPosts>(load)
}

export interface AssignChoices {
  orgId: string
  catalogue: Catalogue
  members: MemberList['members']
  /** 调整责任区: the post being changed, as 设岗定责 lists it (whole phones for the branch's own secretary). */
  adjusting: OrgPosts['assignments'][number] | null
}

/** 定岗 form: the posts to choose from and the branch's active members; with `assignmentId`, the post to adjust (调整责任区). */
export function useAssignChoices(orgId: string | undefined, assignmentId?: string) {
  const load = useCallback(async (): Promise<CallResult<AssignChoices>> => {
    const resolved = await resolveOrgId(orgId)
    if (!resolved.ok) return resolved
    const [catalogue, members, posts] = await Promise.all([getCatalogue(resolved.data), listMembers(resolved.data, false), assignmentId ? listOrgPosts(resolved.data) : Promise.resolve(null)])
    if (!catalogue.ok) return catalogue
    if (!members.ok) return members
    if (posts && !posts.ok) return posts
    const adjusting = posts?.data.assignments.find((assignment) => assignment.id === assignmentId) ?? null
    if (assignmentId && (!adjusting || !adjusting.area)) return { ok: false, code: 'POST.ASSIGNMENT_NOT_FOUND', message: ERRORS['POST.ASSIGNMENT_NOT_FOUND'] }
    return { ok: true, data: { orgId: resolved.data, catalogue: catalogue.data, members: members.data.members.filter((member) => member.status === 'active'), adjusting } }
  }, [orgId, assignmentId])
  return useCloudFollowing<AssignChoices>(load)
}

export interface PostChoices {
  memberId: string
  catalogue: Catalogue
  tasks: MyTasks
}

/** 认岗 (member): the branch's posts and the ones I already hold or offered for. */
export function usePostChoices() {
  const load = useCallback(async (): Promise<CallResult<PostChoices>> => {
    const [memberId, orgId] = await Promise.all([resolveMyMemberId(), resolveOrgId(undefined)])
    if (!memberId.ok) return memberId
    if (!orgId.ok) return orgId
    const [catalogue, tasks] = await Promise.all([getCatalogue(orgId.data), getMyTasks(memberId.data)])
    if (!catalogue.ok) return catalogue
    if (!tasks.ok) return tasks
    return { ok: true, data: { memberId: memberId.data, catalogue: catalogue.data, tasks: tasks.data } }
  }, [])
  return useCloudFollowing<PostChoices>(load)
}

/** 履岗记录 of an area, of a member, or (neither given) my own. */
export function useDutyHistory(memberId: string | undefined, assignmentId: string | undefined) {
  const load = useCallback(async (): Promise<CallResult<DutyHistory>> => {
    if (assignmentId) return getDutyHistory({ assignmentId })
    if (memberId) return getDutyHistory({ memberId })
    const mine = await resolveMyMemberId()
    if (!mine.ok) return mine
    return getDutyHistory({ memberId: mine.data })
  }, [memberId, assignmentId])
  return useCloudFollowing<DutyHistory>(load)
}

export function usePostsBoard(orgId: string | undefined) {
  const load = useCallback(async (): Promise<CallResult<PostsBoard>> => {
    const resolved = await resolveOrgId(orgId)
    if (!resolved.ok) return resolved
    return getPostsBoard(resolved.data)
  }, [orgId])
  return useCloudFollowing<PostsBoard>(load)
}
