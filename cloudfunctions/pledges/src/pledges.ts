import type { ActionContext, ActionImplementation } from '@/cloud'
import { findById, findMany, readSettings, requireBound } from '@/cloud'
import { pledgesContract, type PledgeView } from '@/core/contracts/pledges.contract'
import { requestMediaChecks } from '@/cloud/media-check'
import { photosVisibleTo } from '@/core/media/media-check'
import { chinaDate } from '@/core/china-time'
import type { PhotoRef, PledgeDoc, PledgeHistoryEntry } from '@/core/member-work/member-work.docs'
import {
  BOARD_STATUSES,
  fulfilmentRate,
  MADE_STATUSES,
  PLEDGE_EVENTS,
  PLEDGE_STATUS_LABELS,
  PLEDGE_STATUSES,
  PLEDGE_TRANSITIONS,
  PLEDGE_VERDICT_LABELS,
  pledgeReminderTemplateId,
  pledgeTransition,
  type PledgeEvent,
  type PledgeStatus,
} from '@/core/member-work/pledge.rules'
import { AppError } from '@/core/result'

type Impl<A extends keyof typeof pledgesContract.actions> = ActionImplementation<typeof pledgesContract, A>

// A branch has tens of members with a few pledges each; a county-wide read is never asked for here.
const ORG_PLEDGE_LIMIT = 1000
const MEMBER_LIMIT = 1000

const HISTORY_EVENT: Readonly<Record<PledgeEvent, PledgeHistoryEntry['event']>> = {
  edit: 'edited',
  submit: 'submitted',
  return: 'returned',
  approve: 'approved',
  withdraw: 'withdrawn',
  addProgress: 'edited',
  selfAssess: 'selfAssessed',
  judge: 'judged',
  publish: 'published',
}

/** Whether the caller acts as the pledge's author or its reviewer for `event` (the secretary reviews members', the township reviews the branch's). */
function mayAct(pledge: PledgeDoc, event: PledgeEvent, context: ActionContext): boolean {
  const actor = context.actor
  if (actor.role === 'villager') return false
  const isAuthor = pledge.owner === 'member' ? actor.memberId === pledge.memberId || (actor.role === 'secretary' && actor.orgId === pledge.orgId) : actor.role === 'secretary' && actor.orgId === pledge.orgId
  const isReviewer = (actor.role === 'secretary' && pledge.owner === 'member' && actor.orgId === pledge.orgId) || actor.role === 'organiser' || actor.role === 'admin'
  return PLEDGE_TRANSITIONS[event].by === 'author' ? isAuthor : isReviewer
}

/** Who added the progress photos: the member of a member's pledge, the branch secretary of a branch pledge. */
function isPhotoAuthor(pledge: PledgeDoc, context: ActionContext): boolean {
  const actor = context.actor
  if (actor.role === 'villager') return false
  return pledge.owner === 'member' ? actor.memberId === pledge.memberId : actor.role === 'secretary' && actor.orgId === pledge.orgId
}

function toView(pledge: PledgeDoc, context: ActionContext): PledgeView {
  return {
    id: pledge._id,
    orgId: pledge.orgId,
    owner: pledge.owner,
    memberId: pledge.memberId,
    ownerName: pledge.ownerName,
    year: pledge.year,
    title: pledge.title,
    content: pledge.content,
    status: pledge.status,
    statusLabel: PLEDGE_STATUS_LABELS[pledge.status],
    returnReason: pledge.returnReason,
    // The author sees every photo with its check; anyone else only those that passed.
    progress: pledge.progress.map(({ id, date, text, photos }) => ({ id, date, text, photos: photosVisibleTo(photos, isPhotoAuthor(pledge, context)) })),
    selfAssessment: pledge.selfAssessment?.text ?? null,
    verdict: pledge.verdict?.verdict ?? null,
    verdictLabel: pledge.verdict ? PLEDGE_VERDICT_LABELS[pledge.verdict.verdict] : null,
    verdictComment: pledge.verdict?.comment ?? null,
    history: pledge.history,
    can: PLEDGE_EVENTS.filter((event) => pledgeTransition(pledge.status, event).ok && mayAct(pledge, event, context)),
  }
}

/** Loads a pledge and checks it is within the caller's scope, before anything is written. */
async function loadPledge(id: string, context: ActionContext): Promise<PledgeDoc> {
  const pledge = await findById(context.db, 'pledges', id)
  if (!pledge) throw new AppError('PLEDGE.NOT_FOUND')
  const refusal = context.actor.role === 'member' ? '这是其他党员的承诺，您只能修改自己的。' : `这条承诺属于“${pledge.ownerName}”，不在您的管理范围内。`
  context.authorize({ orgId: pledge.orgId, orgAncestorIds: pledge.orgAncestorIds, memberId: pledge.memberId }, refusal)
  return pledge
}

