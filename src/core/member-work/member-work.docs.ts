import type { Cadence } from './duty-coverage'
import type { PledgeStatus, PledgeVerdict } from './pledge.rules'
import type { AssignmentStatus, PostRating } from './posts.catalogue'

/** The stored shapes of `pledges`, `posts`, `postAssignments`, `dutyRecords` and `pledgeReminders` (docs/member-work.md). */

/**
 * A photo in cloud storage, uploaded by the client (Taro.cloud.uploadFile). `check` is the
 * content-security state: others see only `passed` photos; the author sees all of theirs.
 */
export interface PhotoRef {
  fileID: string
  check: 'pending' | 'passed' | 'rejected'
  /** Why the check refused it (shown to the author only); set by the mediaCheck push. */
  reason?: string | null
}

/** Given only when the member adds it to a record, after the platform's privacy consent. */
export interface PlaceRef {
  latitude: number
  longitude: number
  name?: string
}

export interface PledgeHistoryEntry {
  at: string
  event: 'created' | 'edited' | 'submitted' | 'returned' | 'approved' | 'withdrawn' | 'selfAssessed' | 'judged' | 'published'
  /** Display name of who did it. */
  by: string
  note?: string
}

export interface PledgeProgressEntry {
  id: string
  /** The day the work was done (YYYY-MM-DD). */
  date: string
  text: string
  photos: PhotoRef[]
  at: string
}

export interface PledgeDoc {
  _id: string
  orgId: string
  /** The organisation's ancestors, county first, for subtree checks without a walk. */
  orgAncestorIds: string[]
  /** A member's own pledge, or the branch's (made by its committee). */
  owner: 'member' | 'branch'
  memberId: string | null
  /** The member's name, or the branch's name. */
  ownerName: string
  year: number
  title: string
  content: string
  status: PledgeStatus
  /** Why the reviewer returned it; cleared when it is submitted again. */
  returnReason: string | null
  progress: PledgeProgressEntry[]
  selfAssessment: { text: string; at: string } | null
  verdict: { verdict: PledgeVerdict; comment: string; by: string; at: string } | null
  history: PledgeHistoryEntry[]
  createdAt: string
  updatedAt: string
}

/** A custom post a branch defined (设岗); the defaults live in code (DEFAULT_POSTS). */
export interface PostDoc {
  _id: string
  orgId: string
  orgAncestorIds: string[]
  name: string
  description: string
  createdAt: string
}

export interface HouseholdDoc {
  name: string
  /** A note to find it, e.g. 三组，村口小卖部旁. */
  addressNote: string
  /** Stored whole; answered masked (138****5678) to everyone. */
  phone?: string
}

/** A responsibility area: linked households (联系户) or a described place. */
export interface AreaDoc {
  name: string
  kind: 'households' | 'place'
  households: HouseholdDoc[]
  /** What the place is, when kind is `place`. */
  place: string | null
}

export interface DutyDoc {
  id: string
  title: string
  cadence: Cadence
  /** The day the duty began (定岗), YYYY-MM-DD; coverage counts from the first whole period after it. */
  since: string
  /**
   * The day 调整责任区 stopped it (removed, or its cadence changed: a new duty takes over from that
   * day). Absent or null while it runs. It owes only the periods that ended before this day; its
   * records stay attached to it.
   */
  until?: string | null
}

/** One 调整责任区: who, when (ISO), and what changed in words (names only, never a phone). */
export interface AreaAdjustmentDoc {
  at: string
  /** Display name of who changed it. */
  by: string
  changes: string[]
}

export interface PostReviewDoc {
  /** What the review covers, e.g. 2026年第三季度. */
  period: string
  rating: PostRating
  comment: string
  by: string
  at: string
}

/** One member on one post (认岗 → 定岗 → 明岗), with their area and its duties. */
export interface PostAssignmentDoc {
  _id: string
  orgId: string
  orgAncestorIds: string[]
  postId: string
  postName: string
  memberId: string
  memberName: string
  status: AssignmentStatus
  area: AreaDoc | null
  duties: DutyDoc[]
  reviews: PostReviewDoc[]
  /** 调整责任区 history, oldest first; absent on posts never adjusted. */
  adjustments?: AreaAdjustmentDoc[]
  volunteeredAt: string | null
  assignedAt: string | null
  publishedAt: string | null
}

/** 履岗: what a member did for one duty of their area. */
export interface DutyRecordDoc {
  _id: string
  assignmentId: string
  dutyId: string
  orgId: string
  orgAncestorIds: string[]
  memberId: string
  /** The day it was done (YYYY-MM-DD); no clock time is kept. */
  doneOn: string
  note: string
  photos: PhotoRef[]
  place: PlaceRef | null
  createdAt: string
}

/** One reminder per member per year; `_id` is `<year>-<memberId>`, so a second send cannot happen. */
export interface PledgeReminderDoc {
  _id: string
  year: number
  memberId: string
  orgId: string
  sentAt: string
  /** What the platform answered: sent, or the error it gave (e.g. the member had not subscribed). */
  outcome: 'sent' | 'failed'
  detail: string
}
