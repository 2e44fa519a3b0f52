/**
 * The dashboards' figures, pure: from rounds and their tallies (however they were counted) to
 * what the contracts answer. The server counts; this decides what shows, so the secretary's page,
 * the organiser's table, the xlsx export and the raw-answers benchmark agree.
 */
import type { OrgDashboard, RoundFigure, RoundResult, RoundSummary, Rollup, SubtreeDashboard, SubtreeRow, TrendPoint } from '../contracts/survey.contract'
import type { OrgDoc } from '../org/org.docs'
import { ORG_TYPE_LABELS } from '../org/org.types'
import type { SurveyRoundDoc } from './survey.docs'
import { OVERALL_QUESTION_ID } from './survey.questionnaire'
import { roundStatus } from './survey.round'
import { chinaDate } from '../china-time'
import { DEFAULT_SURVEY_SETTINGS, type SurveySettings } from './survey.settings'
import { changeOf, resultsVisible, summarise, type RateSummary } from './survey.stats'
import { countsOf, emptyTally, type RoundTally } from './survey.tally'
import { CHOICES, emptyCounts, ROUND_STATUS_LABELS, type ChoiceCounts, type RoundStatus } from './survey.types'

/** What the figures need of a round; the subtree reads rounds without their questions. */
export type RoundMeta = Pick<SurveyRoundDoc, '_id' | 'orgId' | 'orgName' | 'batchId' | 'title' | 'opensAt' | 'closesAt' | 'minimumAnswers'>

/** What the organiser's table needs of a round (fewer fields to read for a county of hundreds of rounds). */
export type SubtreeRoundMeta = Pick<RoundMeta, '_id' | 'orgId' | 'title' | 'opensAt' | 'closesAt' | 'minimumAnswers'>

/** A round's headline figures: respondents and the overall question's counts. */
export interface OverallTally {
  respondents: number
  overall: ChoiceCounts
}

type Thresholds = Pick<SurveySettings, 'goodThreshold' | 'passableThreshold'>

/** The last day of a round: its close instant is the end of that day. */
function lastDay(round: Pick<RoundMeta, 'closesAt'>): string {
  return chinaDate(new Date(new Date(round.closesAt).getTime() - 1))
}

export function roundSummary(round: RoundMeta, now: Date): RoundSummary {
  const status = roundStatus(round, now)
  return {
    id: round._id,
    orgId: round.orgId,
    orgName: round.orgName,
    batchId: round.batchId,
    title: round.title,
    opensOn: chinaDate(round.opensAt),
    closesOn: lastDay(round),
    status,
    statusLabel: ROUND_STATUS_LABELS[status],
    minimumAnswers: round.minimumAnswers,
  }
}

export function hiddenNote(respondents: number, minimumAnswers: number): string {
  return `满 ${minimumAnswers} 份答卷后显示结果，目前 ${respondents} 份。`
}

function trendPoint(round: Pick<SubtreeRoundMeta, '_id' | 'title'>, closesOn: string, visible: boolean, overall: RateSummary | null): TrendPoint {
  const rate = visible ? (overall?.rate ?? null) : null
  return {
    roundId: round._id,
    title: round.title,
    closesOn,
    rate,
    lower: rate === null ? null : (overall?.interval?.lower ?? null),
    upper: rate === null ? null : (overall?.interval?.upper ?? null),
  }
}

/**
 * One organisation's dashboard. `rounds` newest first (by opening); `tallies` by round id.
 * Results of a round below its minimum show only the count of answers, to everyone.
 */
