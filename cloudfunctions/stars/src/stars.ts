import { randomBytes, randomInt } from 'node:crypto'
import { findById, findMany, requireBound, type ActionContext, type ActionImplementation } from '@/cloud'
import { checkText } from '@/cloud/moderation'
import { readSettings } from '@/cloud/settings'
import { subtreeFiguresOf } from '@/cloud/survey-figures'
import { findAll, isDuplicateKey } from '@/cloud/survey-store'
import { wholeValues } from '@/cloud/whole-values'
import { starsContract, type CycleView, type StarObjection } from '@/core/contracts/stars.contract'
import { dutyCoverage } from '@/core/member-work/duty-coverage'
import { chinaDate } from '@/core/china-time'
import type { DutyRecordDoc, PledgeDoc, PostAssignmentDoc } from '@/core/member-work/member-work.docs'
import type { OrgDoc } from '@/core/org/org.docs'
import type { BoardDoc } from '@/core/publicity/publicity.docs'
import { AppError } from '@/core/result'
import { starsSettingsOf } from '@/core/settings'
import {
  assignPeers,
  branchScore,
  canFinalise,
  CYCLE_STAGE_LABELS,
  CYCLE_STAGES,
  DEFAULT_POINTS_RUBRIC,
  NEXT_STEP_LABELS,
  outcomeOf,
  peerSummary,
  periodDays,
  periodKey,
  periodLabel,
  publicityEnd,
  stageAllows,
  stageMove,
  starText,
  unknownIds,
  type CycleStage,
  type Rubric,
  type StageAction,
  type StarsSettings,
} from '@/core/stars'
import type { StarCycleDoc, StarDecision, StarEntryDoc, StarEvidence, StarObjectionDoc, StarReviewDoc } from '@/core/stars/stars.docs'
import { objectionAuthorKeyOf, reviewerKeyOf } from './keys'

type Impl<A extends keyof typeof starsContract.actions> = ActionImplementation<typeof starsContract, A>

/** Organisations whose members are rated (a township or county rates no members of its own here). */
const BRANCH_TYPES: ReadonlySet<string> = new Set(['village', 'enterprise', 'branch'])
const CYCLE_LIMIT = 200
const MEMBER_LIMIT = 1000
/** Objections one person may raise in one cycle (answered or not): enough to say what is wrong, too few to flood the committee. */
const OBJECTIONS_PER_AUTHOR = 3
const AUTHOR_KIND_LABELS = { member: '党员', villager: '群众' } as const

/** The county's `stars` settings section over the defaults (docs/settings.md, docs/stars.md). */
async function settingsOf(context: ActionContext): Promise<StarsSettings> {
  return starsSettingsOf((await readSettings(context.db)).stars)
}

function newId(prefix: string, now: Date): string {
  return `${prefix}-${now.getTime().toString(36)}${randomBytes(5).toString('hex')}`
}

function displayName(context: ActionContext): string {
  return context.actor.role === 'villager' ? '' : context.actor.displayName
}

function countyIdOf(org: OrgDoc): string {
  return org.ancestorIds[0] ?? org._id
}

async function rubricFor(context: ActionContext, org: OrgDoc): Promise<{ rubric: Rubric; source: 'county' | 'default' }> {
  const stored = await findById(context.db, 'starRubrics', countyIdOf(org))
  return stored ? { rubric: stored.rubric, source: 'county' } : { rubric: DEFAULT_POINTS_RUBRIC, source: 'default' }
}

async function requireCycle(context: ActionContext, id: string): Promise<StarCycleDoc> {
  const cycle = await findById(context.db, 'starCycles', id)
  if (!cycle) throw new AppError('STARS.CYCLE_NOT_FOUND')
  return cycle
}

async function requireCycleInScope(context: ActionContext, id: string): Promise<StarCycleDoc> {
  const cycle = await requireCycle(context, id)
  context.authorize({ orgId: cycle.orgId, orgAncestorIds: cycle.orgAncestorIds }, `这次评定属于“${cycle.orgName}”，不在您的范围内，您不能查看或参与。`)
  return cycle
}

