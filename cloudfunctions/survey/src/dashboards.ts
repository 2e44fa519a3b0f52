import type { ActionContext, ActionImplementation } from '@/cloud'
import { countWhere, findMany, readSettings, requireBound } from '@/cloud'
import { findAll, loadTallies } from '@/cloud/survey-store'
import type { SubtreeDashboard, surveyContract } from '@/core/contracts/survey.contract'
import type { OrgDoc } from '@/core/org/org.docs'
import { surveyThresholdsOf } from '@/core/settings'
import { buildOrgDashboard, buildSubtreeDashboard, type OverallTally, type RoundMeta } from '@/core/survey/survey.figures'
import { OVERALL_QUESTION_ID } from '@/core/survey/survey.questionnaire'
import { emptyCounts, type ChoiceCounts } from '@/core/survey/survey.types'

const ROUNDS_SHOWN = 12
const COMMENTS_SHOWN = 50
// The organiser's table looks back this far: trends of the last rounds, not the whole history.
const LOOK_BACK_DAYS = 2 * 366

/** One organisation: its last rounds with their figures (hidden below the minimum), the trend, and the newest visible round's comments. */
export const getOrgDashboard: ActionImplementation<typeof surveyContract, 'getOrgDashboard'> = async ({ orgId }, context) => {
  const { db, now } = context
  const org = await context.authorizeOrg(orgId ?? requireBound(context.actor).orgId)
  const [rounds, settings] = await Promise.all([findMany(db, 'surveyRounds', { orgId: org._id }, { limit: ROUNDS_SHOWN, orderBy: { field: 'opensAt', order: 'desc' } }), readSettings(db)])
  const tallies = await loadTallies(
    db,
    rounds.map((round) => round._id),
  )
  const dashboard = buildOrgDashboard({ org, rounds, tallies, comments: null, now, settings: surveyThresholdsOf(settings.survey) })
  const newestVisible = dashboard.rounds.find((result) => result.visible)
  if (newestVisible) {
    const roundId = newestVisible.round.id
    const [items, total] = await Promise.all([
      findMany(db, 'surveyComments', { roundId }, { limit: COMMENTS_SHOWN, orderBy: { field: 'submittedOn', order: 'desc' } }),
      countWhere(db, 'surveyComments', { roundId }),
    ])
    dashboard.comments = { roundId, total, items: items.map((comment) => ({ text: comment.text, submittedOn: comment.submittedOn })) }
  }
  return dashboard
}

type OrgRow = Pick<OrgDoc, '_id' | 'name' | 'type' | 'parentId' | 'ancestorIds'>
type TallyRow = { _id: string; respondents: number } & Partial<ChoiceCounts>

/**
 * The figures of a subtree read from tallies: its organisations, its rounds of the last two years
 * (without their questions), and each round's overall counts summed over its shards by one
 * aggregation. The work grows with organisations and rounds, never with answers.
 */
export async function subtreeFigures(context: ActionContext, rootOrgId: string | undefined, order: 'rate-asc' | 'rate-desc' | undefined): Promise<SubtreeDashboard> {
  const { db, now } = context
  const root = await context.authorizeOrg(rootOrgId ?? requireBound(context.actor).orgId)
  const _ = db.command
  const $ = _.aggregate
  const since = new Date(now.getTime() - LOOK_BACK_DAYS * 86_400_000).toISOString()
  const [settings, orgs, rounds, grouped] = await Promise.all([
    readSettings(db),
    findAll<OrgRow>(db, 'orgs', { ancestorIds: root._id }, { _id: true, name: true, type: true, parentId: true, ancestorIds: true }),
    findAll<RoundMeta>(db, 'surveyRounds', { orgPath: root._id, closesAt: _.gt(since) }, { _id: true, orgId: true, orgName: true, batchId: true, title: true, opensAt: true, closesAt: true, minimumAnswers: true }),
    db
      .collection('surveyTallies')
      .aggregate()
      .match({ orgPath: root._id })
      .group({
        _id: '$roundId',
        respondents: $.sum('$respondents'),
        satisfied: $.sum(`$counts.${OVERALL_QUESTION_ID}.satisfied`),
        fairly: $.sum(`$counts.${OVERALL_QUESTION_ID}.fairly`),
        dissatisfied: $.sum(`$counts.${OVERALL_QUESTION_ID}.dissatisfied`),
        unknown: $.sum(`$counts.${OVERALL_QUESTION_ID}.unknown`),
      })
      .limit(100_000)
      .end() as Promise<{ list: TallyRow[] }>,
  ])
  const tallies = new Map<string, OverallTally>(
    grouped.list.map((row) => [
      row._id,
      { respondents: row.respondents ?? 0, overall: { ...emptyCounts(), satisfied: row.satisfied ?? 0, fairly: row.fairly ?? 0, dissatisfied: row.dissatisfied ?? 0, unknown: row.unknown ?? 0 } },
    ]),
  )
  return buildSubtreeDashboard({ root, orgs, rounds, tallies, now, order, settings: surveyThresholdsOf(settings.survey) })
}

export const getSubtreeDashboard: ActionImplementation<typeof surveyContract, 'getSubtreeDashboard'> = ({ rootOrgId, order }, context) => subtreeFigures(context, rootOrgId, order)

