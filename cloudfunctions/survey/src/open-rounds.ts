import { randomBytes } from 'node:crypto'
import type { ActionImplementation } from '@/cloud'
import { findMany, readSettings } from '@/cloud'
import type { TransactionScope } from '@/cloud/survey-store'
import { requireBound } from '@/cloud'
import type { surveyContract } from '@/core/contracts/survey.contract'
import type { OrgDoc } from '@/core/org/org.docs'
import { AppError } from '@/core/result'
import type { SurveyRoundDoc, SurveyTallyDoc } from '@/core/survey/survey.docs'
import { buildQuestionnaire } from '@/core/survey/survey.questionnaire'
import { periodOf, pollPath, pollScene } from '@/core/survey/survey.round'
import { chinaDate } from '@/core/china-time'
import { DEFAULT_SURVEY_SETTINGS } from '@/core/survey/survey.settings'
import { tallyId, tallyMetaOf, zeroCounts } from '@/core/survey/survey.tally'
import type { SurveyOrgType } from '@/core/survey/survey.types'

const MAX_DAYS = 92
const MEASURED: ReadonlySet<string> = new Set<SurveyOrgType>(['township', 'village', 'enterprise'])

/** `prefix` + 12 base-36 characters from the system's random source. */
function newId(prefix: string): string {
  const bytes = randomBytes(12)
  return prefix + Array.from(bytes, (byte) => (byte % 36).toString(36)).join('')
}

function names(orgs: readonly { name: string }[]): string {
  const shown = orgs.slice(0, 3).map((org) => `“${org.name}”`).join('、')
  return orgs.length > 3 ? `${shown}等 ${orgs.length} 个组织` : shown
}

/**
 * Opens one round per organisation: a secretary for their own, an organiser for many of their
 * subtree at once (one batch). Everything is checked before anything is written; the rounds and
 * their zeroed tally shards are written in one transaction.
 */
export const openRounds: ActionImplementation<typeof surveyContract, 'openRounds'> = async (input, context) => {
  const { db, now } = context
  const actor = requireBound(context.actor)
  const orgIds = [...new Set(input.orgIds)]

  if (input.opensOn > input.closesOn) throw new AppError('SURVEY.BAD_PERIOD', '结束日期不能早于开始日期，请重新选择。')
  if (input.closesOn < chinaDate(now)) throw new AppError('SURVEY.BAD_PERIOD', '结束日期已经过去了，请选择今天或以后的日期。')
  const period = periodOf(input.opensOn, input.closesOn)
  const days = Math.round((new Date(period.closesAt).getTime() - new Date(period.opensAt).getTime()) / 86_400_000)
  if (days > MAX_DAYS) throw new AppError('SURVEY.BAD_PERIOD', `一轮调查最长 ${MAX_DAYS} 天，现在是 ${days} 天，请缩短。`)

  const found = await findMany(db, 'orgs', { _id: db.command.in(orgIds) }, { limit: 1000 })
  const byId = new Map(found.map((org) => [org._id, org]))
  const missing = orgIds.filter((id) => !byId.has(id))
  if (missing.length > 0) throw new AppError('ORG.NOT_FOUND', `没有找到这些组织：${missing.slice(0, 3).join('、')}，可能已被撤销或合并，请刷新后再选。`)
  const orgs = orgIds.map((id) => byId.get(id) as OrgDoc)
  for (const org of orgs) context.authorize({ orgId: org._id, orgAncestorIds: org.ancestorIds }, `“${org.name}”不在您的管理范围内，不能为它开启调查。`)
  const unmeasured = orgs.filter((org) => !MEASURED.has(org.type))
  if (unmeasured.length > 0) throw new AppError('SURVEY.NOT_MEASURED', `${names(unmeasured)}不开展群众满意度调查：只有乡镇党委、村党组织和非公有制企业党组织开展。`)

  const _ = db.command
  const overlapping = await findMany(db, 'surveyRounds', { orgId: _.in(orgIds), opensAt: _.lt(period.closesAt), closesAt: _.gt(period.opensAt) }, { limit: 1000 })
  if (overlapping.length > 0) {
    const clashing = [...new Set(overlapping.map((round) => round.orgName))].map((name) => ({ name }))
    throw new AppError('SURVEY.OVERLAPPING', `${names(clashing)}在这段时间已经有一轮调查，请换个时间。`)
  }

  // The county's default (docs/settings.md) unless the opener asked for more or fewer.
  const minimumAnswers = input.minimumAnswers ?? (await readSettings(db)).survey.defaultMinAnswers
  const shards = DEFAULT_SURVEY_SETTINGS.tallyShards
  const batchId = newId('b')
  const createdAt = now.toISOString()
  const rounds: SurveyRoundDoc[] = orgs.map((org) => ({
    _id: newId('r'),
    orgId: org._id,
    orgName: org.name,
    orgType: org.type as SurveyOrgType,
    orgPath: [...org.ancestorIds, org._id],
    batchId,
    title: input.title,
    opensAt: period.opensAt,
    closesAt: period.closesAt,
    minimumAnswers,
    questions: buildQuestionnaire(org.type as SurveyOrgType, input.extraQuestions ?? []),
    shards,
    openedBy: { memberId: actor.memberId, displayName: actor.displayName, role: actor.role === 'member' ? 'secretary' : actor.role },
    createdAt,
  }))
  const tallies: SurveyTallyDoc[] = rounds.flatMap((round) =>
    Array.from({ length: shards }, (_unused, shard) => ({
      _id: tallyId(round._id, shard),
      roundId: round._id,
      orgId: round.orgId,
      orgPath: round.orgPath,
      shard,
      respondents: 0,
      counts: zeroCounts(round.questions.map((question) => question.id)),
      meta: tallyMetaOf(round),
    })),
  )
  await db.runTransaction(async (transaction: TransactionScope) => {
    await transaction.collection('surveyRounds').add({ data: rounds })
    await transaction.collection('surveyTallies').add({ data: tallies })
  })

  return {
    batchId,
    rounds: rounds.map((round) => ({ roundId: round._id, orgId: round.orgId, orgName: round.orgName, scene: pollScene(round._id), pollPath: pollPath(round._id) })),
    questions: rounds[0].questions,
  }
}
