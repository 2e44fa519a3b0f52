import { DEFAULT_BANDS, MAX_STARS, starsForScore } from './stars.rubric'
import { DEFAULT_STARS_SETTINGS, type StarsSettings } from './stars.settings'

/**
 * A branch's standing in the contest between branches: its members' final stars and its latest
 * satisfaction rate, weighted (settings), in stars by the same bands as members; a rate under the
 * cap line caps the branch (default: under 60 % → at most ★★).
 */
export interface BranchScore {
  /** Members with a final result in the cycle counted. */
  rated: number
  /** Mean stars of those members, one decimal; null when none is rated. */
  averageStars: number | null
  /** The members' part on 0–100 (mean stars ÷ 5). */
  membersPart: number | null
  /** Satisfaction rate in percent, one decimal; null when no visible round. */
  satisfaction: number | null
  /** Weighted score 0–100, one decimal; null when neither part exists. */
  score: number | null
  stars: number
  /** Stars were lowered by the satisfaction rule. */
  capped: boolean
  /** One Chinese line saying how the stars came about. */
  note: string
}

const round1 = (value: number) => Math.round(value * 10) / 10

/** `memberStars`: each rated member's final stars; `rate`: the latest visible satisfaction rate 0–1, or null. */
export function branchScore(memberStars: readonly number[], rate: number | null, settings: Pick<StarsSettings, 'weights' | 'capBelowRate' | 'capStars'> = DEFAULT_STARS_SETTINGS): BranchScore {
  const rated = memberStars.length
  const averageStars = rated === 0 ? null : round1(memberStars.reduce((a, b) => a + b, 0) / rated)
  const membersPart = averageStars === null ? null : round1((averageStars / MAX_STARS) * 100)
  const satisfaction = rate === null ? null : round1(rate * 100)
  const parts: Array<{ value: number; weight: number }> = []
  if (membersPart !== null) parts.push({ value: membersPart, weight: settings.weights.members })
  if (satisfaction !== null) parts.push({ value: satisfaction, weight: settings.weights.satisfaction })
  const totalWeight = parts.reduce((sum, part) => sum + part.weight, 0)
  const score = parts.length === 0 || totalWeight <= 0 ? null : round1(parts.reduce((sum, part) => sum + part.value * part.weight, 0) / totalWeight)
  const uncapped = score === null ? 0 : starsForScore(score, DEFAULT_BANDS)
  const capped = satisfaction !== null && satisfaction < settings.capBelowRate && uncapped > settings.capStars
  const stars = capped ? settings.capStars : uncapped
  const notes: string[] = []
  if (membersPart === null) notes.push('本支部还没有确定的党员星级')
  if (satisfaction === null) notes.push('没有可用的群众满意度结果')
  if (capped) notes.push(`群众满意度低于 ${settings.capBelowRate}%，最多评 ${settings.capStars} 星`)
  return { rated, averageStars, membersPart, satisfaction, score, stars, capped, note: notes.join('；') }
}