function requireStage(cycle: StarCycleDoc, action: StageAction): void {
  if (stageAllows(action, cycle.stage)) return
  const messages: Record<StageAction, string> = {
    selfAssess: '自评',
    peerReview: '互评',
    decide: '支委会评定',
    object: '提异议',
    answerObjection: '答复异议',
  }
  const hint = action === 'decide' && cycle.stage === 'publicity' ? '公示期内要改结果，请在答复异议时重新评定。' : ''
  throw new AppError('STARS.WRONG_STAGE', `这次评定现在是“${CYCLE_STAGE_LABELS[cycle.stage]}”阶段，不能${messages[action]}。${hint}`)
}

function entryIndex(cycle: StarCycleDoc, memberId: string): number {
  const index = cycle.entries.findIndex((entry) => entry.memberId === memberId)
  if (index < 0) throw new AppError('STARS.NOT_IN_CYCLE')
  return index
}

function requireKnownIds(rubric: Rubric, ids: readonly string[]): void {
  const unknown = unknownIds(rubric, ids)
  if (unknown.length > 0) throw new AppError('STARS.UNKNOWN_ITEM', `这次评定的标准里没有：${unknown.join('、')}，请刷新后重新选。`)
}

function lastDecision(entry: StarEntryDoc): StarDecision | null {
  return entry.decisions.length === 0 ? null : entry.decisions[entry.decisions.length - 1]
}

function summaryOf(cycle: StarCycleDoc) {
  return {
    id: cycle._id,
    orgId: cycle.orgId,
    orgName: cycle.orgName,
    periodLabel: periodLabel(cycle.period),
    stage: cycle.stage,
    stageLabel: CYCLE_STAGE_LABELS[cycle.stage],
    rubricKind: cycle.rubric.kind,
    rubricName: cycle.rubric.name,
    members: cycle.entries.length,
    publicityEndsAt: cycle.publicityEndsAt,
  }
}

function objectionView(objection: StarObjectionDoc): StarObjection {
  return {
    id: objection._id,
    memberId: objection.memberId,
    memberName: objection.memberName,
    authorKind: objection.authorKind,
    authorKindLabel: AUTHOR_KIND_LABELS[objection.authorKind],
    text: objection.text,
    status: objection.status,
    answer: objection.answer ? { text: objection.answer.text, changed: objection.answer.changed, at: objection.answer.at } : null,
    createdAt: objection.createdAt,
  }
}

async function reviewsOf(context: ActionContext, cycleId: string): Promise<StarReviewDoc[]> {
  return findAll<StarReviewDoc>(context.db, 'starReviews', { cycleId })
}

/** The committee's view. Reviews are summarised per reviewed member: counts, mean, sorted comments; never a reviewer key. */
async function viewOf(context: ActionContext, cycle: StarCycleDoc): Promise<CycleView> {
  const [reviews, objections] = await Promise.all([
    reviewsOf(context, cycle._id),
    findMany(context.db, 'starObjections', { cycleId: cycle._id, status: context.db.command.in(['open', 'answered']) }, { limit: 500, orderBy: { field: 'createdAt', order: 'asc' } }),
  ])
  const next = CYCLE_STAGES[CYCLE_STAGES.indexOf(cycle.stage) + 1] as CycleStage | undefined
  const nextLabel = NEXT_STEP_LABELS[cycle.stage]
  return {
    ...summaryOf(cycle),
    rubric: cycle.rubric,
    nextStep: next && nextLabel ? { to: next, label: nextLabel } : null,
    canManage: context.allows(starsContract.actions.advance, { orgId: cycle.orgId, orgAncestorIds: cycle.orgAncestorIds }),
    entries: cycle.entries.map((entry) => {
      const decision = lastDecision(entry)
      return {
        memberId: entry.memberId,
        memberName: entry.memberName,
        evidence: entry.evidence,
        selfAssessment: entry.selfAssessment ? { ids: entry.selfAssessment.ids, score: entry.selfAssessment.score, stars: entry.selfAssessment.stars, text: entry.selfAssessment.text } : null,
        peers: peerSummary(reviews.filter((review) => review.revieweeId === entry.memberId)),
        outcome: decision ? { ids: decision.ids, score: decision.score, stars: decision.stars, reason: decision.reason, at: decision.at, changedAfterObjection: decision.objectionId !== null } : null,
      }
    }),
    objections: objections.map(objectionView),
    openObjections: objections.filter((objection) => objection.status === 'open').length,
  }
}

