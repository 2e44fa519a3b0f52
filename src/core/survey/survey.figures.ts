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
import { chinaDate, roundStatus } from './survey.round'
import { DEFAULT_SURVEY_SETTINGS, type SurveySettings } from './survey.settings'
import { addCounts, changeOf, resultsVisible, summarise, type RateSummary } from './survey.stats'
import { countsOf, emptyTally, type RoundTally } from './survey.tally'
import { emptyCounts, ROUND_STATUS_LABELS, type ChoiceCounts } from './survey.types'

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

function trendPoint(round: SubtreeRoundMeta, visible: boolean, overall: RateSummary | null): TrendPoint {
  const rate = visible ? (overall?.rate ?? null) : null
  return {
    roundId: round._id,
    title: round.title,
    closesOn: lastDay(round),
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
    .map((result, index) => trendPoint(input.rounds[results.indexOf(started[index])], result.visible, result.overall))
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

function figureOf(round: SubtreeRoundMeta, tally: OverallTally | undefined, now: Date, settings: Thresholds): RoundFigure {
  const respondents = tally?.respondents ?? 0
  const visible = resultsVisible(respondents, round.minimumAnswers)
  return {
    roundId: round._id,
    title: round.title,
    status: roundStatus(round, now),
    closesOn: lastDay(round),
    respondents,
    minimumAnswers: round.minimumAnswers,
    visible,
    overall: visible ? summarise(tally?.overall ?? emptyCounts(), settings) : null,
  }
}

/** A row as the builder makes it: also the round before the latest, which the table does not show (the contract answer leaves it out) but the star contest reads. */
export type SubtreeFigureRow = SubtreeRow & { previous: RoundFigure | null }
export type SubtreeFigures = Omit<SubtreeDashboard, 'organisations'> & { organisations: SubtreeFigureRow[] }

/**
 * The organiser's view of a subtree: one row per measured organisation (its latest round that
 * has opened, the one before, the trend), sorted by rate; rollups for the root and each township
 * from the latest visible rounds only, so a hidden round cannot be worked out from a total.
 */
export function buildSubtreeDashboard(input: {
  root: Pick<OrgDoc, '_id' | 'name' | 'type' | 'parentId' | 'ancestorIds'>
  /** Every organisation under the root (the root may be included or not). */
  orgs: ReadonlyArray<Pick<OrgDoc, '_id' | 'name' | 'type' | 'parentId' | 'ancestorIds'>>
  rounds: readonly SubtreeRoundMeta[]
  tallies: ReadonlyMap<string, OverallTally>
  now: Date
  order?: 'rate-asc' | 'rate-desc'
  settings?: Thresholds
}): SubtreeFigures {
  const settings = input.settings ?? DEFAULT_SURVEY_SETTINGS
  const all = new Map<string, Pick<OrgDoc, '_id' | 'name' | 'type' | 'parentId' | 'ancestorIds'>>([[input.root._id, input.root]])
  for (const org of input.orgs) all.set(org._id, org)
  const roundsByOrg = new Map<string, SubtreeRoundMeta[]>()
  for (const round of input.rounds) {
    if (roundStatus(round, input.now) === 'upcoming') continue
    const list = roundsByOrg.get(round.orgId) ?? []
    list.push(round)
    roundsByOrg.set(round.orgId, list)
  }
  const rows: SubtreeFigureRow[] = []
  for (const org of all.values()) {
    if (!MEASURED.has(org.type)) continue
    const rounds = (roundsByOrg.get(org._id) ?? []).sort((a, b) => b.opensAt.localeCompare(a.opensAt))
    const figures = rounds.map((round) => figureOf(round, input.tallies.get(round._id), input.now, settings))
    const latest = figures[0] ?? null
    const previous = figures[1] ?? null
    const parent = org.parentId ? all.get(org.parentId) : undefined
    rows.push({
      org: { id: org._id, name: org.name, type: org.type, typeLabel: ORG_TYPE_LABELS[org.type], parentId: org.parentId, parentName: parent?.name ?? '' },
      latest,
      previous,
      change: latest?.visible && previous?.visible ? changeOf(latest.overall?.rate ?? null, previous.overall?.rate ?? null) : null,
      flagged: Boolean(latest?.visible && latest.overall?.band === 'rectify'),
      trend: rounds
        .slice(0, TREND_LENGTH)
        .map((round, index) => trendPoint(round, figures[index].visible, figures[index].overall))
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
    return rateA !== rateB ? direction * (rateA - rateB) : a.org.name.localeCompare(b.org.name, 'zh-Hans-CN')
  })

  const rollupOf = (top: Pick<OrgDoc, '_id' | 'name' | 'type'>): Rollup => {
    const inside = rows.filter((row) => row.org.id === top._id || (all.get(row.org.id)?.ancestorIds ?? []).includes(top._id))
    const reporting = inside.filter((row) => row.latest?.visible)
    const counts = addCounts(...reporting.map((row) => (row.latest ? (input.tallies.get(row.latest.roundId)?.overall ?? emptyCounts()) : emptyCounts())))
    const summary = summarise(counts, settings)
    return {
      org: { id: top._id, name: top.name, type: top.type, typeLabel: ORG_TYPE_LABELS[top.type] },
      organisations: inside.length,
      reporting: reporting.length,
      flagged: inside.filter((row) => row.flagged).length,
      respondents: reporting.reduce((sum, row) => sum + (row.latest?.respondents ?? 0), 0),
      overall: summary.answers === 0 ? null : summary,
    }
  }
  const townships = [...all.values()].filter((org) => org.type === 'township' && org._id !== input.root._id).sort((a, b) => a.name.localeCompare(b.name, 'zh-Hans-CN'))
  return {
    root: { id: input.root._id, name: input.root.name, type: input.root.type, typeLabel: ORG_TYPE_LABELS[input.root.type] },
    settings: { goodThreshold: settings.goodThreshold, passableThreshold: settings.passableThreshold },
    rollups: [rollupOf(input.root), ...townships.map(rollupOf)],
    organisations: rows,
    flaggedCount: rows.filter((row) => row.flagged).length,
  }
}
