import type { ActionContext, ActionImplementation } from '@/cloud'
import { findById, findMany, requireBound } from '@/cloud'
import { requestMediaChecks } from '@/cloud/media-check'
import { photosVisibleTo } from '@/core/media/media-check'
import { KEPT_PHONE_PATTERN, type AssignmentView, type postsContract } from '@/core/contracts/posts.contract'
import { CADENCE_LABELS, dutyCoverage, sumCoverage } from '@/core/member-work/duty-coverage'
import { chinaDate } from '@/core/china-time'
import type { AreaDoc, DutyDoc, DutyRecordDoc, PostAssignmentDoc } from '@/core/member-work/member-work.docs'
import { ASSIGNMENT_STATUS_LABELS, DEFAULT_POSTS, POST_RATING_LABELS } from '@/core/member-work/posts.catalogue'
import { maskPhone } from '@/core/members/phone'
import { AppError } from '@/core/result'

type Impl<A extends keyof typeof postsContract.actions> = ActionImplementation<typeof postsContract, A>

// A branch holds tens of members, each with a post or two, and a year of records stays under the SDK's 1000 per read.
const ASSIGNMENT_LIMIT = 500
const RECORD_LIMIT = 1000

interface ResolvedPost {
  id: string
  name: string
  description: string
  custom: boolean
  duties: { title: string; cadence: 'weekly' | 'monthly' | 'quarterly' }[]
}

/** Coverage counts from 1 January of the year asked about, so a review speaks of this year's work. */
function yearStart(day: string): string {
  return `${day.slice(0, 4)}-01-01`
}

/** A default post by its id, or a custom post of the member's organisation. */
async function resolvePost(postId: string, orgId: string, context: ActionContext): Promise<ResolvedPost> {
  const builtIn = DEFAULT_POSTS.find((post) => post.id === postId)
  if (builtIn) return { ...builtIn, custom: false, duties: [...builtIn.duties] }
  const custom = await findById(context.db, 'posts', postId)
  if (!custom || custom.orgId !== orgId) throw new AppError('POST.NOT_FOUND')
  return { id: custom._id, name: custom.name, description: custom.description, custom: true, duties: [] }
}

function dutyView(assignment: PostAssignmentDoc, duty: DutyDoc, records: readonly DutyRecordDoc[], asOf: string, from: string): AssignmentView['duties'][number] {
  const days = records.filter((record) => record.assignmentId === assignment._id && record.dutyId === duty.id).map((record) => record.doneOn)
  // Only a published post (明岗) owes anything; before that the duties are shown, not counted.
  const coverage = assignment.status === 'published' ? dutyCoverage(duty, days, asOf, from) : { due: 0, doneOnTime: 0, overdue: 0, overduePeriods: [], current: null, lastDoneOn: null }
  return { id: duty.id, title: duty.title, cadence: duty.cadence, cadenceLabel: CADENCE_LABELS[duty.cadence], since: duty.since, ...coverage }
}

/** The running duties, and those 调整责任区 stopped (their figures stay in the totals). */
function dutyViews(assignment: PostAssignmentDoc, records: readonly DutyRecordDoc[], asOf: string, from: string): { duties: AssignmentView['duties']; endedDuties: AssignmentView['endedDuties'] } {
  return {
    duties: assignment.duties.filter((duty) => !duty.until).map((duty) => dutyView(assignment, duty, records, asOf, from)),
    endedDuties: assignment.duties.flatMap((duty) => (duty.until ? [{ ...dutyView(assignment, duty, records, asOf, from), until: duty.until }] : [])),
  }
}

/** Whole household phones go only to the secretary of the area's own branch, who set the area up and may need to call; everyone else sees them masked. */
function toView(assignment: PostAssignmentDoc, records: readonly DutyRecordDoc[], asOf: string, from: string = yearStart(asOf), revealPhones = false): AssignmentView {
  const { duties, endedDuties } = dutyViews(assignment, records, asOf, from)
  return {
    id: assignment._id,
    orgId: assignment.orgId,
    postId: assignment.postId,
    postName: assignment.postName,
    memberId: assignment.memberId,
    memberName: assignment.memberName,
    status: assignment.status,
    statusLabel: ASSIGNMENT_STATUS_LABELS[assignment.status],
    area: assignment.area && {
      name: assignment.area.name,
      kind: assignment.area.kind,
      households: assignment.area.households.map((household) => ({ name: household.name, addressNote: household.addressNote, phone: household.phone ? (revealPhones ? household.phone : maskPhone(household.phone)) : null })),
      place: assignment.area.place,
    },
    duties,
    endedDuties,
    totals: sumCoverage([...duties, ...endedDuties]),
    adjustments: assignment.adjustments ?? [],
    reviews: assignment.reviews.map((review) => ({ ...review, ratingLabel: POST_RATING_LABELS[review.rating] })),
  }
}

