import type { ActionOutput } from '@/core/contract'
import type { postsContract } from '@/core/contracts/posts.contract'
import { callCloud, contractRef, type CallResult } from './cloud'

const posts = contractRef<typeof postsContract>('posts')

export type MyTasks = ActionOutput<typeof postsContract, 'myTasks'>
export type Coverage = ActionOutput<typeof postsContract, 'coverage'>
export type RecordedDuty = ActionOutput<typeof postsContract, 'recordDuty'>
export type DutyRecords = ActionOutput<typeof postsContract, 'listRecords'>
export type Assignment = ActionOutput<typeof postsContract, 'review'>
export type PostRating = Assignment['reviews'][number]['rating']

/** A place the member chose to share, only after saying yes. */
export interface SharedPlace {
  latitude: number
  longitude: number
  name?: string
}

export interface DutyEntry {
  assignmentId: string
  dutyId: string
  doneOn: string
  note: string
  photos: string[]
  place?: SharedPlace
}

/** “我的任务”: the member's posts, areas and what each duty needs this period. */
export function getMyTasks(memberId: string): Promise<CallResult<MyTasks>> {
  return callCloud(posts, 'myTasks', { memberId })
}

/** 履岗: one record of what was done in the member's own area. */
export function recordDuty(entry: DutyEntry): Promise<CallResult<RecordedDuty>> {
  const { place, ...rest } = entry
  return callCloud(posts, 'recordDuty', place ? { ...rest, place } : rest)
}

export function listDutyRecords(assignmentId: string): Promise<CallResult<DutyRecords>> {
  return callCloud(posts, 'listRecords', { assignmentId })
}

/** The branch's coverage: per member, per area, the overdue list and what waits for the secretary. */
export function getCoverage(orgId: string): Promise<CallResult<Coverage>> {
  return callCloud(posts, 'coverage', { orgId })
}

/** 评岗: the secretary's rating of one member's work on a post for a period (e.g. 2026年第四季度). */
export function reviewPost(id: string, period: string, rating: PostRating, comment: string): Promise<CallResult<Assignment>> {
  return callCloud(posts, 'review', { id, period, rating, comment })
}