export function buildOrgDashboard(input: {
  org: Pick<OrgDoc, '_id' | 'name' | 'type'>
  rounds: readonly SurveyRoundDoc[]
  tallies: ReadonlyMap<string, RoundTally>
  comments: OrgDashboard['comments'] | ((roundId: string) => OrgDashboard['comments'])
  now: Date
  settings?: Thresholds
}): OrgDashboard {
  const settings = input.settings ?? DEFAULT_SURVEY_SETTINGS
  const results: RoundResult[] = input.rounds.map((round) => {
    const tally = input.tallies.get(round._id) ?? emptyTally()
    const visible = resultsVisible(tally.respondents, round.minimumAnswers)
    const overall = visible ? summarise(countsOf(tally, OVERALL_QUESTION_ID), settings) : null
    return {
      round: roundSummary(round, input.now),
      respondents: tally.respondents,
      visible,
      hiddenNote: visible ? null : hiddenNote(tally.respondents, round.minimumAnswers),
      overall,
      change: null,
      questions: visible ? round.questions.map((question) => ({ ...question, counts: countsOf(tally, question.id), summary: summarise(countsOf(tally, question.id), settings) })) : null,
    }
  })
  // Change against the next older round whose results show.
  for (let i = 0; i < results.length; i++) {
    const previous = results.slice(i + 1).find((result) => result.visible)
    results[i].change = results[i].visible && previous ? changeOf(results[i].overall?.rate ?? null, previous.overall?.rate ?? null) : null
  }
  const started = results.filter((result) => result.round.status !== 'upcoming')
  const trend = started
    .map((result) => trendPoint(input.rounds[results.indexOf(result)], result.round.closesOn, result.visible, result.overall))
    .reverse()
  const newestVisible = results.find((result) => result.visible)
  const comments = newestVisible ? (typeof input.comments === 'function' ? input.comments(newestVisible.round.id) : input.comments) : null
  return {
    org: { id: input.org._id, name: input.org.name, type: input.org.type, typeLabel: ORG_TYPE_LABELS[input.org.type] },
    settings: { goodThreshold: settings.goodThreshold, passableThreshold: settings.passableThreshold },
    rounds: results,
    trend,
    comments: comments ?? null,
  }
}

const MEASURED = new Set(['township', 'village', 'enterprise'])
const TREND_LENGTH = 6

// One collator for every name comparison: localeCompare with a locale builds one per call, which a county's sort makes thousands of times.
let chineseCollator: Intl.Collator | null = null
function compareNames(a: string, b: string): number {
  chineseCollator ??= new Intl.Collator('zh-Hans-CN')
  return chineseCollator.compare(a, b)
}

/** `compute` remembered by `keyOf`: for values many rounds share. */
function memoised<T, V>(keyOf: (item: T) => string, compute: (item: T) => V): (item: T) => V {
  const known = new Map<string, V>()
  return (item) => {
    const key = keyOf(item)
    let value = known.get(key)
    if (value === undefined) {
      value = compute(item)
      known.set(key, value)
    }
    return value
  }
}

function figureOf(round: SubtreeRoundMeta, status: RoundStatus, closesOn: string, tally: OverallTally | undefined, settings: Thresholds): RoundFigure {
  const respondents = tally?.respondents ?? 0
  const visible = resultsVisible(respondents, round.minimumAnswers)
  return {
    roundId: round._id,
    title: round.title,
    status,
    closesOn,
    respondents,
    minimumAnswers: round.minimumAnswers,
    visible,
    overall: visible ? summarise(tally?.overall ?? emptyCounts(), settings) : null,
  }
}

/** A row as the builder makes it: also the round before the latest, which the table does not show (the contract answer leaves it out) but the star contest reads. */
export type SubtreeFigureRow = SubtreeRow & { previous: RoundFigure | null }
export type SubtreeFigures = Omit<SubtreeDashboard, 'organisations' | 'total'> & { organisations: SubtreeFigureRow[] }

type SubtreeOrg = Pick<OrgDoc, '_id' | 'name' | 'type' | 'parentId' | 'ancestorIds'>

/**
 * The organiser's view of a subtree: one row per measured organisation (its latest round that
 * has opened, the one before, the trend), sorted by rate; rollups for the root and each township
 * from the latest visible rounds only, so a hidden round cannot be worked out from a total.
 * Each round's status and dates are worked out once: a county has hundreds of rounds.
 */