/** A duty record for one viewer: its member sees every photo with its check; staff only photos that passed (docs/media-check.md). */
function recordView(record: DutyRecordDoc, context: ActionContext): { id: string; assignmentId: string; dutyId: string; doneOn: string; note: string; photos: DutyRecordDoc['photos']; place: DutyRecordDoc['place'] } {
  const isAuthor = context.actor.role !== 'villager' && context.actor.memberId === record.memberId
  return { id: record._id, assignmentId: record.assignmentId, dutyId: record.dutyId, doneOn: record.doneOn, note: record.note, photos: photosVisibleTo(record.photos, isAuthor), place: record.place }
}

/** Loads an assignment and checks it is within the caller's scope (`self`: the member's own post). */
async function loadAssignment(id: string, context: ActionContext): Promise<PostAssignmentDoc> {
  const assignment = await findById(context.db, 'postAssignments', id)
  if (!assignment) throw new AppError('POST.ASSIGNMENT_NOT_FOUND')
  const refusal = context.actor.role === 'member' ? '这是其他党员的岗位，您只能查看自己的。' : `这个岗位属于另一个党组织（${assignment.memberName}），不在您的管理范围内。`
  context.authorize({ orgId: assignment.orgId, orgAncestorIds: assignment.orgAncestorIds, memberId: assignment.memberId }, refusal)
  return assignment
}

async function recordsOf(condition: Record<string, unknown>, context: ActionContext): Promise<DutyRecordDoc[]> {
  return findMany(context.db, 'dutyRecords', condition, { limit: RECORD_LIMIT, orderBy: { field: 'doneOn', order: 'desc' } })
}

export const catalogue: Impl<'catalogue'> = async ({ orgId }, context) => {
  const org = await context.authorizeOrg(orgId)
  const custom = await findMany(context.db, 'posts', { orgId: org._id }, { limit: 100, orderBy: { field: 'createdAt', order: 'asc' } })
  return {
    posts: [
      ...DEFAULT_POSTS.map((post) => ({ id: post.id, name: post.name, description: post.description, custom: false, duties: [...post.duties] })),
      ...custom.map((post) => ({ id: post._id, name: post.name, description: post.description, custom: true, duties: [] })),
    ],
  }
}

export const definePost: Impl<'definePost'> = async ({ orgId, name, description }, context) => {
  const org = await context.authorizeOrg(orgId)
  const existing = await findMany(context.db, 'posts', { orgId: org._id, name }, { limit: 1 })
  if (existing.length > 0 || DEFAULT_POSTS.some((post) => post.name === name)) throw new AppError('POST.NAME_TAKEN')
  const post = { orgId: org._id, orgAncestorIds: org.ancestorIds, name, description, createdAt: context.now.toISOString() }
  const { _id } = (await context.collection('posts').add({ data: post })) as { _id: string }
  return { id: _id, name, description, custom: true, duties: [] }
}

export const volunteer: Impl<'volunteer'> = async ({ memberId, postId }, context) => {
  const { member, org } = await context.authorizeMember(memberId)
  if (member.status !== 'active') throw new AppError('MEMBER.ARCHIVED')
  const post = await resolvePost(postId, org._id, context)
  const held = await findMany(context.db, 'postAssignments', { memberId: member._id, postId: post.id }, { limit: 1 })
  if (held.length > 0) throw new AppError('POST.ALREADY_HELD')
  const assignment: Omit<PostAssignmentDoc, '_id'> = {
    orgId: org._id,
    orgAncestorIds: org.ancestorIds,
    postId: post.id,
    postName: post.name,
    memberId: member._id,
    memberName: member.name,
    status: 'volunteered',
    area: null,
    duties: [],
    reviews: [],
    volunteeredAt: context.now.toISOString(),
    assignedAt: null,
    publishedAt: null,
  }
  const { _id } = (await context.collection('postAssignments').add({ data: assignment })) as { _id: string }
  return toView({ _id, ...assignment }, [], chinaDate(context.now))
}

