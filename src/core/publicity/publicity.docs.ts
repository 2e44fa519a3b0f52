import type { BoardBlock, BoardKind, BoardStatus } from './board.rules'
import type { ModerationTarget } from './moderation'
import type { StoryStatus } from './story.rules'
import type { SuggestionKind, SuggestionStatus } from './suggestion.rules'
import type { CriterionKey } from '../standards/five-good'

/** The last content-security decision on something others will see; `rejected` keeps it with its author. */
export interface ContentCheck {
  result: 'passed' | 'rejected'
  /** The Chinese reason shown to the author when rejected. */
  reason: string | null
  at: string
}

/** `boards`: one publicity board of one organisation (docs/boards.md). */
export interface BoardDoc {
  _id: string
  orgId: string
  orgAncestorIds: string[]
  kind: BoardKind
  title: string
  /** Typed content; empty for a generated board, whose content is built from the data when read. */
  blocks: BoardBlock[]
  /** Generated boards (承诺公示): the year whose pledges they show. */
  generated: { year: number } | null
  status: BoardStatus
  pinned: boolean
  publishedAt: string | null
  check: ContentCheck | null
  createdAt: string
  updatedAt: string
  /** The account's display name, never an OPENID. */
  updatedBy: string
  /** A short key for the board's QR scene when its id is longer than a scene allows (boardScene); set by boards.getCode. */
  sceneKey?: string
}

export interface StoryComment {
  at: string
  by: string
  decision: 'return' | 'recommend'
  text: string
}

/** `stories`: a typical-experience story (典型经验) of one organisation. */
export interface StoryDoc {
  _id: string
  orgId: string
  orgAncestorIds: string[]
  orgName: string
  title: string
  summary: string
  body: string
  photos: string[]
  criterion: CriterionKey
  /** The criterion's short name for the organisation's type (e.g. 领导班子好), kept with the story. */
  criterionTitle: string
  status: StoryStatus
  comments: StoryComment[]
  submittedAt: string | null
  recommendedAt: string | null
  /** Times the published story was opened; shown, never ranked or scored. */
  readCount: number
  check: ContentCheck | null
  createdAt: string
  updatedAt: string
}

/** `suggestions`: 意见建议. The author is an HMAC of their OPENID (docs/boards.md “Author key”), never the OPENID. */
export interface SuggestionDoc {
  _id: string
  orgId: string
  orgAncestorIds: string[]
  authorKey: string
  kind: SuggestionKind
  text: string
  status: SuggestionStatus
  answer: { text: string; at: string; by: string } | null
  check: ContentCheck
  createdAt: string
}

/** `moderationDecisions`: one line per content-security decision; no OPENID, no text. */
export interface ModerationDecisionDoc {
  _id: string
  at: string
  target: ModerationTarget
  targetId: string
  orgId: string
  kind: 'text' | 'image'
  scene: number
  /** msgSecCheck's result.suggest (pass / review / risky). */
  suggest: string
  label: number | null
  decision: 'passed' | 'rejected'
}