function dayAfter(day: string): string {
  const date = new Date(`${day}T00:00:00Z`)
  date.setUTCDate(date.getUTCDate() + 1)
  return date.toISOString().slice(0, 10)
}

/**
 * Each member's evidence for the period, read from the existing collections without changing them:
 * pledges of the year and their verdicts, duties done on time in the period, posts held. Evidence
 * informs the committee; it never turns into points by itself.
 */
async function gatherEvidence(context: ActionContext, cycle: StarCycleDoc): Promise<StarEntryDoc[]> {
  const { db, now } = context
  const _ = db.command
  const { start, end } = periodDays(cycle.period)
  const today = chinaDate(now)
  const asOf = today < dayAfter(end) ? today : dayAfter(end)
  const [pledges, assignments, records] = await Promise.all([
    findAll<PledgeDoc>(db, 'pledges', { orgId: cycle.orgId, year: cycle.period.year, owner: 'member' }),
    findAll<PostAssignmentDoc>(db, 'postAssignments', { orgId: cycle.orgId }),
    findAll<DutyRecordDoc>(db, 'dutyRecords', { orgId: cycle.orgId, doneOn: _.and([_.gte(start), _.lte(end)]) }),
  ])
  const gatheredAt = now.toISOString()
  const counted = new Set(['approved', 'selfAssessed', 'reviewed', 'published'])
  return cycle.entries.map((entry) => {
    const own = pledges.filter((pledge) => pledge.memberId === entry.memberId && counted.has(pledge.status))
    const verdicts = own.map((pledge) => pledge.verdict?.verdict ?? null)
    const duties = { due: 0, doneOnTime: 0, overdue: 0 }
    const posts: string[] = []
    for (const assignment of assignments.filter((candidate) => candidate.memberId === entry.memberId)) {
      if (assignment.status !== 'volunteered') posts.push(assignment.postName)
      if (assignment.status !== 'published') continue
      for (const duty of assignment.duties) {
        const days = records.filter((record) => record.assignmentId === assignment._id && record.dutyId === duty.id).map((record) => record.doneOn)
        const coverage = dutyCoverage(duty, days, asOf, start)
        duties.due += coverage.due
        duties.doneOnTime += coverage.doneOnTime
        duties.overdue += coverage.overdue
      }
    }
    const evidence: StarEvidence = {
      pledges: {
        total: own.length,
        fulfilled: verdicts.filter((verdict) => verdict === 'fulfilled').length,
        partial: verdicts.filter((verdict) => verdict === 'partly').length,
        unfulfilled: verdicts.filter((verdict) => verdict === 'unfulfilled').length,
        titles: own.map((pledge) => pledge.title),
      },
      duties,
      posts,
      gatheredAt,
    }
    return { ...entry, evidence }
  })
}

/** Random numbers the server does not keep, so the pairs cannot be drawn again. */
function secureRandom(): number {
  return randomInt(0, 2 ** 32) / 2 ** 32
}

async function createReviews(context: ActionContext, cycle: StarCycleDoc, wanted: number): Promise<number> {
  const pairs = assignPeers(
    cycle.entries.map((entry) => entry.memberId),
    wanted,
    secureRandom,
  )
  // Stored in a shuffled order too, so the order of documents does not group one reviewer's reviews.
  for (let i = pairs.length - 1; i > 0; i--) {
    const j = randomInt(0, i + 1)
    ;[pairs[i], pairs[j]] = [pairs[j], pairs[i]]
  }
  for (const pair of pairs) {
    const review: StarReviewDoc = {
      _id: newId('sr', context.now),
      cycleId: cycle._id,
      orgId: cycle.orgId,
      reviewerKey: reviewerKeyOf(cycle._id, pair.reviewerId),
      revieweeId: pair.revieweeId,
      status: 'pending',
      stars: null,
      comment: '',
      doneAt: null,
    }
    await context.collection('starReviews').add({ data: review })
  }
  return pairs.length === 0 ? 0 : pairs.length / cycle.entries.length
}