/** The stored area of 定岗 and 调整责任区: households only for a households area, the place only for a place. */
function areaDoc(area: { name: string; kind: AreaDoc['kind']; households: AreaDoc['households']; place?: string }): AreaDoc {
  return { name: area.name, kind: area.kind, households: area.kind === 'households' ? area.households : [], place: area.kind === 'place' ? (area.place ?? null) : null }
}

export const assign: Impl<'assign'> = async ({ memberId, postId, area, duties, since }, context) => {
  const { member, org } = await context.authorizeMember(memberId)
  if (member.status !== 'active') throw new AppError('MEMBER.ARCHIVED')
  const post = await resolvePost(postId, org._id, context)
  const [held] = await findMany(context.db, 'postAssignments', { memberId: member._id, postId: post.id }, { limit: 1 })
  if (held && held.status !== 'volunteered') throw new AppError('POST.ALREADY_HELD')
  const fields = {
    status: 'assigned' as const,
    area: areaDoc(area),
    duties: duties.map((duty, index) => ({ id: `d${index + 1}`, title: duty.title, cadence: duty.cadence, since })),
    assignedAt: context.now.toISOString(),
  }
  if (held) {
    // Guarded on the status read, so two secretaries assigning at once cannot both win; `set` replaces the null area whole.
    const reply = (await context.collection('postAssignments').where({ _id: held._id, status: 'volunteered' }).update({ data: { ...fields, area: context.db.command.set(fields.area) } })) as { stats: { updated: number } }
    if (reply.stats.updated !== 1) throw new AppError('POST.ALREADY_HELD')
    return toView({ ...held, ...fields }, [], chinaDate(context.now))
  }
  const assignment: Omit<PostAssignmentDoc, '_id'> = { orgId: org._id, orgAncestorIds: org.ancestorIds, postId: post.id, postName: post.name, memberId: member._id, memberName: member.name, reviews: [], volunteeredAt: null, publishedAt: null, ...fields }
  const { _id } = (await context.collection('postAssignments').add({ data: assignment })) as { _id: string }
  return toView({ _id, ...assignment }, [], chinaDate(context.now))
}

export const publish: Impl<'publish'> = async ({ id }, context) => {
  const assignment = await loadAssignment(id, context)
  if (assignment.status === 'volunteered') throw new AppError('POST.NOT_ASSIGNED')
  const records = await recordsOf({ assignmentId: assignment._id }, context)
  if (assignment.status === 'published') return toView(assignment, records, chinaDate(context.now))
  const publishedAt = context.now.toISOString()
  await context.collection('postAssignments').where({ _id: assignment._id, status: 'assigned' }).update({ data: { status: 'published', publishedAt } })
  return toView({ ...assignment, status: 'published', publishedAt }, records, chinaDate(context.now))
}

/** What changed in the area, in words for the history: household names only, never a phone. */
function areaChanges(before: AreaDoc, after: AreaDoc): string[] {
  const changes: string[] = []
  if (before.name !== after.name) changes.push(`责任区名称：${before.name} → ${after.name}`)
  if (before.kind !== after.kind) changes.push(after.kind === 'households' ? '责任区改为联系户' : '责任区改为一个地方')
  if (after.kind === 'place' && before.place !== after.place) changes.push(`地点：${after.place ?? ''}`)
  if (after.kind === 'households') {
    const added = after.households.filter((household) => !before.households.some((old) => old.name === household.name))
    const removed = before.households.filter((old) => !after.households.some((household) => household.name === old.name))
    if (added.length > 0) changes.push(`新增联系户：${added.map((household) => household.name).join('、')}`)
    if (removed.length > 0) changes.push(`不再联系：${removed.map((household) => household.name).join('、')}`)
    for (const household of after.households) {
      const old = before.households.find((candidate) => candidate.name === household.name)
      if (old && old.addressNote !== household.addressNote) changes.push(`${household.name}的住址说明改了`)
      if (old && (old.phone ?? '') !== (household.phone ?? '')) changes.push(`${household.name}的电话改了`)
    }
  }
  return changes
}

/** A phone sent back as it was shown (138****5678) keeps the number stored for the household of that name. */
function resolvePhones(households: readonly { name: string; addressNote: string; phone?: string }[], before: AreaDoc | null): AreaDoc['households'] {
  return households.map((household) => {
    if (!household.phone || !KEPT_PHONE_PATTERN.test(household.phone)) return household
    const stored = before?.households.find((old) => old.name === household.name && old.phone && maskPhone(old.phone) === household.phone)?.phone
    if (!stored) throw new AppError('COMMON.BAD_REQUEST', `${household.name}的电话请写完整的 11 位手机号。`)
    return { ...household, phone: stored }
  })
}

