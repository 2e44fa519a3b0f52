import type { CycleStage, CyclePeriod } from './stars.cycle'
import type { Rubric } from './stars.rubric'

/** The stored shapes of `starRubrics`, `starCycles`, `starReviews` and `starObjections` (docs/stars.md). */

/** The county's default rubric (one document, `_id` = `default`). */
export interface StarRubricDoc {
  _id: string
  rubric: Rubric
  updatedAt: string
  updatedBy: string
}

/** Evidence gathered from the data, for people's judgement (never turned into points by itself). */
export interface StarEvidence {
  pledges: { total: number; fulfilled: number; partial: number; unfulfilled: number; titles: string[] }
  duties: { due: number; doneOnTime: number; overdue: number }
  posts: string[]
  gatheredAt: string
}

export interface StarDecision {
  /** Items applied (points) or dimensions met (dimensions). */
  ids: string[]
  score: number | null
  stars: number
  reason: string
  by: string
  at: string
  /** Set when the committee changed the outcome in answer to an objection. */
  objectionId: string | null
}

/** One member in one cycle. */
export interface StarEntryDoc {
  memberId: string
  memberName: string
  evidence: StarEvidence | null
  selfAssessment: { ids: string[]; score: number | null; stars: number; text: string; at: string } | null
  /** The committee's decisions, oldest first; the last one is the outcome. */
  decisions: StarDecision[]
}

export interface StarCycleDoc {
  _id: string
  orgId: string
  orgName: string
  orgAncestorIds: string[]
  period: CyclePeriod
  periodKey: string
  /** The rubric copied when the cycle opened; later changes to the county's rubric do not reach it. */
  rubric: Rubric
  stage: CycleStage
  entries: StarEntryDoc[]
  reviewsPerMember: number
  publicityDays: number | null
  publicityStartedAt: string | null
  publicityEndsAt: string | null
  finalisedAt: string | null
  history: Array<{ stage: CycleStage; at: string; by: string }>
  createdAt: string
  updatedAt: string
}

/**
 * One peer review. The reviewer is stored only as `reviewerKey`, an HMAC of the cycle and the
 * reviewer's member id under a deployment secret: the reviewer finds their own assignments again;
 * nobody reading the store (or the reviewed member's answers) can tell who reviewed whom.
 */
export interface StarReviewDoc {
  _id: string
  cycleId: string
  orgId: string
  reviewerKey: string
  revieweeId: string
  status: 'pending' | 'done'
  stars: number | null
  comment: string
  doneAt: string | null
}

/** An objection during publicity, from a member of the branch or a villager (author kept as a keyed hash). */
export interface StarObjectionDoc {
  _id: string
  cycleId: string
  orgId: string
  orgAncestorIds: string[]
  memberId: string
  memberName: string
  authorKey: string
  /** 党员 / 群众: who objected, as the committee may weigh it. */
  authorKind: 'member' | 'villager'
  text: string
  status: 'open' | 'answered' | 'rejected'
  check: { result: 'passed' | 'rejected'; reason: string | null }
  answer: { text: string; changed: boolean; by: string; at: string } | null
  createdAt: string
}
