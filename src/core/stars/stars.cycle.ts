import { chinaDayNumber, chinaMidnight } from '../china-time'

/**
 * A rating cycle's steps (PRODUCT.md §4): open → evidence → self-assessment → peer review →
 * committee decision → publicity (objections) → final. Each step goes only to the next one; the
 * committee may change an outcome during publicity only in answer to an objection.
 */
export const CYCLE_STAGES = ['open', 'evidence', 'selfAssessment', 'peerReview', 'committee', 'publicity', 'final'] as const
export type CycleStage = (typeof CYCLE_STAGES)[number]

export const CYCLE_STAGE_LABELS: Readonly<Record<CycleStage, string>> = {
  open: '已开启',
  evidence: '汇总实绩',
  selfAssessment: '党员自评',
  peerReview: '党员互评',
  committee: '支委会评定',
  publicity: '公示中',
  final: '已确定',
}

/** What the secretary does to leave each stage (the one obvious next step). */
export const NEXT_STEP_LABELS: Readonly<Record<CycleStage, string | null>> = {
  open: '汇总每名党员的实绩',
  evidence: '请党员自评',
  selfAssessment: '开始党员互评',
  peerReview: '交支委会评定',
  committee: '开始公示',
  publicity: '公示期满，确定结果',
  final: null,
}

export const PERIOD_KINDS = ['quarter', 'year'] as const
export type PeriodKind = (typeof PERIOD_KINDS)[number]

export interface CyclePeriod {
  kind: PeriodKind
  year: number
  /** 1–4 for a quarter; null for a year. */
  quarter: number | null
}

const QUARTER_NAMES = ['', '第一季度', '第二季度', '第三季度', '第四季度']

/** 2026年第三季度 / 2026年度. */
export function periodLabel(period: CyclePeriod): string {
  return period.kind === 'year' ? `${period.year}年度` : `${period.year}年${QUARTER_NAMES[period.quarter ?? 1]}`
}

/** The days a period covers (YYYY-MM-DD, both inclusive); evidence is gathered from them. */
export function periodDays(period: CyclePeriod): { start: string; end: string } {
  if (period.kind === 'year') return { start: `${period.year}-01-01`, end: `${period.year}-12-31` }
  const q = period.quarter ?? 1
  const startMonth = (q - 1) * 3 + 1
  const endMonth = startMonth + 2
  const endDay = new Date(Date.UTC(period.year, endMonth, 0)).getUTCDate()
  const pad = (n: number) => String(n).padStart(2, '0')
  return { start: `${period.year}-${pad(startMonth)}-01`, end: `${period.year}-${pad(endMonth)}-${pad(endDay)}` }
}

/** A stable key: one cycle per branch and period. */
export function periodKey(period: CyclePeriod): string {
  return period.kind === 'year' ? `${period.year}` : `${period.year}q${period.quarter ?? 1}`
}

export type StageMove = { ok: true } | { ok: false; code: 'STARS.BAD_STEP'; message: string }

/** Whether a cycle may move from `from` to `to`: only to the very next stage. */
export function stageMove(from: CycleStage, to: CycleStage): StageMove {
  const next = CYCLE_STAGES[CYCLE_STAGES.indexOf(from) + 1]
  if (next === to) return { ok: true }
  if (from === 'final') return { ok: false, code: 'STARS.BAD_STEP', message: '这次评定已经确定，不能再改动；有新情况请在下一次评定中处理。' }
  return { ok: false, code: 'STARS.BAD_STEP', message: `现在是“${CYCLE_STAGE_LABELS[from]}”阶段，下一步只能是“${CYCLE_STAGE_LABELS[next]}”，不能直接到“${CYCLE_STAGE_LABELS[to]}”。` }
}

/** Which actions each stage allows; anything else answers STARS.WRONG_STAGE. */
export const STAGE_ALLOWS = {
  selfAssess: ['selfAssessment'],
  peerReview: ['peerReview'],
  decide: ['committee'],
  object: ['publicity'],
  answerObjection: ['publicity'],
} as const satisfies Record<string, readonly CycleStage[]>

export type StageAction = keyof typeof STAGE_ALLOWS

export function stageAllows(action: StageAction, stage: CycleStage): boolean {
  return (STAGE_ALLOWS[action] as readonly CycleStage[]).includes(stage)
}

/** Publicity may not end before its last day has passed, nor with an objection unanswered. */
export function canFinalise(input: { publicityEndsAt: string | null; openObjections: number; now: Date }): { ok: true } | { ok: false; code: 'STARS.PUBLICITY_RUNNING' | 'STARS.OBJECTIONS_OPEN' } {
  if (input.publicityEndsAt !== null && input.now.toISOString() < input.publicityEndsAt) return { ok: false, code: 'STARS.PUBLICITY_RUNNING' }
  if (input.openObjections > 0) return { ok: false, code: 'STARS.OBJECTIONS_OPEN' }
  return { ok: true }
}

/** Publicity ends at the end of the last of `days` days (China time), counting the start day. */
export function publicityEnd(start: Date, days: number): string {
  return chinaMidnight(chinaDayNumber(start) + days).toISOString()
}
