import type { RateSummaryOut } from '@/core/contracts/survey.contract'
import { formatRate } from '@/core/survey/survey.stats'
import { BAND_LABELS } from '@/core/survey/survey.types'
import { readableDate } from '@/core/china-time'

export { formatRate }

/** “95% 区间 76.1%–87.3%” as the dashboards print it; empty when there is no rate. */
export function intervalText(summary: RateSummaryOut | null): string {
  if (!summary?.interval) return ''
  return `95% 区间 ${formatRate(summary.interval.lower)}–${formatRate(summary.interval.upper)}`
}

/** The n of a rate in words a secretary reads aloud (“有效样本 22 人”), not the statistician's “n = 22”. */
export function sampleText(n: number): string {
  return `有效样本 ${n} 人`
}

/** “比上一轮 +3.2 个百分点”, or empty when there is no earlier visible round. */
export function changeText(change: number | null): string {
  if (change === null) return ''
  const points = (change * 100).toFixed(1)
  if (points === '0.0' || points === '-0.0') return '与上一轮持平'
  return `比上一轮 ${change > 0 ? '+' : ''}${points} 个百分点`
}

export function bandLabel(summary: RateSummaryOut | null): string {
  return summary?.band ? BAND_LABELS[summary.band] : ''
}

/** “结果暂不公开：还差 3 份”: what the secretary must do before anyone sees the figures. */
export function missingText(respondents: number, minimumAnswers: number): string {
  return `结果暂不公开：还差 ${Math.max(0, minimumAnswers - respondents)} 份`
}

/** A round's month as people write it: 2025-12-31 → 2025年12月 (the trend tells rounds apart by when they closed). */
export function monthText(day: string): string {
  const match = /^(\d{4})-(\d{2})-\d{2}$/.exec(day)
  return match ? `${match[1]}年${Number(match[2])}月` : readableDate(day)
}

export function periodText(opensOn: string, closesOn: string): string {
  return `${readableDate(opensOn)} 至 ${readableDate(closesOn)}`
}