export function buildSubtreeDashboard(input: {
  root: SubtreeOrg
  /** Every organisation under the root (the root may be included or not). */
  orgs: ReadonlyArray<SubtreeOrg>
  rounds: readonly SubtreeRoundMeta[]
  tallies: ReadonlyMap<string, OverallTally>
  now: Date
  order?: 'rate-asc' | 'rate-desc'
  settings?: Thresholds
}): SubtreeFigures {
  const settings = input.settings ?? DEFAULT_SURVEY_SETTINGS
  const all = new Map<string, SubtreeOrg>([[input.root._id, input.root]])
  for (const org of input.orgs) all.set(org._id, org)
  // Rounds opened together share their dates, so each distinct period is parsed once, not once per round.
  const statusOf = memoised((round: SubtreeRoundMeta) => `${round.opensAt}|${round.closesAt}`, (round) => roundStatus(round, input.now))
  const lastDayOf = memoised((round: SubtreeRoundMeta) => round.closesAt, lastDay)
  const roundsByOrg = new Map<string, { round: SubtreeRoundMeta; status: RoundStatus }[]>()
  for (const round of input.rounds) {
    const status = statusOf(round)
    if (status === 'upcoming') continue
    const list = roundsByOrg.get(round.orgId)
    if (list) list.push({ round, status })
    else roundsByOrg.set(round.orgId, [{ round, status }])
  }
  const rows: SubtreeFigureRow[] = []
  for (const org of all.values()) {
    if (!MEASURED.has(org.type)) continue
    // ISO instants order as strings; newest first.
    const rounds = (roundsByOrg.get(org._id) ?? []).sort((a, b) => (a.round.opensAt < b.round.opensAt ? 1 : a.round.opensAt > b.round.opensAt ? -1 : 0))
    const figures = rounds.map(({ round, status }) => figureOf(round, status, lastDayOf(round), input.tallies.get(round._id), settings))
    const latest = figures[0] ?? null
    const previous = figures[1] ?? null
    const parent = org.parentId ? all.get(org.parentId) : undefined
    rows.push({
      org: { id: org._id, name: org.name, type: org.type, typeLabel: ORG_TYPE_LABELS[org.type], parentId: org.parentId, parentName: parent?.name ?? '' },
      latest,
      previous,
      change: latest?.visible && previous?.visible ? changeOf(latest.overall?.rate ?? null, previous.overall?.rate ?? null) : null,
      flagged: Boolean(latest?.visible && latest.overall?.band === 'rectify'),
      trend: figures
        .slice(0, TREND_LENGTH)
        .map((figure, index) => trendPoint(rounds[index].round, figure.closesOn, figure.visible, figure.overall))
        .reverse(),
    })
  }
  const direction = input.order === 'rate-desc' ? -1 : 1
  const rank = (row: SubtreeRow): number => (row.latest === null ? 2 : row.latest.visible && row.latest.overall?.rate !== null ? 0 : 1)
  rows.sort((a, b) => {
    const byRank = rank(a) - rank(b)
    if (byRank !== 0) return byRank
    const rateA = a.latest?.overall?.rate ?? 0
    const rateB = b.latest?.overall?.rate ?? 0
    return rateA !== rateB ? direction * (rateA - rateB) : compareNames(a.org.name, b.org.name)
  })

  // The root and each township, filled in one pass over the rows (a row counts toward itself and each of its ancestors).
  const townships = [...all.values()].filter((org) => org.type === 'township' && org._id !== input.root._id).sort((a, b) => compareNames(a.name, b.name))
  const tops = [input.root, ...townships]
  const sums = new Map(tops.map((top) => [top._id, { organisations: 0, reporting: 0, flagged: 0, respondents: 0, counts: emptyCounts() }]))
  for (const row of rows) {
    for (const id of [row.org.id, ...(all.get(row.org.id)?.ancestorIds ?? [])]) {
      const sum = sums.get(id)
      if (!sum) continue
      sum.organisations += 1
      if (row.flagged) sum.flagged += 1
      if (!row.latest?.visible) continue
      sum.reporting += 1
      sum.respondents += row.latest.respondents
      const overall = input.tallies.get(row.latest.roundId)?.overall
      if (overall) for (const choice of CHOICES) sum.counts[choice] += overall[choice]
    }
  }
  const rollupOf = (top: SubtreeOrg): Rollup => {
    const sum = sums.get(top._id) ?? { organisations: 0, reporting: 0, flagged: 0, respondents: 0, counts: emptyCounts() }
    const summary = summarise(sum.counts, settings)
    return {
      org: { id: top._id, name: top.name, type: top.type, typeLabel: ORG_TYPE_LABELS[top.type] },
      organisations: sum.organisations,
      reporting: sum.reporting,
      flagged: sum.flagged,
      respondents: sum.respondents,
      overall: summary.answers === 0 ? null : summary,
    }
  }
  return {
    root: { id: input.root._id, name: input.root.name, type: input.root.type, typeLabel: ORG_TYPE_LABELS[input.root.type] },
    settings: { goodThreshold: settings.goodThreshold, passableThreshold: settings.passableThreshold },
    rollups: tops.map(rollupOf),
    organisations: rows,
    flaggedCount: rows.filter((row) => row.flagged).length,
  }
}