/** The branch's star board for the cycle's year: made and published when publicity starts; its content is built at each read. */
async function publishStarBoard(context: ActionContext, cycle: StarCycleDoc): Promise<void> {
  const year = cycle.period.year
  const id = `board-stars-${cycle.orgId.replace(/^org-/, '')}-${year}`
  const at = context.now.toISOString()
  const existing = await findById(context.db, 'boards', id)
  if (existing) {
    if (existing.status !== 'published') await context.collection('boards').doc(id).update({ data: { status: 'published', publishedAt: at, updatedAt: at } })
    return
  }
  const board: BoardDoc = {
    _id: id,
    orgId: cycle.orgId,
    orgAncestorIds: [...cycle.orgAncestorIds],
    kind: 'stars',
    title: `${year}年党员星级公示`,
    blocks: [],
    generated: { year },
    status: 'published',
    pinned: false,
    publishedAt: at,
    check: null,
    createdAt: at,
    updatedAt: at,
    updatedBy: displayName(context),
  }
  try {
    await context.collection('boards').add({ data: board })
  } catch (error) {
    if (!isDuplicateKey(error)) throw error
  }
}

export const getRubric: Impl<'getRubric'> = async ({ orgId }, context) => {
  const org = await context.authorizeOrg(orgId)
  return rubricFor(context, org)
}

export const setRubric: Impl<'setRubric'> = async ({ orgId, rubric }, context) => {
  const org = await context.authorizeOrg(orgId)
  if (org.type !== 'county') throw new AppError('STARS.COUNTY_ONLY')
  const doc = { rubric, updatedAt: context.now.toISOString(), updatedBy: displayName(context) }
  await context.collection('starRubrics').doc(org._id).set({ data: doc })
  return { rubric, source: 'county' }
}

export const open: Impl<'open'> = async ({ orgId, period }, context) => {
  const org = await context.authorizeOrg(orgId)
  if (!BRANCH_TYPES.has(org.type)) throw new AppError('STARS.NOT_A_BRANCH')
  const id = `sc-${org._id.replace(/^org-/, '')}-${periodKey(period)}`
  if (await findById(context.db, 'starCycles', id)) throw new AppError('STARS.CYCLE_EXISTS')
  const members = (await findMany(context.db, 'members', { orgId: org._id, status: 'active' }, { limit: MEMBER_LIMIT })).sort((a, b) => (a._id < b._id ? -1 : 1))
  if (members.length === 0) throw new AppError('STARS.NO_MEMBERS')
  const { rubric } = await rubricFor(context, org)
  const at = context.now.toISOString()
  const cycle: StarCycleDoc = {
    _id: id,
    orgId: org._id,
    orgName: org.name,
    orgAncestorIds: [...org.ancestorIds],
    period,
    periodKey: periodKey(period),
    // A copy: the county may change its rubric later, this cycle keeps the one it opened with.
    rubric: JSON.parse(JSON.stringify(rubric)) as Rubric,
    stage: 'open',
    entries: members.map((member) => ({ memberId: member._id, memberName: member.name, evidence: null, selfAssessment: null, decisions: [] })),
    reviewsPerMember: 0,
    publicityDays: null,
    publicityStartedAt: null,
    publicityEndsAt: null,
    finalisedAt: null,
    history: [{ stage: 'open', at, by: displayName(context) }],
    createdAt: at,
    updatedAt: at,
  }
  try {
    await context.collection('starCycles').add({ data: cycle })
  } catch (error) {
    if (isDuplicateKey(error)) throw new AppError('STARS.CYCLE_EXISTS')
    throw error
  }
  return viewOf(context, cycle)
}

export const list: Impl<'list'> = async ({ orgId }, context) => {
  const org = await context.authorizeOrg(orgId)
  const cycles = await findMany(context.db, 'starCycles', { orgId: org._id }, { limit: CYCLE_LIMIT, orderBy: { field: 'createdAt', order: 'desc' } })
  const canOpen = BRANCH_TYPES.has(org.type) && context.allows(starsContract.actions.open, { orgId: org._id, orgAncestorIds: org.ancestorIds })
  return { cycles: cycles.map(summaryOf), canOpen }
}

