/**
 * Satisfaction statistics, pure: rate, Wilson 95 % interval, band, change between rounds, and
 * the hiding rule. Rate = (满意 + 基本满意) / (answers − 不了解) (PRODUCT.md §6).
 */
import { DEFAULT_SURVEY_SETTINGS, type SurveySettings } from './survey.settings'
import { CHOICES, emptyCounts, type Band, type ChoiceCounts } from './survey.types'

/** The 97.5th percentile of the standard normal distribution: a two-sided 95 % interval. */
export const Z_95 = 1.959963984540054

export interface Interval {
  lower: number
  upper: number
}

/**
 * The Wilson score interval (Wilson 1927; Newcombe 1998, method 3) for `successes` out of `n`,
 * without continuity correction. Null when n = 0: no answers, no interval.
 */
export function wilsonInterval(successes: number, n: number, z: number = Z_95): Interval | null {
  if (!Number.isInteger(n) || n < 0 || !Number.isInteger(successes) || successes < 0 || successes > n) {
    throw new RangeError(`wilsonInterval: need integers 0 ≤ successes ≤ n, got ${successes}/${n}`)
  }
  if (n === 0) return null
  const p = successes / n
  const z2 = z * z
  const denominator = 1 + z2 / n
  const centre = (p + z2 / (2 * n)) / denominator
  const halfWidth = (z / denominator) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))
  // Clamp the rounding noise at the ends (0/n and n/n give exactly 0 and 1 in exact arithmetic).
  return { lower: Math.max(0, centre - halfWidth), upper: Math.min(1, centre + halfWidth) }
}

/** One question's (or a pooled) answers, summarised. */
export interface RateSummary {
  /** Everyone who answered, 不了解 included. */
  answers: number
  /** Answers that count: all but 不了解; the n of the rate and of its interval. */
  n: number
  /** 满意 + 基本满意. */
  positive: number
  /** positive / n; null when n = 0 (no answers, or all 不了解). */
  rate: number | null
  interval: Interval | null
  band: Band | null
}

/** Where a rate stands against the thresholds; exact at the edges (85 % is good, 70 % passable). */
export function bandOf(positive: number, n: number, settings: Pick<SurveySettings, 'goodThreshold' | 'passableThreshold'> = DEFAULT_SURVEY_SETTINGS): Band | null {
  if (n === 0) return null
  // Compare in counts, with a tolerance for thresholds such as 0.7 that binary fractions cannot hold exactly.
  const epsilon = 1e-9
  if (positive >= settings.goodThreshold * n - epsilon) return 'good'
  if (positive >= settings.passableThreshold * n - epsilon) return 'passable'
  return 'rectify'
}

export function summarise(counts: ChoiceCounts, settings: Pick<SurveySettings, 'goodThreshold' | 'passableThreshold'> = DEFAULT_SURVEY_SETTINGS): RateSummary {
  for (const choice of CHOICES) {
    const value = counts[choice]
    if (!Number.isInteger(value) || value < 0) throw new RangeError(`summarise: count of ${choice} must be a non-negative integer, got ${value}`)
  }
  const answers = counts.satisfied + counts.fairly + counts.dissatisfied + counts.unknown
  const n = answers - counts.unknown
  const positive = counts.satisfied + counts.fairly
  return {
    answers,
    n,
    positive,
    rate: n === 0 ? null : positive / n,
    interval: wilsonInterval(positive, n),
    band: bandOf(positive, n, settings),
  }
}

/** Sums counts (tally shards, or organisations of a township). */
export function addCounts(...all: readonly ChoiceCounts[]): ChoiceCounts {
  const total = emptyCounts()
  for (const counts of all) for (const choice of CHOICES) total[choice] += counts[choice]
  return total
}

/** Percentage points between two rates (this − previous); null unless both exist. */
export function changeOf(current: number | null, previous: number | null): number | null {
  if (current === null || previous === null) return null
  // Rounded to 1e-9 so 0.8 − 0.7 reads 0.1, not 0.10000000000000009.
  return Math.round((current - previous) * 1e9) / 1e9
}

/** Whether a round's results may be shown: only once it has its minimum number of respondents, to everyone alike. */
export function resultsVisible(respondents: number, minimumAnswers: number): boolean {
  return respondents >= minimumAnswers
}

/** A rate as people read it: “86.4%”; “—” when there is none. */
export function formatRate(rate: number | null, digits = 1): string {
  return rate === null ? '—' : `${(rate * 100).toFixed(digits)}%`
}
