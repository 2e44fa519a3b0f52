/**
 * Tallies as numbers, pure: which shard an answer lands on, the sum of a round's shards, the
 * increments one answer makes, and the repair that brings tallies back to a recount.
 */
import type { SurveyRoundDoc, SurveyTallyDoc, SurveyTallyMeta } from './survey.docs'
import { CHOICES, emptyCounts, type Choice, type ChoiceCounts } from './survey.types'

/** A round's running figures: how many people answered, and per question how many gave each answer. */
export interface RoundTally {
  respondents: number
  counts: Record<string, ChoiceCounts>
}

export function emptyTally(): RoundTally {
  return { respondents: 0, counts: {} }
}

/** The tally shard document id of a round. */
export function tallyId(roundId: string, shard: number): string {
  return `${roundId}-${shard}`
}

/** The shard an answer counts on, from its (uniformly random) hex id. */
export function shardOf(answerId: string, shards: number): number {
  return Number.parseInt(answerId.slice(0, 8), 16) % shards
}

/** Sums shards (and any other tallies) cell by cell. */
export function sumTallies(tallies: ReadonlyArray<Pick<SurveyTallyDoc, 'respondents' | 'counts'>>): RoundTally {
  const total = emptyTally()
  for (const tally of tallies) {
    total.respondents += tally.respondents ?? 0
    for (const [questionId, counts] of Object.entries(tally.counts ?? {})) {
      const into = (total.counts[questionId] ??= emptyCounts())
      for (const choice of CHOICES) into[choice] += counts?.[choice] ?? 0
    }
  }
  return total
}

/** The counts of one question, zeros when nobody answered it yet. */
export function countsOf(tally: RoundTally, questionId: string): ChoiceCounts {
  return { ...emptyCounts(), ...tally.counts[questionId] }
}

/** What one answer adds: one respondent and one per question under the chosen answer. */
export function tallyOfAnswer(choices: ReadonlyArray<{ q: string; c: Choice }>): RoundTally {
  const tally: RoundTally = { respondents: 1, counts: {} }
  for (const { q, c } of choices) {
    const counts = (tally.counts[q] ??= emptyCounts())
    counts[c] += 1
  }
  return tally
}

/** One cell to correct: `path` under the tally document (`respondents` or `counts.<q>.<choice>`) and by how much. */
export interface TallyCorrection {
  path: string
  delta: number
}

/** The increments that turn `current` into `recount`; empty when they agree. */
export function corrections(current: RoundTally, recount: RoundTally): TallyCorrection[] {
  const out: TallyCorrection[] = []
  if (recount.respondents !== current.respondents) out.push({ path: 'respondents', delta: recount.respondents - current.respondents })
  const questions = new Set([...Object.keys(current.counts), ...Object.keys(recount.counts)])
  for (const questionId of [...questions].sort()) {
    const before = countsOf(current, questionId)
    const after = countsOf(recount, questionId)
    for (const choice of CHOICES) if (after[choice] !== before[choice]) out.push({ path: `counts.${questionId}.${choice}`, delta: after[choice] - before[choice] })
  }
  return out
}

/** Whether two tallies hold the same figures. */
export function sameTally(a: RoundTally, b: RoundTally): boolean {
  return corrections(a, b).length === 0
}

/** Zero counts for every question, as a new round's shards start. */
export function zeroCounts(questionIds: readonly string[]): Record<string, ChoiceCounts> {
  return Object.fromEntries(questionIds.map((id) => [id, emptyCounts()]))
}

/** The round details a tally shard carries for the county view. */
export function tallyMetaOf(round: Pick<SurveyRoundDoc, 'title' | 'opensAt' | 'closesAt' | 'minimumAnswers'>): SurveyTallyMeta {
  return { title: round.title, opensAt: round.opensAt, closesAt: round.closesAt, minimumAnswers: round.minimumAnswers }
}
