import type { ActionContext, ActionImplementation } from '@/cloud'
import { countWhere, findMany, readSettings, requireBound } from '@/cloud'
import { readSubtree, subtreeFiguresFrom } from '@/cloud/survey-figures'
import { loadTallies } from '@/cloud/survey-store'
import type { surveyContract } from '@/core/contracts/survey.contract'
import { surveyThresholdsOf } from '@/core/settings'
import { buildOrgDashboard, type SubtreeFigures } from '@/core/survey/survey.figures'

const ROUNDS_SHOWN = 12
const COMMENTS_SHOWN = 50

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

/**
 * The subtree's figures. The reads need only the root's id, so they run alongside the check that
 * the root is within the caller's scope (one round trip less); a refusal answers nothing of them.
 */
export async function subtreeFigures(context: ActionContext, rootOrgId: string | undefined, order: 'rate-asc' | 'rate-desc' | undefined): Promise<SubtreeFigures> {
  const rootId = rootOrgId ?? requireBound(context.actor).orgId
  const [root, reading] = await Promise.all([context.authorizeOrg(rootId), readSubtree(context.db, context.now, rootId)])
  return subtreeFiguresFrom(reading, root, context.now, order)
}

/**
 * The table only, a page of it when asked: each row's round before the latest and its trend's
 * intervals are left out (the drill-down shows them). The rows are sorted and the rollups summed
 * over the whole subtree either way. A later page is the next rows of the current order that the
 * screen does not show yet, so a row that answers moved meanwhile is neither skipped nor repeated.
 */
export const getSubtreeDashboard: ActionImplementation<typeof surveyContract, 'getSubtreeDashboard'> = async ({ rootOrgId, order, shownOrgIds = [], limit }, context) => {
  const figures = await subtreeFigures(context, rootOrgId, order)
  const shown = new Set(shownOrgIds)
  const unshown = shown.size === 0 ? figures.organisations : figures.organisations.filter((row) => !shown.has(row.org.id))
  const page = limit === undefined ? unshown : unshown.slice(0, limit)
  return {
    ...figures,
    organisations: page.map(({ previous: _previous, trend, ...row }) => ({ ...row, trend: trend.map(({ roundId, title, rate }) => ({ roundId, title, rate })) })),
    total: figures.organisations.length,
  }
}