/**
 * 调整责任区: a new area and a new list of duties for an assigned or published post. Before 明岗
 * nothing was owed yet, so the change simply rewrites 定岗. After 明岗 the past stays as it was:
 * a removed duty stops on the day of the change (`until`; what it owed before keeps its records and
 * figures); a duty whose cadence changes stops the same way and a new duty with the new cadence
 * starts that day; a renamed duty keeps its id and records; a new duty starts that day.
 */
export const adjust: Impl<'adjust'> = async ({ id, area, duties }, context) => {
  const actor = requireBound(context.actor)
  const assignment = await loadAssignment(id, context)
  if (assignment.status === 'volunteered' || !assignment.area) throw new AppError('POST.NOT_ASSIGNED', '要先定岗（确定责任区和职责），才能调整责任区。')
  const today = chinaDate(context.now)
  const published = assignment.status === 'published'
  const running = assignment.duties.filter((duty) => !duty.until)
  const stopped: DutyDoc[] = assignment.duties.filter((duty) => duty.until)
  // Before 明岗 a new duty counts from the day 定岗 chose, like the others.
  const startOfNew = published ? today : (running.map((duty) => duty.since).sort()[0] ?? today)
  let next = Math.max(0, ...assignment.duties.map((duty) => Number(duty.id.replace(/^d/, '')) || 0)) + 1
  const newId = (): string => `d${next++}`
  const changes: string[] = []
  const now: DutyDoc[] = []
  for (const duty of duties) {
    const old = duty.id === undefined ? undefined : running.find((candidate) => candidate.id === duty.id)
    if (duty.id !== undefined && !old) throw new AppError('DUTY.NOT_FOUND')
    if (!old) {
      now.push({ id: newId(), title: duty.title, cadence: duty.cadence, since: startOfNew })
      changes.push(`新增职责“${duty.title}”（${CADENCE_LABELS[duty.cadence]}）`)
      continue
    }
    if (old.title !== duty.title) changes.push(`职责“${old.title}”改为“${duty.title}”`)
    if (old.cadence === duty.cadence || !published) {
      now.push({ ...old, title: duty.title, cadence: duty.cadence })
    } else {
      stopped.push({ ...old, until: today })
      now.push({ id: newId(), title: duty.title, cadence: duty.cadence, since: old.since > today ? old.since : today })
    }
    if (old.cadence !== duty.cadence) changes.push(`“${duty.title}”由${CADENCE_LABELS[old.cadence]}改为${CADENCE_LABELS[duty.cadence]}`)
  }
  for (const old of running) {
    if (duties.some((duty) => duty.id === old.id)) continue
    // Before 明岗 a removed duty owed nothing and had no records: it simply goes.
    if (published) stopped.push({ ...old, until: today })
    changes.push(`停止职责“${old.title}”`)
  }
  const newArea = areaDoc({ ...area, households: resolvePhones(area.households, assignment.area) })
  changes.unshift(...areaChanges(assignment.area, newArea))
  const records = await recordsOf({ assignmentId: assignment._id }, context)
  if (changes.length === 0) return toView(assignment, records, today, yearStart(today), revealsPhones(assignment, context))
  const entry = { at: context.now.toISOString(), by: actor.displayName, changes }
  const newDuties = [...stopped, ...now]
  const _ = context.db.command
  // Guarded on the status read, so a change cannot land on a post that moved on meanwhile.
  const reply = (await context.collection('postAssignments').where({ _id: assignment._id, status: assignment.status }).update({ data: { area: _.set(newArea), duties: _.set(newDuties), adjustments: _.push([entry]) } })) as { stats: { updated: number } }
  if (reply.stats.updated !== 1) throw new AppError('POST.ASSIGNMENT_NOT_FOUND')
  const adjusted: PostAssignmentDoc = { ...assignment, area: newArea, duties: newDuties, adjustments: [...(assignment.adjustments ?? []), entry] }
  return toView(adjusted, records, today, yearStart(today), revealsPhones(assignment, context))
}

/** Whole phones only for the secretary of the area's own branch (as in listForOrg). */
function revealsPhones(assignment: PostAssignmentDoc, context: ActionContext): boolean {
  return context.actor.role === 'secretary' && context.actor.orgId === assignment.orgId
}

