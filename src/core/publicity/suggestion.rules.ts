import { chinaDayNumber, chinaDaysBetween, chinaMidnight } from '../china-time'

/**
 * 意见建议: a villager's suggestion or complaint to one organisation. The branch must answer; the
 * author alone follows it; one left unanswered past the set number of days is overdue, and the
 * township sees it flagged.
 */
export const SUGGESTION_KINDS = ['suggestion', 'complaint'] as const
export type SuggestionKind = (typeof SUGGESTION_KINDS)[number]
export const SUGGESTION_KIND_LABELS: Readonly<Record<SuggestionKind, string>> = { suggestion: '意见建议', complaint: '投诉' }

/** `rejected`: the content check refused the text; only its author ever sees it. */
export const SUGGESTION_STATUSES = ['open', 'answered', 'rejected'] as const
export type SuggestionStatus = (typeof SUGGESTION_STATUSES)[number]
export const SUGGESTION_STATUS_LABELS: Readonly<Record<SuggestionStatus, string>> = {
  open: '已送达，等待支部答复',
  answered: '支部已答复',
  rejected: '内容未通过安全检查，没有送给支部',
}

/** Days a branch has to answer before the township sees the suggestion flagged (a setting; 7 by local practice). */
export const DEFAULT_SUGGESTION_ANSWER_DAYS = 7

/**
 * Unanswered for more than `answerDays` calendar days in China: days are counted as the secretary and
 * the township count them (left yesterday evening and read this morning is one day), whatever the hour.
 */
export function isOverdue(suggestion: { status: SuggestionStatus; createdAt: string }, now: Date, answerDays: number = DEFAULT_SUGGESTION_ANSWER_DAYS): boolean {
  return suggestion.status === 'open' && chinaDaysBetween(suggestion.createdAt, now) > answerDays
}

/** When the answer becomes overdue: China midnight at the end of the `answerDays`-th day after it was left. */
export function answerDueAt(createdAt: string, answerDays: number = DEFAULT_SUGGESTION_ANSWER_DAYS): string {
  return chinaMidnight(chinaDayNumber(createdAt) + answerDays + 1).toISOString()
}