export const get: Impl<'get'> = async ({ id }, context) => viewOf(context, await requireCycleInScope(context, id))

export const advance: Impl<'advance'> = async ({ id, to, publicityDays }, context) => {
  const cycle = await requireCycleInScope(context, id)
  const move = stageMove(cycle.stage, to)
  if (!move.ok) throw new AppError(move.code, move.message)
  const at = context.now.toISOString()
  const settings = await settingsOf(context)
  const changes: Partial<StarCycleDoc> = { stage: to, history: [...cycle.history, { stage: to, at, by: displayName(context) }], updatedAt: at }
  if (to === 'evidence') changes.entries = await gatherEvidence(context, cycle)
  if (to === 'peerReview') changes.reviewsPerMember = await createReviews(context, cycle, settings.reviewsPerMember)
  if (to === 'publicity') {
    const undecided = cycle.entries.filter((entry) => entry.decisions.length === 0)
    if (undecided.length > 0) throw new AppError('STARS.UNDECIDED', `还有 ${undecided.length} 名党员没有评定（${undecided.slice(0, 5).map((entry) => entry.memberName).join('、')}${undecided.length > 5 ? '等' : ''}），全部评定后才能公示。`)
    const days = publicityDays ?? settings.publicityDays
    changes.publicityDays = days
    changes.publicityStartedAt = at
    changes.publicityEndsAt = publicityEnd(context.now, days)
  }
  if (to === 'final') {
    const open = await findMany(context.db, 'starObjections', { cycleId: cycle._id, status: 'open' }, { limit: 1 })
    const check = canFinalise({ publicityEndsAt: cycle.publicityEndsAt, openObjections: open.length, now: context.now })
    if (!check.ok) throw new AppError(check.code)
    changes.finalisedAt = at
  }
  // Only the step's own guard decides; the update also requires the stage read above, so two taps cannot both move it.
  const reply = (await context.db
    .collection('starCycles')
    .where({ _id: cycle._id, stage: cycle.stage })
    .update({ data: wholeValues(context.db, changes as Record<string, unknown>) })) as { stats?: { updated?: number } }
  if ((reply.stats?.updated ?? 1) === 0) throw new AppError('STARS.BAD_STEP', '这次评定刚刚被别人推进到了下一步，请刷新后再看。')
  const moved = { ...cycle, ...changes } as StarCycleDoc
  if (to === 'publicity') await publishStarBoard(context, moved)
  return viewOf(context, moved)
}

async function addDecision(context: ActionContext, cycle: StarCycleDoc, memberId: string, ids: string[], reason: string, objectionId: string | null): Promise<StarCycleDoc> {
  const index = entryIndex(cycle, memberId)
  requireKnownIds(cycle.rubric, ids)
  const outcome = outcomeOf(cycle.rubric, ids)
  const decision: StarDecision = { ids: [...new Set(ids)], score: outcome.score, stars: outcome.stars, reason, by: displayName(context), at: context.now.toISOString(), objectionId }
  const decisions = [...cycle.entries[index].decisions, decision]
  await context.collection('starCycles').doc(cycle._id).update({ data: { [`entries.${index}.decisions`]: decisions, updatedAt: decision.at } })
  const entries = cycle.entries.map((entry, i) => (i === index ? { ...entry, decisions } : entry))
  return { ...cycle, entries }
}

export const decide: Impl<'decide'> = async ({ id, memberId, ids, reason }, context) => {
  const cycle = await requireCycleInScope(context, id)
  requireStage(cycle, 'decide')
  return viewOf(context, await addDecision(context, cycle, memberId, ids, reason, null))
}

