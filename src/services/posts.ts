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

export type Catalogue = ActionOutput<typeof postsContract, 'catalogue'>
export type CataloguePost = Catalogue['posts'][number]
export type OrgPosts = ActionOutput<typeof postsContract, 'listForOrg'>
export type DutyHistory = ActionOutput<typeof postsContract, 'history'>
export type PostsBoard = ActionOutput<typeof postsContract, 'board'>
export type Cadence = CataloguePost['duties'][number]['cadence']

/** What the secretary fills in for 定岗: the area (households or a place) and its recurring duties. */
export interface AreaInput {
  name: string
  kind: 'households' | 'place'
  households: { name: string; addressNote: string; phone?: string }[]
  place?: string
}

/** 设岗: the common posts and the branch's own. */
export function getCatalogue(orgId: string): Promise<CallResult<Catalogue>> {
  return callCloud(posts, 'catalogue', { orgId })
}

export function definePost(orgId: string, name: string, description: string): Promise<CallResult<CataloguePost>> {
  return callCloud(posts, 'definePost', { orgId, name, description })
}

/** 认岗: a member offers to take a post; the secretary then assigns it. */
export function volunteerForPost(memberId: string, postId: string): Promise<CallResult<Assignment>> {
  return callCloud(posts, 'volunteer', { memberId, postId })
}

/** 定岗: the post, its area and duties, counted from `since`. */
export function assignPost(memberId: string, postId: string, area: AreaInput, duties: { title: string; cadence: Cadence }[], since: string): Promise<CallResult<Assignment>> {
  const { place, ...rest } = area
  return callCloud(posts, 'assign', { memberId, postId, area: place !== undefined ? { ...rest, place } : rest, duties, since })
}

/** 调整责任区: a new area and duties for an assigned or published post; a kept duty carries its `id`. */
export function adjustPost(id: string, area: AreaInput, duties: { id?: string; title: string; cadence: Cadence }[]): Promise<CallResult<Assignment>> {
  const { place, ...rest } = area
  return callCloud(posts, 'adjust', { id, area: place !== undefined ? { ...rest, place } : rest, duties: duties.map(({ id: dutyId, ...duty }) => (dutyId ? { id: dutyId, ...duty } : duty)) })
}

/** 明岗: publish it; only then do duties fall due. */
export function publishPost(id: string): Promise<CallResult<Assignment>> {
  return callCloud(posts, 'publish', { id })
}

export function listOrgPosts(orgId: string): Promise<CallResult<OrgPosts>> {
  return callCloud(posts, 'listForOrg', { orgId })
}

/** 履岗记录 of one member, or of one area (`assignmentId`). */
export function getDutyHistory(of: { memberId: string } | { assignmentId: string }): Promise<CallResult<DutyHistory>> {
  return callCloud(posts, 'history', of)
}

/** 明岗公示: the public posts board (villagers too, no login). */
export function getPostsBoard(orgId: string): Promise<CallResult<PostsBoard>> {
  return callCloud(posts, 'board', { orgId })
}
