import type { ActionContext, ActionImplementation } from '@/cloud'
import { findById, findMany, inTransaction } from '@/cloud'
import type { membersContract } from '@/core/contracts/members.contract'
import { toMemberView } from '@/core/members/member-view'
import type { CommitteeRole, MemberDoc, MemberHistoryEntry, OrgDoc } from '@/core/org/org.docs'
import { ROLE_LABELS } from '@/core/org/org.types'
import { AppError } from '@/core/result'

// A village branch has tens of members; the county itself a few hundred at most per organisation.
const MEMBER_LIMIT = 1000

/** Seats that one person holds per organisation; a branch may have more than one 副书记. */
const SINGLE_SEATS: readonly CommitteeRole[] = ['书记', '组织委员', '宣传委员', '纪检委员']

function actorName(context: ActionContext): string {
  return context.actor.role === 'villager' ? '' : context.actor.displayName
}

function entry(context: ActionContext, kind: MemberHistoryEntry['kind'], detail: string, extra: Partial<MemberHistoryEntry> = {}): MemberHistoryEntry {
  return { at: context.now.toISOString(), kind, by: actorName(context), detail, ...extra }
}

function isSelf(context: ActionContext, member: MemberDoc): boolean {
  return context.actor.role !== 'villager' && context.actor.memberId === member._id
}

async function assertSeatFree(context: ActionContext, orgId: string, seat: CommitteeRole | null | undefined, exceptMemberId?: string): Promise<void> {
  if (!seat || !SINGLE_SEATS.includes(seat)) return
  const holders = await findMany(context.db, 'members', { orgId, committeeRole: seat, status: 'active' }, { limit: 5 })
  const holder = holders.find((member) => member._id !== exceptMemberId)
  if (holder) throw new AppError('MEMBER.COMMITTEE_ROLE_TAKEN', `本组织的“${seat}”现在是${holder.name}，请先调整${holder.name}的职务。`)
}

function assertActive(member: MemberDoc): void {
  if (member.status === 'archived') throw new AppError('MEMBER.ARCHIVED', `${member.name}的档案已归档，不能再修改。`)
}

export const list: ActionImplementation<typeof membersContract, 'list'> = async ({ orgId, includeArchived }, context) => {
  const org = await context.authorizeOrg(orgId)
  const condition = includeArchived ? { orgId } : { orgId, status: 'active' }
  const members = await findMany(context.db, 'members', condition, { limit: MEMBER_LIMIT, orderBy: { field: '_id', order: 'asc' } })
  return { org: { id: org._id, name: org.name }, members: members.map((member) => toMemberView(member, org.name, { isSelf: isSelf(context, member) })) }
}

export const get: ActionImplementation<typeof membersContract, 'get'> = async ({ id }, context) => {
  const { member, org } = await context.authorizeMember(id)
  return toMemberView(member, org.name, { isSelf: isSelf(context, member) })
}

export const add: ActionImplementation<typeof membersContract, 'add'> = async ({ orgId, ...fields }, context) => {
  const org = await context.authorizeOrg(orgId)
  await assertSeatFree(context, org._id, fields.committeeRole)
  const member: Omit<MemberDoc, '_id'> = {
    orgId: org._id,
    ...fields,
    status: 'active',
    history: [entry(context, 'added', `登记为“${org.name}”党员`)],
  }
  const { _id } = (await context.collection('members').add({ data: member })) as { _id: string }
  return toMemberView({ _id, ...member }, org.name, { isSelf: false })
}

const FIELD_LABELS: Readonly<Record<string, string>> = { name: '姓名', gender: '性别', birthYear: '出生年份', joinedAt: '入党时间', phone: '手机号', duty: '职务', committeeRole: '支委职务' }