/** A member's page: publicised outcomes (with the anonymous peer summary), and their own to-dos when it is them. */
async function starsOf(context: ActionContext, memberId: string, memberName: string) {
  const cycles = await findMany(context.db, 'starCycles', { 'entries.memberId': memberId }, { limit: CYCLE_LIMIT, orderBy: { field: 'createdAt', order: 'desc' } })
  const isSelf = context.actor.role !== 'villager' && context.actor.memberId === memberId
  const results = []
  const todo = []
  for (const cycle of cycles) {
    const entry = cycle.entries.find((candidate) => candidate.memberId === memberId)
    if (!entry) continue
    const decision = lastDecision(entry)
    if ((cycle.stage === 'publicity' || cycle.stage === 'final') && decision) {
      const reviews = await findMany(context.db, 'starReviews', { cycleId: cycle._id, revieweeId: memberId }, { limit: 50 })
      results.push({
        cycleId: cycle._id,
        periodLabel: periodLabel(cycle.period),
        stage: cycle.stage,
        stageLabel: CYCLE_STAGE_LABELS[cycle.stage],
        stars: decision.stars,
        score: decision.score,
        reason: decision.reason,
        peers: peerSummary(reviews),
      })
    }
    if (!isSelf) continue
    if (cycle.stage === 'selfAssessment' && !entry.selfAssessment) todo.push({ kind: 'selfAssess' as const, cycleId: cycle._id, periodLabel: periodLabel(cycle.period), rubric: cycle.rubric, evidence: entry.evidence })
    if (cycle.stage === 'peerReview') {
      const mine = await findMany(context.db, 'starReviews', { cycleId: cycle._id, reviewerKey: reviewerKeyOf(cycle._id, memberId), status: 'pending' }, { limit: 20 })
      for (const review of mine) {
        const reviewee = cycle.entries.find((candidate) => candidate.memberId === review.revieweeId)
        todo.push({ kind: 'peerReview' as const, cycleId: cycle._id, periodLabel: periodLabel(cycle.period), revieweeId: review.revieweeId, revieweeName: reviewee?.memberName ?? '' })
      }
    }
  }
  return { memberId, memberName, results, todo }
}

export const memberStars: Impl<'memberStars'> = async ({ memberId }, context) => {
  const { member } = await context.authorizeMember(memberId)
  return starsOf(context, member._id, member.name)
}

function callerMemberId(context: ActionContext): string {
  const actor = requireBound(context.actor)
  if (!actor.memberId) throw new AppError('STARS.NOT_IN_CYCLE', '您的账号没有对应的党员档案，不参加星级评定。')
  return actor.memberId
}

export const selfAssess: Impl<'selfAssess'> = async ({ cycleId, ids, text }, context) => {
  const cycle = await requireCycleInScope(context, cycleId)
  const memberId = callerMemberId(context)
  requireStage(cycle, 'selfAssess')
  const index = entryIndex(cycle, memberId)
  requireKnownIds(cycle.rubric, ids)
  const outcome = outcomeOf(cycle.rubric, ids)
  const selfAssessment = { ids: [...new Set(ids)], score: outcome.score, stars: outcome.stars, text, at: context.now.toISOString() }
  await context.collection('starCycles').doc(cycle._id).update({ data: { [`entries.${index}.selfAssessment`]: context.db.command.set(selfAssessment) } })
  return starsOf(context, memberId, cycle.entries[index].memberName)
}

export const peerReview: Impl<'peerReview'> = async ({ cycleId, revieweeId, stars, comment }, context) => {
  const cycle = await requireCycleInScope(context, cycleId)
  const memberId = callerMemberId(context)
  requireStage(cycle, 'peerReview')
  const [review] = await findMany(context.db, 'starReviews', { cycleId: cycle._id, reviewerKey: reviewerKeyOf(cycle._id, memberId), revieweeId }, { limit: 1 })
  if (!review) throw new AppError('STARS.NOT_ASSIGNED')
  if (comment.length > 0) {
    // The reviewed member reads the comment: checked first.
    const check = await checkText(context, 'answer', review._id, cycle.orgId, comment)
    if (check.result === 'rejected') throw new AppError('CONTENT.REJECTED', `评语没有提交：${check.reason ?? ''}`)
  }
  // Only the day is kept, so the moment of a review does not point to its author.
  await context.collection('starReviews').doc(review._id).update({ data: { status: 'done', stars, comment, doneAt: chinaDate(context.now) } })
  const entry = cycle.entries.find((candidate) => candidate.memberId === memberId)
  return starsOf(context, memberId, entry?.memberName ?? '')
}

function acceptsObjections(cycle: StarCycleDoc, now: Date): boolean {
  return cycle.stage === 'publicity' && cycle.publicityEndsAt !== null && now.toISOString() < cycle.publicityEndsAt
}

