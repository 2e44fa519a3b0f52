import { randomInt } from 'node:crypto'
import type { ActionContext, ActionImplementation } from '@/cloud'
import { findById, findMany, getInTransaction, inTransaction } from '@/cloud'
import { INVITE_CODE_ALPHABET, INVITE_PAGE, type accountsContract, type InviteView } from '@/core/contracts/accounts.contract'
import type { AccountDoc, InviteDoc, MemberDoc } from '@/core/org/org.docs'
import { ROLE_LABELS, type Role } from '@/core/org/org.types'
import { AppError } from '@/core/result'
import { readableDate } from '@/core/china-time'

const DAY_MS = 24 * 60 * 60 * 1000

// Who may hand out (or take back) which role: never more than one's own.
const RANK: Readonly<Record<Role, number>> = { villager: 0, member: 1, secretary: 2, organiser: 3, admin: 4 }

function newCode(): string {
  return Array.from({ length: 8 }, () => INVITE_CODE_ALPHABET[randomInt(INVITE_CODE_ALPHABET.length)]).join('')
}

function inviteStatus(invite: InviteDoc, now: Date): InviteView['status'] {
  return invite.status === 'pending' && invite.expiresAt <= now.toISOString() ? 'expired' : invite.status
}

function toInviteView(invite: InviteDoc, memberName: string, now: Date): InviteView {
  return {
    code: invite._id,
    memberId: invite.memberId,
    memberName,
    orgId: invite.orgId,
    role: invite.role,
    roleLabel: ROLE_LABELS[invite.role],
    status: inviteStatus(invite, now),
    createdAt: invite.createdAt,
    expiresAt: invite.expiresAt,
    qrFileID: invite.qrFileID,
  }
}

function actorRank(context: ActionContext): number {
  return RANK[context.actor.role]
}

/** The mini-program code for an invite, stored in cloud storage; nothing is written to the database if this fails. */
async function storeQrCode(context: ActionContext, code: string): Promise<string> {
  try {
    const image = await context.cloud.openapi.wxacode.getUnlimited({ scene: code, page: INVITE_PAGE, checkPath: false, width: 430 })
    const uploaded = await context.cloud.uploadFile({ cloudPath: `invites/${code}.png`, fileContent: Buffer.from(image.buffer) })
    return uploaded.fileID
  } catch (error) {
    console.error('[accounts.createInvite] 小程序码生成或上传失败', error)
    throw new AppError('INVITE.QR_FAILED')
  }
}

async function temporaryUrl(context: ActionContext, fileID: string): Promise<string> {
  const reply = (await context.cloud.getTempFileURL({ fileList: [fileID] })) as { fileList: { tempFileURL: string }[] }
  return reply.fileList[0]?.tempFileURL ?? ''
}

/** A one-time invite for one member: a code and its mini-program code, valid `validDays`; earlier pending invites for the member stop working. */
export const createInvite: ActionImplementation<typeof accountsContract, 'createInvite'> = async ({ memberId, validDays, role }, context) => {
  const { member, org } = await context.authorizeMember(memberId)
  if (member.status === 'archived') throw new AppError('MEMBER.ARCHIVED')
  if (member.boundOpenid) throw new AppError('MEMBER.ALREADY_BOUND', `${member.name}已经绑定了微信。如果换了手机，请先“解除绑定”，再重新邀请。`)
  if (RANK[role] > actorRank(context)) throw new AppError('INVITE.ROLE_NOT_ALLOWED', `您不能授予“${ROLE_LABELS[role]}”身份，请选择“党员”，或请上级组织办理。`)

  const code = newCode()
  const qrFileID = await storeQrCode(context, code)
  const invite: InviteDoc = {
    _id: code,
    memberId: member._id,
    orgId: org._id,
    role,
    createdBy: context.openid,
    createdByName: context.actor.role === 'villager' ? '' : context.actor.displayName,
    createdAt: context.now.toISOString(),
    expiresAt: new Date(context.now.getTime() + validDays * DAY_MS).toISOString(),
    status: 'pending',
    qrFileID,
  }
  await context.collection('invites').add({ data: invite })
  const _ = context.db.command
  await context.collection('invites').where({ memberId: member._id, status: 'pending', _id: _.neq(code) }).update({ data: { status: 'revoked' } })
  return { ...toInviteView(invite, member.name, context.now), qrUrl: await temporaryUrl(context, qrFileID), path: `${INVITE_PAGE}?scene=${code}` }
}