/**
 * Applies one life-cycle event: the state machine decides, the reviewer of a branch pledge must
 * be the township, and the write is guarded on the state read, so two people acting at once
 * cannot both move it.
 */
type PledgeChanges = Partial<Omit<PledgeDoc, '_id' | 'status' | 'history'>>

async function applyEvent(id: string, event: PledgeEvent, context: ActionContext, changesFor: PledgeChanges | ((pledge: PledgeDoc) => PledgeChanges) = {}, note?: string): Promise<PledgeView> {
  const pledge = await loadPledge(id, context)
  const changes = typeof changesFor === 'function' ? changesFor(pledge) : changesFor
  const actor = requireBound(context.actor)
  if (PLEDGE_TRANSITIONS[event].by === 'reviewer' && pledge.owner === 'branch' && actor.role === 'secretary') throw new AppError('PLEDGE.OWN_BRANCH')
  const step = pledgeTransition(pledge.status, event)
  if (!step.ok) throw new AppError(step.code, step.message)
  const at = context.now.toISOString()
  const entry: PledgeHistoryEntry = { at, event: HISTORY_EVENT[event], by: actor.displayName, ...(note ? { note } : {}) }
  const reply = (await context
    .collection('pledges')
    .where({ _id: pledge._id, status: pledge.status, updatedAt: pledge.updatedAt })
    .update({ data: { ...replacingObjects(changes, context), status: step.to, updatedAt: at, history: context.db.command.push([entry]) } })) as { stats: { updated: number } }
  if (reply.stats.updated !== 1) throw new AppError(PLEDGE_TRANSITIONS[event].refusal, '这条承诺刚被别人处理过，请刷新后再看。')
  return toView({ ...pledge, ...changes, status: step.to, updatedAt: at, history: [...pledge.history, entry] }, context)
}

/** The SDK turns an object in an update into field paths, which cannot go into a null field; `set` replaces it whole. */
function replacingObjects(changes: PledgeChanges, context: ActionContext): Record<string, unknown> {
  return Object.fromEntries(Object.entries(changes).map(([key, value]) => [key, value !== null && typeof value === 'object' && !Array.isArray(value) ? context.db.command.set(value) : value]))
}

/** Photos start unchecked: only the author sees them until the content check passes (docs/member-work.md, "Photos"). */
function photosOf(fileIDs: readonly string[]): PhotoRef[] {
  return fileIDs.map((fileID) => ({ fileID, check: 'pending' }))
}

export const create: Impl<'create'> = async ({ memberId, orgId, year, title, content }, context) => {
  const actor = requireBound(context.actor)
  let owner: Pick<PledgeDoc, 'owner' | 'memberId' | 'ownerName' | 'orgId' | 'orgAncestorIds'>
  if (memberId !== undefined) {
    const { member, org } = await context.authorizeMember(memberId)
    if (member.status !== 'active') throw new AppError('MEMBER.ARCHIVED')
    owner = { owner: 'member', memberId: member._id, ownerName: member.name, orgId: org._id, orgAncestorIds: org.ancestorIds }
  } else {
    const org = await context.authorizeOrg(orgId as string)
    owner = { owner: 'branch', memberId: null, ownerName: org.name, orgId: org._id, orgAncestorIds: org.ancestorIds }
  }
  const at = context.now.toISOString()
  const pledge: Omit<PledgeDoc, '_id'> = {
    ...owner,
    year,
    title,
    content,
    status: 'draft',
    returnReason: null,
    progress: [],
    selfAssessment: null,
    verdict: null,
    history: [{ at, event: 'created', by: actor.displayName }],
    createdAt: at,
    updatedAt: at,
  }
  const { _id } = (await context.collection('pledges').add({ data: pledge })) as { _id: string }
  return toView({ _id, ...pledge }, context)
}

export const edit: Impl<'edit'> = ({ id, title, content }, context) => applyEvent(id, 'edit', context, { ...(title !== undefined ? { title } : {}), ...(content !== undefined ? { content } : {}) })

export const submit: Impl<'submit'> = ({ id }, context) => applyEvent(id, 'submit', context, { returnReason: null })

export const approve: Impl<'approve'> = ({ id }, context) => applyEvent(id, 'approve', context)

export const returnPledge: Impl<'return'> = ({ id, reason }, context) => applyEvent(id, 'return', context, { returnReason: reason }, reason)

/** Takes an approved pledge off the branch's board: the generated 承诺公示 no longer shows it; the author sees why and may resubmit. */
export const withdraw: Impl<'withdraw'> = ({ id, reason }, context) => applyEvent(id, 'withdraw', context, { returnReason: reason }, reason)