/** 履岗: only the holder of the area records in it, only once the post is published, never for a day still to come. */
export const recordDuty: Impl<'recordDuty'> = async ({ assignmentId, dutyId, doneOn, note, photos, place }, context) => {
  const actor = requireBound(context.actor)
  const assignment = await loadAssignment(assignmentId, context)
  if (assignment.memberId !== actor.memberId) throw new AppError('DUTY.NOT_YOUR_AREA')
  if (assignment.status !== 'published') throw new AppError('DUTY.NOT_PUBLISHED')
  const duty = assignment.duties.find((candidate) => candidate.id === dutyId)
  if (!duty) throw new AppError('DUTY.NOT_FOUND')
  if (duty.until) throw new AppError('DUTY.NOT_FOUND', `“${duty.title}”已在调整责任区时停止，不用再记；请刷新后记现在的职责。`)
  const today = chinaDate(context.now)
  if (doneOn > today) throw new AppError('DUTY.FUTURE_DATE')
  const record: Omit<DutyRecordDoc, '_id'> = {
    assignmentId: assignment._id,
    dutyId,
    orgId: assignment.orgId,
    orgAncestorIds: assignment.orgAncestorIds,
    memberId: assignment.memberId,
    doneOn,
    note,
    // Unchecked until the content check passes; only the member and the staff see them meanwhile.
    photos: photos.map((fileID) => ({ fileID, check: 'pending' as const })),
    place: place ? { latitude: place.latitude, longitude: place.longitude, ...(place.name ? { name: place.name } : {}) } : null,
    createdAt: context.now.toISOString(),
  }
  const { _id } = (await context.collection('dutyRecords').add({ data: record })) as { _id: string }
  await requestMediaChecks(context, 'duty', _id, record.orgId, photos)
  const records = await recordsOf({ assignmentId: assignment._id }, context)
  return { record: recordView({ _id, ...record }, context), assignment: toView(assignment, records, today) }
}

export const listRecords: Impl<'listRecords'> = async ({ assignmentId }, context) => {
  const assignment = await loadAssignment(assignmentId, context)
  return { records: (await recordsOf({ assignmentId: assignment._id }, context)).map((record) => recordView(record, context)) }
}

export const review: Impl<'review'> = async ({ id, period, rating, comment }, context) => {
  const actor = requireBound(context.actor)
  const assignment = await loadAssignment(id, context)
  if (assignment.status !== 'published') throw new AppError('DUTY.NOT_PUBLISHED', '岗位还没有明岗公示，公示并履岗一段时间后才能评岗。')
  const entry = { period, rating, comment, by: actor.displayName, at: context.now.toISOString() }
  await context.collection('postAssignments').doc(assignment._id).update({ data: { reviews: context.db.command.push([entry]) } })
  const records = await recordsOf({ assignmentId: assignment._id }, context)
  return toView({ ...assignment, reviews: [...assignment.reviews, entry] }, records, chinaDate(context.now))
}

/** Running and stopped duties alike: what a stopped duty owed before 调整责任区 still counts. */
function everyDuty(view: AssignmentView): AssignmentView['duties'] {
  return [...view.duties, ...view.endedDuties]
}

export const myTasks: Impl<'myTasks'> = async ({ memberId }, context) => {
  const { member } = await context.authorizeMember(memberId)
  const asOf = chinaDate(context.now)
  const assignments = await findMany(context.db, 'postAssignments', { memberId: member._id }, { limit: 50 })
  const records = await recordsOf({ memberId: member._id, doneOn: context.db.command.gte(yearStart(asOf)) }, context)
  const views = assignments.map((assignment) => toView(assignment, records, asOf))
  return { asOf, assignments: views, totals: sumCoverage(views.flatMap(everyDuty)) }
}

