import type { CollectionName } from '../core/collections'
import type { DutyRecordDoc, PledgeDoc, PledgeReminderDoc, PostAssignmentDoc, PostDoc } from '../core/member-work/member-work.docs'
import type { BoardDoc, ModerationDecisionDoc, StoryDoc, SuggestionDoc } from '../core/publicity/publicity.docs'
import type { AccountDoc, DevelopmentDoc, InviteDoc, MemberDoc, OrgDoc } from '../core/org/org.docs'
import type { SettingsDoc } from '../core/settings/settings.docs'
import type { StarCycleDoc, StarObjectionDoc, StarReviewDoc, StarRubricDoc } from '../core/stars/stars.docs'
import type { SurveyAnswerDoc, SurveyCommentDoc, SurveyRoundDoc, SurveyTallyDoc } from '../core/survey/survey.docs'
import type { MediaCheckDoc } from '../core/media/media-check'
import type { CloudDatabase } from './sdk'

/** The stored shape of each collection; adding a collection without its shape fails to compile. */
interface DocumentShapes {
  orgs: OrgDoc
  members: MemberDoc
  accounts: AccountDoc
  invites: InviteDoc
  developments: DevelopmentDoc
  surveyRounds: SurveyRoundDoc
  surveyAnswers: SurveyAnswerDoc
  surveyTallies: SurveyTallyDoc
  surveyComments: SurveyCommentDoc
  pledges: PledgeDoc
  posts: PostDoc
  postAssignments: PostAssignmentDoc
  dutyRecords: DutyRecordDoc
  pledgeReminders: PledgeReminderDoc
  boards: BoardDoc
  stories: StoryDoc
  suggestions: SuggestionDoc
  moderationDecisions: ModerationDecisionDoc
  starRubrics: StarRubricDoc
  starCycles: StarCycleDoc
  starReviews: StarReviewDoc
  starObjections: StarObjectionDoc
  mediaChecks: MediaCheckDoc
  settings: SettingsDoc
}
type EveryCollectionHasAShape = [Exclude<CollectionName, keyof DocumentShapes>] extends [never] ? true : never
const everyCollectionHasAShape: EveryCollectionHasAShape = true
void everyCollectionHasAShape

/** The document type stored in collection `N`. */
export type DocumentOf<N extends CollectionName> = N extends keyof DocumentShapes ? DocumentShapes[N] : never

/** A query condition: field values or `db.command` expressions. */
export type Condition = Record<string, unknown>

// The SDK types get()/count() as `Promise | void | string` (callback styles); with no callback it is a promise.
type QueryReply = { data: unknown[] }
type CountReply = { total: number }

/** One document by `_id`, or null (a where-query, so a missing document is not an error). */
export async function findById<N extends CollectionName>(db: CloudDatabase, name: N, id: string): Promise<DocumentOf<N> | null> {
  const reply = (await db.collection(name).where({ _id: id }).limit(1).get()) as QueryReply
  return (reply.data[0] as DocumentOf<N> | undefined) ?? null
}

/** Documents matching a condition, at most `limit` (the SDK's own default is 100, its ceiling 1000). */
export async function findMany<N extends CollectionName>(
  db: CloudDatabase,
  name: N,
  condition: Condition,
  options: { limit?: number; orderBy?: { field: string; order: 'asc' | 'desc' } } = {},
): Promise<DocumentOf<N>[]> {
  let query = db.collection(name).where(condition)
  if (options.orderBy) query = query.orderBy(options.orderBy.field, options.orderBy.order)
  const reply = (await query.limit(options.limit ?? 100).get()) as QueryReply
  return reply.data as DocumentOf<N>[]
}

/** How many documents match a condition. */
export async function countWhere(db: CloudDatabase, name: CollectionName, condition: Condition): Promise<number> {
  const reply = (await db.collection(name).where(condition).count()) as CountReply
  return reply.total
}