export const listInvites: ActionImplementation<typeof accountsContract, 'listInvites'> = async ({ orgId }, context) => {
  const org = await context.authorizeOrg(orgId)
  const invites = await findMany(context.db, 'invites', { orgId: org._id }, { limit: 200, orderBy: { field: 'createdAt', order: 'desc' } })
  const memberIds = [...new Set(invites.map((invite) => invite.memberId))]
  const members = memberIds.length > 0 ? await findMany(context.db, 'members', { _id: context.db.command.in(memberIds) }, { limit: memberIds.length }) : []
  const names = new Map(members.map((member) => [member._id, member.name]))
  return { invites: invites.map((invite) => toInviteView(invite, names.get(invite.memberId) ?? '', context.now)) }
}

/**
 * Binds the caller's OPENID to the invite's member, once: the invite, the member and the new
 * account are read and written in one transaction, so two phones racing for one code bind one.
 */
export const bind: ActionImplementation<typeof accountsContract, 'bind'> = async ({ code }, context) => {
  if (context.actor.role !== 'villager') throw new AppError('INVITE.ALREADY_BOUND')
  const now = context.now.toISOString()
  const _ = context.db.command
  const { member, invite } = await inTransaction(context.db, async (transaction) => {
    const invite = await getInTransaction<InviteDoc>(transaction, 'invites', code)
    if (!invite) throw new AppError('INVITE.NOT_FOUND')
    if (invite.status === 'used') throw new AppError('INVITE.USED')
    if (invite.status === 'revoked') throw new AppError('INVITE.REVOKED')
    if (invite.expiresAt <= now) throw new AppError('INVITE.EXPIRED', `邀请码已于 ${readableDate(invite.expiresAt)} 过期，请向支部书记重新要一个。`)
    const member = await getInTransaction<MemberDoc>(transaction, 'members', invite.memberId)
    if (!member) throw new AppError('MEMBER.NOT_FOUND')
    if (member.status === 'archived') throw new AppError('MEMBER.ARCHIVED')
    if (member.boundOpenid) throw new AppError('MEMBER.ALREADY_BOUND')
    if (await getInTransaction<AccountDoc>(transaction, 'accounts', context.openid)) throw new AppError('INVITE.ALREADY_BOUND')

    const account: AccountDoc = { _id: context.openid, role: invite.role, orgId: member.orgId, memberId: member._id, displayName: member.name, boundAt: now }
    await transaction.collection('invites').doc(code).update({ data: { status: 'used', usedAt: now, usedBy: context.openid } })
    await transaction.collection('members').doc(member._id).update({
      data: { boundOpenid: context.openid, history: _.push([{ at: now, kind: 'bound', by: member.name, detail: '用邀请码绑定了微信' }]) },
    })
    await transaction.collection('accounts').add({ data: account })
    return { member, invite }
  })
  const org = await findById(context.db, 'orgs', member.orgId)
  return { role: invite.role, roleLabel: ROLE_LABELS[invite.role], memberName: member.name, org: { id: member.orgId, name: org?.name ?? '' } }
}

/** After a lost phone: the secretary removes the old binding; the member then binds again through a new invite. */
export const resetBinding: ActionImplementation<typeof accountsContract, 'resetBinding'> = async ({ memberId }, context) => {
  const { member } = await context.authorizeMember(memberId)
  const openid = member.boundOpenid
  if (!openid) throw new AppError('MEMBER.NOT_BOUND')
  const _ = context.db.command
  await inTransaction(context.db, async (transaction) => {
    const account = await getInTransaction<AccountDoc>(transaction, 'accounts', openid)
    if (account && RANK[account.role] > actorRank(context)) throw new AppError('AUTH.FORBIDDEN', `${member.name}是${ROLE_LABELS[account.role]}，解除绑定请由上级组织办理。`)
    await transaction.collection('members').doc(member._id).update({
      data: { boundOpenid: _.remove(), history: _.push([{ at: context.now.toISOString(), kind: 'unbound', by: context.actor.role === 'villager' ? '' : context.actor.displayName, detail: '解除了微信绑定（换手机或微信丢失）' }]) },
    })
    if (account) await transaction.collection('accounts').doc(openid).remove()
  })
  return { memberId: member._id, bound: false as const }
}