export const edit: ActionImplementation<typeof membersContract, 'edit'> = async ({ id, ...changes }, context) => {
  const { member, org } = await context.authorizeMember(id)
  assertActive(member)
  if (changes.committeeRole !== undefined) await assertSeatFree(context, org._id, changes.committeeRole, member._id)
  const _ = context.db.command
  const update: Record<string, unknown> = {}
  const next: MemberDoc = { ...member }
  for (const [key, value] of Object.entries(changes) as [keyof typeof changes, unknown][]) {
    if (value === undefined) continue
    // null clears an optional field.
    update[key] = value === null ? _.remove() : value
    if (value === null) delete (next as unknown as Record<string, unknown>)[key]
    else (next as unknown as Record<string, unknown>)[key] = value
  }
  const changed = Object.keys(update).map((key) => FIELD_LABELS[key] ?? key)
  const record = entry(context, 'edited', `修改了${changed.join('、')}`)
  update.history = _.push([record])
  next.history = [...(member.history ?? []), record]
  await context.collection('members').doc(member._id).update({ data: update })
  return toMemberView(next, org.name, { isSelf: isSelf(context, member) })
}

/** Archives the record and removes its binding, in one transaction, so an archived member can no longer act. */
export const archive: ActionImplementation<typeof membersContract, 'archive'> = async ({ id, reason }, context) => {
  const { member, org } = await context.authorizeMember(id)
  assertActive(member)
  const record = entry(context, 'archived', `档案归档：${reason}`)
  await inTransaction(context.db, async (transaction) => {
    await transaction.collection('members').doc(member._id).update({ data: { status: 'archived', committeeRole: context.db.command.remove(), boundOpenid: context.db.command.remove(), history: context.db.command.push([record]) } })
    if (member.boundOpenid) await transaction.collection('accounts').doc(member.boundOpenid).remove()
  })
  const { committeeRole: _seat, boundOpenid: _bound, ...kept } = member
  return toMemberView({ ...kept, status: 'archived', history: [...(member.history ?? []), record] }, org.name, { isSelf: false })
}

/** 组织关系转接 within the county: the record moves, its history stays and gains the transfer; its committee seat does not travel. */
export const transfer: ActionImplementation<typeof membersContract, 'transfer'> = async ({ id, toOrgId }, context) => {
  const { member, org } = await context.authorizeMember(id)
  assertActive(member)
  const destination = await findById(context.db, 'orgs', toOrgId)
  if (!destination) throw new AppError('ORG.NOT_FOUND')
  if (destination._id === org._id) throw new AppError('MEMBER.SAME_ORG')
  if (countyOf(destination) !== countyOf(org)) throw new AppError('MEMBER.TRANSFER_OUTSIDE')
  const record = entry(context, 'transferred', `组织关系由“${org.name}”转入“${destination.name}”`, { fromOrgId: org._id, toOrgId: destination._id })
  const _ = context.db.command
  await inTransaction(context.db, async (transaction) => {
    await transaction.collection('members').doc(member._id).update({ data: { orgId: destination._id, committeeRole: _.remove(), history: _.push([record]) } })
    // The bound identity follows the member; staff rights stay behind with the organisation.
    if (member.boundOpenid) await transaction.collection('accounts').doc(member.boundOpenid).update({ data: { orgId: destination._id, role: 'member' } })
  })
  const { committeeRole: _seat, ...kept } = member
  return toMemberView({ ...kept, orgId: destination._id, history: [...(member.history ?? []), record] }, destination.name, { isSelf: isSelf(context, member) })
}

function countyOf(org: OrgDoc): string {
  return org.ancestorIds[0] ?? org._id
}

/** Everything stored about the caller: their account and their member record with the full phone; nothing for a villager, because nothing is stored. */
export const getMine: ActionImplementation<typeof membersContract, 'getMine'> = async (_input, context) => {
  const { actor } = context
  if (actor.role === 'villager') return { account: null, member: null }
  const { account } = actor
  const org = await findById(context.db, 'orgs', account.orgId)
  const member = account.memberId ? await findById(context.db, 'members', account.memberId) : null
  const memberOrg = member && member.orgId !== account.orgId ? await findById(context.db, 'orgs', member.orgId) : org
  return {
    account: {
      role: account.role,
      roleLabel: ROLE_LABELS[account.role],
      orgId: account.orgId,
      orgName: org ? org.name : '（组织已撤销，请联系组织委员）',
      displayName: account.displayName,
      nickname: account.nickname ?? null,
      avatarFileID: account.avatarFileID ?? null,
      boundAt: account.boundAt,
    },
    member: member ? toMemberView(member, memberOrg?.name ?? '', { isSelf: true }) : null,
  }
}
