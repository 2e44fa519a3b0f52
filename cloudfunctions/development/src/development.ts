import { chinaDate } from '@/core/china-time'
import type { ActionImplementation } from '@/cloud'
import { findMany } from '@/cloud'
import type { developmentContract, DevelopmentView } from '@/core/contracts/development.contract'
import { checkStageChange, currentStage, DEVELOPMENT_STAGE_LABELS, DEVELOPMENT_STAGES, developedInYear, oneYearAfter } from '@/core/development/development.rules'
import type { DevelopmentDoc } from '@/core/org/org.docs'
import { AppError } from '@/core/result'

const RECORD_LIMIT = 1000
// A county has a few hundred villages and enterprises.
const UNIT_LIMIT = 1000

/** The earliest day the next stage may be entered: a year after the activist or probation date where the rules say so. */
function nextStep(record: DevelopmentDoc): DevelopmentView['next'] {
  const current = currentStage(record.stages)
  const nextStage = DEVELOPMENT_STAGES[current ? DEVELOPMENT_STAGES.indexOf(current.stage) + 1 : 0]
  if (!nextStage || !current) return null
  const waitFrom = nextStage === 'candidate' ? record.stages.find((entry) => entry.stage === 'activist') : nextStage === 'full' ? record.stages.find((entry) => entry.stage === 'probationary') : undefined
  return { stage: nextStage, stageLabel: DEVELOPMENT_STAGE_LABELS[nextStage], earliest: waitFrom ? oneYearAfter(waitFrom.date) : current.date }
}

function toView(record: DevelopmentDoc): DevelopmentView {
  const current = currentStage(record.stages) ?? { stage: 'applicant' as const, date: '' }
  return {
    id: record._id,
    orgId: record.orgId,
    name: record.name,
    gender: record.gender,
    birthYear: record.birthYear,
    stage: current.stage,
    stageLabel: DEVELOPMENT_STAGE_LABELS[current.stage],
    stages: record.stages.map((entry) => ({ ...entry, stageLabel: DEVELOPMENT_STAGE_LABELS[entry.stage] })),
    next: nextStep(record),
  }
}

export const list: ActionImplementation<typeof developmentContract, 'list'> = async ({ orgId }, context) => {
  const org = await context.authorizeOrg(orgId)
  const records = await findMany(context.db, 'developments', { orgId: org._id }, { limit: RECORD_LIMIT, orderBy: { field: 'createdAt', order: 'asc' } })
  return { org: { id: org._id, name: org.name }, records: records.map(toView) }
}

export const add: ActionImplementation<typeof developmentContract, 'add'> = async ({ orgId, name, gender, birthYear, appliedAt }, context) => {
  const org = await context.authorizeOrg(orgId)
  const check = checkStageChange([], { stage: 'applicant', date: appliedAt }, chinaDate(context.now))
  if (!check.ok) throw new AppError(check.code, check.message)
  const record: Omit<DevelopmentDoc, '_id'> = { orgId: org._id, name, gender, birthYear, stages: [{ stage: 'applicant', date: appliedAt }], createdAt: context.now.toISOString() }
  const { _id } = (await context.collection('developments').add({ data: record })) as { _id: string }
  return toView({ _id, ...record })
}

/** Moves a record one stage on, if the order, the dates and the minimum periods allow it. */
export const advance: ActionImplementation<typeof developmentContract, 'advance'> = async ({ id, stage, date }, context) => {
  const [record] = await findMany(context.db, 'developments', { _id: id }, { limit: 1 })
  if (!record) throw new AppError('DEVELOPMENT.NOT_FOUND')
  await context.authorizeOrg(record.orgId)
  const check = checkStageChange(record.stages, { stage, date }, chinaDate(context.now))
  if (!check.ok) throw new AppError(check.code, check.message)
  // Guarded on the stage count, so two secretaries advancing at once cannot both append.
  const reply = (await context
    .collection('developments')
    .where({ _id: id, stages: context.db.command.size(record.stages.length) })
    .update({ data: { stages: context.db.command.push([{ stage, date }]) } })) as { stats: { updated: number } }
  if (reply.stats.updated !== 1) throw new AppError('DEVELOPMENT.STAGE_ORDER', '这条记录刚被别人更新过，请刷新后再试。')
  return toView({ ...record, stages: [...record.stages, { stage, date }] })
}

/** Per village and enterprise under an organisation: how many were admitted as 预备党员 in the year; the villages with none are 空白村. */
export const report: ActionImplementation<typeof developmentContract, 'report'> = async ({ orgId, year }, context) => {
  const org = await context.authorizeOrg(orgId)
  const _ = context.db.command
  const units =
    org.type === 'village' || org.type === 'enterprise'
      ? [org]
      : await findMany(context.db, 'orgs', { ancestorIds: org._id, type: _.in(['village', 'enterprise']) }, { limit: UNIT_LIMIT })
  const unitIds = units.map((unit) => unit._id)
  const records = unitIds.length > 0 ? await findMany(context.db, 'developments', { orgId: _.in(unitIds), 'stages.stage': 'probationary' }, { limit: RECORD_LIMIT }) : []
  const developed = new Map<string, number>()
  for (const record of records) if (developedInYear(record.stages, year)) developed.set(record.orgId, (developed.get(record.orgId) ?? 0) + 1)
  const rows = units
    .filter((unit): unit is typeof unit & { type: 'village' | 'enterprise' } => unit.type === 'village' || unit.type === 'enterprise')
    .sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'))
    .map((unit) => ({ orgId: unit._id, name: unit.name, type: unit.type, developed: developed.get(unit._id) ?? 0 }))
  return {
    year,
    org: { id: org._id, name: org.name },
    units: rows,
    blankVillages: rows.filter((row) => row.type === 'village' && row.developed === 0).map(({ orgId: id, name }) => ({ orgId: id, name })),
  }
}