export const coverage: Impl<'coverage'> = async ({ orgId, from }, context) => {
  const org = await context.authorizeOrg(orgId)
  const asOf = chinaDate(context.now)
  const start = from ?? yearStart(asOf)
  const assignments = await findMany(context.db, 'postAssignments', { orgId: org._id }, { limit: ASSIGNMENT_LIMIT, orderBy: { field: 'memberName', order: 'asc' } })
  const records = await recordsOf({ orgId: org._id, doneOn: context.db.command.gte(start) }, context)
  const views = assignments.map((assignment) => toView(assignment, records, asOf, start))
  const published = views.filter((view) => view.status === 'published')
  const memberIds = [...new Set(published.map((view) => view.memberId))]
  return {
    org: { id: org._id, name: org.name },
    asOf,
    from: start,
    branch: sumCoverage(published.flatMap(everyDuty)),
    members: memberIds.map((memberId) => {
      const own = published.filter((view) => view.memberId === memberId)
      return { memberId, memberName: own[0]?.memberName ?? '', totals: sumCoverage(own.flatMap(everyDuty)) }
    }),
    areas: published.map((view) => ({ assignmentId: view.id, memberName: view.memberName, postName: view.postName, areaName: view.area?.name ?? '', totals: view.totals })),
    overdue: published.flatMap((view) => everyDuty(view).flatMap((duty) => duty.overduePeriods.map((period) => ({ assignmentId: view.id, memberName: view.memberName, areaName: view.area?.name ?? '', dutyTitle: duty.title, period })))),
    waiting: views.filter((view) => view.status !== 'published').map((view) => ({ assignmentId: view.id, memberName: view.memberName, postName: view.postName, statusLabel: view.statusLabel })),
  }
}

/** The staff's list of every post record of a branch (认岗, 定岗, 明岗), for the 设岗定责 screen. */
export const listForOrg: Impl<'listForOrg'> = async ({ orgId }, context) => {
  const org = await context.authorizeOrg(orgId)
  const asOf = chinaDate(context.now)
  const assignments = await findMany(context.db, 'postAssignments', { orgId: org._id }, { limit: ASSIGNMENT_LIMIT, orderBy: { field: 'memberName', order: 'asc' } })
  const records = await recordsOf({ orgId: org._id, doneOn: context.db.command.gte(yearStart(asOf)) }, context)
  const ownSecretary = context.actor.role === 'secretary' && context.actor.orgId === org._id
  return { org: { id: org._id, name: org.name }, assignments: assignments.map((assignment) => toView(assignment, records, asOf, yearStart(asOf), ownSecretary)) }
}

/** 履岗记录: what a member (or one area's holder) recorded, newest first, with the post, area and duty each belongs to. */
export const history: Impl<'history'> = async ({ memberId, assignmentId }, context) => {
  let assignments: PostAssignmentDoc[]
  let records: DutyRecordDoc[]
  let title: string
  if (assignmentId !== undefined) {
    const assignment = await loadAssignment(assignmentId, context)
    assignments = [assignment]
    records = await recordsOf({ assignmentId: assignment._id }, context)
    title = `${assignment.area?.name ?? assignment.postName}（${assignment.memberName}）`
  } else {
    const { member } = await context.authorizeMember(memberId as string)
    assignments = await findMany(context.db, 'postAssignments', { memberId: member._id }, { limit: 50 })
    records = await recordsOf({ memberId: member._id }, context)
    title = member.name
  }
  const byId = new Map(assignments.map((assignment) => [assignment._id, assignment]))
  return {
    title,
    records: records.flatMap((record) => {
      const assignment = byId.get(record.assignmentId)
      if (!assignment) return []
      const duty = assignment.duties.find((candidate) => candidate.id === record.dutyId)
      return [{ ...recordView(record, context), postName: assignment.postName, areaName: assignment.area?.name ?? '', dutyTitle: duty?.title ?? '', memberName: assignment.memberName }]
    }),
  }
}

/** 明岗公示: the published posts of a branch, readable by anyone; household phones masked, no records or reviews. */
export const board: Impl<'board'> = async ({ orgId }, context) => {
  const org = await findById(context.db, 'orgs', orgId)
  if (!org) throw new AppError('ORG.NOT_FOUND')
  const published = await findMany(context.db, 'postAssignments', { orgId: org._id, status: 'published' }, { limit: ASSIGNMENT_LIMIT, orderBy: { field: 'memberName', order: 'asc' } })
  return {
    org: { id: org._id, name: org.name },
    posts: published.flatMap((assignment) =>
      assignment.area
        ? [
            {
              id: assignment._id,
              postName: assignment.postName,
              memberName: assignment.memberName,
              area: {
                name: assignment.area.name,
                kind: assignment.area.kind,
                households: assignment.area.households.map((household) => ({ name: household.name, addressNote: household.addressNote, phone: household.phone ? maskPhone(household.phone) : null })),
                place: assignment.area.place,
              },
              duties: assignment.duties.filter((duty) => !duty.until).map((duty) => ({ title: duty.title, cadenceLabel: CADENCE_LABELS[duty.cadence] })),
              since: assignment.duties.map((duty) => duty.since).sort()[0] ?? null,
            },
          ]
        : [],
    ),
  }
}