export const publicStars: Impl<'publicStars'> = async ({ orgId }, context) => {
  const org = await findById(context.db, 'orgs', orgId)
  if (!org) throw new AppError('ORG.NOT_FOUND')
  const cycles = await findMany(context.db, 'starCycles', { orgId: org._id, stage: context.db.command.in(['publicity', 'final']) }, { limit: CYCLE_LIMIT, orderBy: { field: 'createdAt', order: 'desc' } })
  return {
    orgId: org._id,
    orgName: org.name,
    cycles: cycles.map((cycle) => ({
      cycleId: cycle._id,
      orgId: cycle.orgId,
      orgName: cycle.orgName,
      periodLabel: periodLabel(cycle.period),
      stage: cycle.stage,
      stageLabel: CYCLE_STAGE_LABELS[cycle.stage],
      publicityEndsAt: cycle.publicityEndsAt,
      acceptsObjections: acceptsObjections(cycle, context.now),
      rows: cycle.entries.flatMap((entry) => {
        const decision = lastDecision(entry)
        return decision ? [{ memberId: entry.memberId, memberName: entry.memberName, stars: decision.stars, starText: starText(decision.stars), reason: decision.reason }] : []
      }),
    })),
  }
}

export const object: Impl<'object'> = async ({ cycleId, memberId, text }, context) => {
  const cycle = await requireCycle(context, cycleId)
  if (!acceptsObjections(cycle, context.now)) throw new AppError('STARS.WRONG_STAGE', '现在不在公示期内，不能提异议。')
  const entry = cycle.entries[entryIndex(cycle, memberId)]
  const authorKey = objectionAuthorKeyOf(context.openid)
  const earlier = await findMany(context.db, 'starObjections', { cycleId: cycle._id, authorKey }, { limit: OBJECTIONS_PER_AUTHOR })
  if (earlier.length >= OBJECTIONS_PER_AUTHOR) throw new AppError('STARS.TOO_MANY_OBJECTIONS')
  const id = newId('so', context.now)
  const check = await checkText(context, 'starObjection', id, cycle.orgId, text)
  const actor = context.actor
  const objection: StarObjectionDoc = {
    _id: id,
    cycleId: cycle._id,
    orgId: cycle.orgId,
    orgAncestorIds: [...cycle.orgAncestorIds],
    memberId: entry.memberId,
    memberName: entry.memberName,
    authorKey,
    authorKind: actor.role !== 'villager' && actor.orgId === cycle.orgId ? 'member' : 'villager',
    text,
    status: check.result === 'passed' ? 'open' : 'rejected',
    check: { result: check.result, reason: check.reason },
    answer: null,
    createdAt: context.now.toISOString(),
  }
  await context.collection('starObjections').add({ data: objection })
  return { objection: objectionView(objection), rejectedReason: objection.status === 'rejected' ? check.reason : null }
}

export const myObjections: Impl<'myObjections'> = async (_input, context) => {
  const objections = await findMany(context.db, 'starObjections', { authorKey: objectionAuthorKeyOf(context.openid) }, { limit: 100, orderBy: { field: 'createdAt', order: 'desc' } })
  const cycleIds = [...new Set(objections.map((objection) => objection.cycleId))]
  const cycles = cycleIds.length === 0 ? [] : await findMany(context.db, 'starCycles', { _id: context.db.command.in(cycleIds) }, { limit: cycleIds.length })
  const byId = new Map(cycles.map((cycle) => [cycle._id, cycle]))
  return {
    objections: objections.map((objection) => {
      const cycle = byId.get(objection.cycleId)
      return { ...objectionView(objection), orgName: cycle?.orgName ?? '', periodLabel: cycle ? periodLabel(cycle.period) : '' }
    }),
  }
}

