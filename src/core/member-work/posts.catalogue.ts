import type { Cadence } from './duty-coverage'

/**
 * The common posts of local practice (设岗), offered to every branch; a branch adds its own.
 * Each comes with the duties it usually carries, which the secretary may change when assigning.
 */
export interface DefaultPost {
  id: string
  name: string
  description: string
  duties: readonly { title: string; cadence: Cadence }[]
}

export const DEFAULT_POSTS: readonly DefaultPost[] = [
  { id: 'policy', name: '政策宣传岗', description: '向联系户宣讲党的政策和村里的大事', duties: [{ title: '走访联系户，宣讲政策', cadence: 'monthly' }] },
  { id: 'sanitation', name: '环境卫生监督岗', description: '督促责任区内的环境卫生和垃圾分类', duties: [{ title: '巡查责任区环境卫生', cadence: 'weekly' }] },
  { id: 'mediation', name: '矛盾调解岗', description: '了解并调解邻里矛盾纠纷', duties: [{ title: '走访联系户，排查矛盾纠纷', cadence: 'monthly' }] },
  { id: 'assistance', name: '帮扶岗', description: '帮扶困难户、留守老人和儿童', duties: [{ title: '看望帮扶对象', cadence: 'monthly' }, { title: '帮扶情况小结', cadence: 'quarterly' }] },
  { id: 'patrol', name: '治安巡逻岗', description: '巡查责任区治安和安全隐患', duties: [{ title: '巡查治安和安全隐患', cadence: 'weekly' }] },
]

/** 评岗: the secretary's periodic review of how a member held their post. */
export const POST_RATINGS = ['excellent', 'competent', 'basic', 'incompetent'] as const
export type PostRating = (typeof POST_RATINGS)[number]
export const POST_RATING_LABELS: Readonly<Record<PostRating, string>> = { excellent: '优秀', competent: '称职', basic: '基本称职', incompetent: '不称职' }

/** The steps of an assignment: 认岗 (a member volunteered), 定岗 (the secretary assigned it with an area), 明岗 (published). */
export const ASSIGNMENT_STATUSES = ['volunteered', 'assigned', 'published'] as const
export type AssignmentStatus = (typeof ASSIGNMENT_STATUSES)[number]
export const ASSIGNMENT_STATUS_LABELS: Readonly<Record<AssignmentStatus, string>> = { volunteered: '已认岗，待定岗', assigned: '已定岗，待明岗', published: '已明岗' }
