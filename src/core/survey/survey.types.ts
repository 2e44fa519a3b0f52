import type { MeasuredOrgType } from '../standards/five-good'

/** The four answers every question offers, in the order the poll shows them. */
export const CHOICES = ['satisfied', 'fairly', 'dissatisfied', 'unknown'] as const

export type Choice = (typeof CHOICES)[number]

export const CHOICE_LABELS: Readonly<Record<Choice, string>> = {
  satisfied: '满意',
  fairly: '基本满意',
  dissatisfied: '不满意',
  unknown: '不了解',
}

/** How many people gave each answer to one question. */
export type ChoiceCounts = Record<Choice, number>

export function emptyCounts(): ChoiceCounts {
  return { satisfied: 0, fairly: 0, dissatisfied: 0, unknown: 0 }
}

/** Question ids are keys of stored tallies (`counts.<id>.<choice>`), so letters and digits only. */
export const QUESTION_ID = /^[a-zA-Z][a-zA-Z0-9]{0,23}$/

/** What the default questions ask about: the fifth criterion's parts; `custom` for added questions. */
export type QuestionTopic = 'fairness' | 'integrity' | 'service' | 'hotIssues' | 'overall' | 'custom'

export interface Question {
  id: string
  /** As the villager reads it: a short question answered with the four choices. */
  text: string
  topic: QuestionTopic
}

/** The organisation types a round can be opened for: those measured by the five-good standards. */
export type SurveyOrgType = MeasuredOrgType

/** Where a round stands at a moment. */
export type RoundStatus = 'upcoming' | 'open' | 'closed'

export const ROUND_STATUS_LABELS: Readonly<Record<RoundStatus, string>> = {
  upcoming: '未开始',
  open: '进行中',
  closed: '已结束',
}

/** The rating of a satisfaction rate against the settings' thresholds. */
export type Band = 'good' | 'passable' | 'rectify'

export const BAND_LABELS: Readonly<Record<Band, string>> = {
  good: '好',
  passable: '合格',
  rectify: '需整改',
}

/**
 * Rows of the organiser's table per page: the lowest rates come first, and a county has hundreds of
 * organisations, while a cheap phone draws a few dozen rows with their bars at once. The screen asks
 * for pages of this size; the bench times the first.
 */
export const SUBTREE_TABLE_PAGE = 30