export const answerObjection: Impl<'answerObjection'> = async ({ objectionId, text, decision }, context) => {
  const objection = await findById(context.db, 'starObjections', objectionId)
  // A refused objection is its author's alone: to the committee it does not exist.
  if (!objection || objection.status === 'rejected') throw new AppError('STARS.OBJECTION_NOT_FOUND')
  let cycle = await requireCycleInScope(context, objection.cycleId)
  requireStage(cycle, 'answerObjection')
  if (objection.status === 'answered') throw new AppError('STARS.OBJECTION_ANSWERED')
  const check = await checkText(context, 'answer', objection._id, objection.orgId, text)
  if (check.result === 'rejected') throw new AppError('CONTENT.REJECTED', `答复没有发出：${check.reason ?? ''}`)
  if (decision) {
    requireKnownIds(cycle.rubric, decision.ids)
    cycle = await addDecision(context, cycle, objection.memberId, decision.ids, decision.reason, objection._id)
  }
  const answer = { text, changed: decision !== undefined, by: displayName(context), at: context.now.toISOString() }
  await context.collection('starObjections').doc(objection._id).update({ data: wholeValues(context.db, { status: 'answered', answer }) })
  return viewOf(context, cycle)
}

type OrgRow = Pick<OrgDoc, '_id' | 'name' | 'type' | 'parentId' | 'ancestorIds'>
/** The latest visible satisfaction rate of each organisation under `root`: the figures of the organiser's survey table. */
async function satisfactionRates(context: ActionContext, root: OrgDoc): Promise<Map<string, number | null>> {
  const figures = await subtreeFiguresOf(context.db, context.now, root)
  const rates = new Map<string, number | null>()
  for (const row of figures.organisations) {
    const visible = [row.latest, row.previous].find((figure) => figure?.visible && figure.overall?.rate !== null && figure.overall?.rate !== undefined)
    rates.set(row.org.id, visible?.overall?.rate ?? null)
  }
  return rates
}

function periodOrder(cycle: StarCycleDoc): number {
  return cycle.period.year * 10 + (cycle.period.quarter ?? 5)
}

export const contest: Impl<'contest'> = async ({ rootOrgId, year }, context) => {
  const root = await context.authorizeOrg(rootOrgId)
  const settings = await settingsOf(context)
  const below = await findAll<OrgRow>(context.db, 'orgs', { ancestorIds: root._id }, { _id: true, name: true, type: true, parentId: true, ancestorIds: true })
  const all: OrgRow[] = [root, ...below]
  const branches = all.filter((org) => BRANCH_TYPES.has(org.type))
  const names = new Map(all.map((org) => [org._id, org.name]))
  const [own, under, rates] = await Promise.all([
    findMany(context.db, 'starCycles', { orgId: root._id, stage: 'final' }, { limit: CYCLE_LIMIT }),
    findAll<StarCycleDoc>(context.db, 'starCycles', { orgAncestorIds: root._id, stage: 'final' }),
    satisfactionRates(context, root),
  ])
  const latest = new Map<string, StarCycleDoc>()
  for (const cycle of [...own, ...under]) {
    if (year !== undefined && cycle.period.year !== year) continue
    const current = latest.get(cycle.orgId)
    if (!current || periodOrder(cycle) > periodOrder(current)) latest.set(cycle.orgId, cycle)
  }
  const rows = branches.map((org) => {
    const cycle = latest.get(org._id) ?? null
    const stars = cycle ? cycle.entries.flatMap((entry) => (lastDecision(entry) ? [lastDecision(entry)?.stars ?? 0] : [])) : []
    const score = branchScore(stars, rates.get(org._id) ?? null, settings)
    return {
      orgId: org._id,
      orgName: org.name,
      parentName: (org.parentId && names.get(org.parentId)) || '',
      cycleId: cycle?._id ?? null,
      periodLabel: cycle ? periodLabel(cycle.period) : null,
      rated: score.rated,
      averageStars: score.averageStars,
      satisfaction: score.satisfaction,
      score: score.score,
      stars: score.stars,
      capped: score.capped,
      note: score.note,
    }
  })
  // Branches are compared by score (the township's and county's view); no ranking of individuals here.
  rows.sort((a, b) => (b.score ?? -1) - (a.score ?? -1) || (a.orgName < b.orgName ? -1 : 1))
  return {
    root: { id: root._id, name: root.name },
    settings: { membersWeight: settings.weights.members, satisfactionWeight: settings.weights.satisfaction, capBelowRate: settings.capBelowRate, capStars: settings.capStars },
    rows,
  }
}