export const addProgress: Impl<'addProgress'> = async ({ id, date, text, photos }, context) => {
  if (date > chinaDate(context.now)) throw new AppError('DUTY.FUTURE_DATE')
  const view = await applyEvent(id, 'addProgress', context, (pledge) => ({ progress: [...pledge.progress, { id: `p${pledge.progress.length + 1}`, date, text, photos: photosOf(photos), at: context.now.toISOString() }] }))
  // The pledge is on the public board: each photo goes to security.mediaCheckAsync; the mediaCheck push decides.
  await requestMediaChecks(context, 'pledge', view.id, view.orgId, photos)
  return view
}

export const selfAssess: Impl<'selfAssess'> = ({ id, text }, context) => applyEvent(id, 'selfAssess', context, { selfAssessment: { text, at: context.now.toISOString() } })

export const judge: Impl<'judge'> = ({ id, verdict, comment }, context) => {
  const actor = requireBound(context.actor)
  return applyEvent(id, 'judge', context, { verdict: { verdict, comment, by: actor.displayName, at: context.now.toISOString() } }, PLEDGE_VERDICT_LABELS[verdict])
}

export const publish: Impl<'publish'> = ({ id }, context) => applyEvent(id, 'publish', context)

export const get: Impl<'get'> = async ({ id }, context) => toView(await loadPledge(id, context), context)

export const listForMember: Impl<'listForMember'> = async ({ memberId, year }, context) => {
  const { member } = await context.authorizeMember(memberId)
  const [pledges, settings] = await Promise.all([findMany(context.db, 'pledges', { memberId: member._id, year }, { limit: 100, orderBy: { field: 'createdAt', order: 'asc' } }), readSettings(context.db)])
  return {
    year,
    pledges: pledges.map((pledge) => toView(pledge, context)),
    minimum: settings.pledges.minPerMember,
    made: pledges.filter((pledge) => MADE_STATUSES.includes(pledge.status)).length,
    reminderTemplateId: pledgeReminderTemplateId(process.env),
  }
}

export const listForOrg: Impl<'listForOrg'> = async ({ orgId, year, status }, context) => {
  const org = await context.authorizeOrg(orgId)
  const all = await findMany(context.db, 'pledges', { orgId: org._id, year }, { limit: ORG_PLEDGE_LIMIT, orderBy: { field: 'createdAt', order: 'asc' } })
  const members = await findMany(context.db, 'members', { orgId: org._id, status: 'active' }, { limit: MEMBER_LIMIT })
  const settings = await readSettings(context.db)
  const withPledge = new Set(all.filter((pledge) => pledge.owner === 'member' && MADE_STATUSES.includes(pledge.status)).map((pledge) => pledge.memberId))
  const counts = Object.fromEntries(PLEDGE_STATUSES.map((candidate) => [candidate, all.filter((pledge) => pledge.status === candidate).length])) as Record<PledgeStatus, number>
  const judged = all.flatMap((pledge) => (pledge.verdict ? [pledge.verdict.verdict] : []))
  return {
    org: { id: org._id, name: org.name },
    year,
    pledges: all.filter((pledge) => status === undefined || pledge.status === status).map((pledge) => toView(pledge, context)),
    counts,
    membersWithout: members.filter((member) => !withPledge.has(member._id)).map((member) => ({ memberId: member._id, name: member.name })),
    branchPledges: { made: all.filter((pledge) => pledge.owner === 'branch' && MADE_STATUSES.includes(pledge.status)).length, minimum: settings.pledges.minPerBranch },
    fulfilmentRate: fulfilmentRate(judged),
    canWriteBranchPledge: context.allows(pledgesContract.actions.create, { orgId: org._id, orgAncestorIds: org.ancestorIds }),
  }
}

/** The public board: approved pledges and later, only photos that passed the check, the verdict once published. */
export const board: Impl<'board'> = async ({ orgId, year }, context) => {
  const org = await findById(context.db, 'orgs', orgId)
  if (!org) throw new AppError('ORG.NOT_FOUND')
  const pledges = await findMany(context.db, 'pledges', { orgId: org._id, year, status: context.db.command.in([...BOARD_STATUSES]) }, { limit: ORG_PLEDGE_LIMIT, orderBy: { field: 'createdAt', order: 'asc' } })
  return {
    org: { id: org._id, name: org.name },
    year,
    pledges: pledges.map((pledge) => ({
      id: pledge._id,
      owner: pledge.owner,
      ownerName: pledge.ownerName,
      title: pledge.title,
      content: pledge.content,
      statusLabel: PLEDGE_STATUS_LABELS[pledge.status],
      progress: pledge.progress.map((entry) => ({ date: entry.date, text: entry.text, photos: entry.photos.filter((photo) => photo.check === 'passed').map((photo) => photo.fileID) })),
      verdictLabel: pledge.status === 'published' && pledge.verdict ? PLEDGE_VERDICT_LABELS[pledge.verdict.verdict] : null,
    })),
  }
}
