import fc from 'fast-check'
import { addCounts, bandOf, changeOf, formatRate, resultsVisible, summarise, wilsonInterval, Z_95 } from '@/core/survey/survey.stats'
import { DEFAULT_SURVEY_SETTINGS } from '@/core/survey/survey.settings'
import { emptyCounts, type ChoiceCounts } from '@/core/survey/survey.types'

const counts = (satisfied: number, fairly: number, dissatisfied: number, unknown: number): ChoiceCounts => ({ satisfied, fairly, dissatisfied, unknown })

describe('Wilson 95 % interval', () => {
  // Reference values: R. G. Newcombe, "Two-sided confidence intervals for the single proportion:
  // comparison of seven methods", Statistics in Medicine 17 (1998) 857–872, Table I, method 3
  // (Wilson 1927 score interval without continuity correction).
  it.each([
    [81, 263, 0.2553, 0.3662],
    [15, 148, 0.0624, 0.1605],
    [0, 20, 0.0, 0.1611],
    [1, 29, 0.0061, 0.1718],
  ])('matches Newcombe (1998) Table I for %i/%i to four decimals', (successes, n, lower, upper) => {
    const interval = wilsonInterval(successes, n)
    expect(interval?.lower.toFixed(4)).toBe(lower.toFixed(4))
    expect(interval?.upper.toFixed(4)).toBe(upper.toFixed(4))
  })

  it('uses the two-sided 95 % normal quantile', () => {
    expect(Z_95).toBeCloseTo(1.96, 2)
  })

  it('has no interval without answers', () => {
    expect(wilsonInterval(0, 0)).toBeNull()
  })

  it('reaches exactly 1 when everyone is satisfied, and holds the rate inside it', () => {
    expect(wilsonInterval(29, 29)?.upper).toBe(1)
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000 }), fc.double({ min: 0, max: 1, noNaN: true }), (n, share) => {
        const successes = Math.round(share * n)
        const interval = wilsonInterval(successes, n)
        if (!interval) return false
        const rate = successes / n
        return interval.lower >= 0 && interval.upper <= 1 && interval.lower <= rate + 1e-12 && rate <= interval.upper + 1e-12
      }),
    )
  })

  it('narrows as more people answer at the same rate', () => {
    const small = wilsonInterval(8, 10)
    const large = wilsonInterval(800, 1000)
    expect(small && large && large.upper - large.lower < small.upper - small.lower).toBe(true)
  })

  it('refuses impossible counts', () => {
    expect(() => wilsonInterval(5, 4)).toThrow(RangeError)
    expect(() => wilsonInterval(-1, 4)).toThrow(RangeError)
  })
})

describe('satisfaction rate', () => {
  it('is (满意 + 基本满意) / (answers − 不了解)', () => {
    const summary = summarise(counts(50, 30, 10, 10))
    expect(summary).toMatchObject({ answers: 100, n: 90, positive: 80 })
    expect(summary.rate).toBeCloseTo(80 / 90, 12)
    expect(summary.band).toBe('good')
  })

  it('gives no rate, interval or band when nobody answered', () => {
    expect(summarise(emptyCounts())).toEqual({ answers: 0, n: 0, positive: 0, rate: null, interval: null, band: null })
  })

  it('gives no rate when everyone answered 不了解, but still counts them', () => {
    expect(summarise(counts(0, 0, 0, 12))).toEqual({ answers: 12, n: 0, positive: 0, rate: null, interval: null, band: null })
  })

  it('stays between 0 and 1 and ignores 不了解 for any counts', () => {
    fc.assert(
      fc.property(fc.nat(500), fc.nat(500), fc.nat(500), fc.nat(500), fc.nat(500), (s, f, d, u, moreUnknown) => {
        const a = summarise(counts(s, f, d, u))
        const b = summarise(counts(s, f, d, u + moreUnknown))
        return a.rate === b.rate && (a.rate === null || (a.rate >= 0 && a.rate <= 1)) && a.answers + moreUnknown === b.answers
      }),
    )
  })

  it('refuses negative or fractional counts', () => {
    expect(() => summarise(counts(-1, 0, 0, 0))).toThrow(RangeError)
    expect(() => summarise(counts(1.5, 0, 0, 0))).toThrow(RangeError)
  })
})

describe('bands from settings', () => {
  it('puts 85 % in 好, 70 % in 合格 and 69 % in 需整改 with the default thresholds', () => {
    expect(bandOf(85, 100)).toBe('good')
    expect(bandOf(84, 100)).toBe('passable')
    expect(bandOf(70, 100)).toBe('passable')
    expect(bandOf(7, 10)).toBe('passable')
    expect(bandOf(69, 100)).toBe('rectify')
    expect(bandOf(0, 0)).toBeNull()
  })

  it('follows the thresholds it is given', () => {
    const strict = { ...DEFAULT_SURVEY_SETTINGS, goodThreshold: 0.9, passableThreshold: 0.8 }
    expect(bandOf(85, 100, strict)).toBe('passable')
    expect(bandOf(75, 100, strict)).toBe('rectify')
    expect(summarise(counts(75, 0, 25, 0), strict).band).toBe('rectify')
  })
})

describe('change, hiding and sums', () => {
  it('reports the change against the previous round in points, and none without both rates', () => {
    expect(changeOf(0.8, 0.7)).toBe(0.1)
    expect(changeOf(0.62, 0.75)).toBe(-0.13)
    expect(changeOf(null, 0.7)).toBeNull()
    expect(changeOf(0.7, null)).toBeNull()
  })

  it('hides results below the minimum number of answers, at the minimum shows them', () => {
    expect(resultsVisible(9, 10)).toBe(false)
    expect(resultsVisible(10, 10)).toBe(true)
    expect(resultsVisible(0, DEFAULT_SURVEY_SETTINGS.minimumAnswers)).toBe(false)
  })

  it('adds tally shards cell by cell', () => {
    expect(addCounts(counts(1, 2, 3, 4), counts(10, 20, 30, 40), emptyCounts())).toEqual(counts(11, 22, 33, 44))
  })

  it('formats rates for people', () => {
    expect(formatRate(0.8642)).toBe('86.4%')
    expect(formatRate(null)).toBe('—')
  })
})
