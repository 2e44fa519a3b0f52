/**
 * Stored shapes of the survey collections (docs/surveys.md). None holds an OPENID: an answer's
 * `_id` is HMAC-SHA256(deployment secret, OPENID + round id), so one person's answers cannot be
 * linked across rounds, and a second answer in the same round collides on `_id`.
 */
import type { Choice, ChoiceCounts, Question, SurveyOrgType } from './survey.types'

/** A survey round of one organisation. */
export interface SurveyRoundDoc {
  /** Short (`r` + 12 base-36 characters) so the QR scene `r=<id>` fits 32 characters. */
  _id: string
  orgId: string
  orgName: string
  orgType: SurveyOrgType
  /** The organisation's ancestors and itself, county first: a subtree is one match `{ orgPath: id }`. */
  orgPath: string[]
  /** Rounds opened together (a township-wide round) share it. */
  batchId: string
  title: string
  /** ISO instants: the start of the first day and the end of the last day, China time. */
  opensAt: string
  closesAt: string
  minimumAnswers: number
  questions: Question[]
  /** How many tally shards the round has: `<roundId>-0` … `<roundId>-<shards−1>`. */
  shards: number
  /** Who opened it (a member id, never an OPENID) and when. */
  openedBy: { memberId: string | null; displayName: string; role: 'secretary' | 'organiser' | 'admin' }
  createdAt: string
}

/** One person's answers to one round; `_id` is the keyed hash of their identity and the round. */
export interface SurveyAnswerDoc {
  _id: string
  roundId: string
  orgId: string
  orgPath: string[]
  choices: { q: string; c: Choice }[]
  /** The China-time day only: a minute-exact time could be matched against access logs. */
  submittedOn: string
}

/**
 * One shard of a round's running tallies: per question, how many gave each answer, and how
 * many people answered. Updated in the same transaction as the answer it counts.
 */
export interface SurveyTallyDoc {
  /** `<roundId>-<shard>`. */
  _id: string
  roundId: string
  orgId: string
  orgPath: string[]
  shard: number
  respondents: number
  counts: Record<string, ChoiceCounts>
  /**
   * The round's details the organiser's table shows, copied at opening so the county view reads
   * only the shards (one grouped read instead of rounds and tallies apart). Shards stored before
   * this field existed have none; the dashboard then reads those rounds. Never changed by answers.
   */
  meta?: SurveyTallyMeta
}

/** What a shard copies of its round (docs/surveys.md, “Reading”). */
export interface SurveyTallyMeta {
  title: string
  opensAt: string
  closesAt: string
  minimumAnswers: number
}

/** A comment left with an answer: stored apart from it, with no identity and no hash. */
export interface SurveyCommentDoc {
  _id: string
  roundId: string
  orgId: string
  orgPath: string[]
  text: string
  submittedOn: string
}
