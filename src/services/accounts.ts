import Taro from '@tarojs/taro'
import type { ActionOutput } from '@/core/contract'
import type { accountsContract, InviteView } from '@/core/contracts/accounts.contract'
import { callCloud, contractRef, type CallResult } from './cloud'
import { changingHome } from './org'

const accounts = contractRef<typeof accountsContract>('accounts')

export type CreatedInvite = ActionOutput<typeof accountsContract, 'createInvite'>
export type BindResult = ActionOutput<typeof accountsContract, 'bind'>
export type Profile = ActionOutput<typeof accountsContract, 'updateProfile'>

/** A one-time invite (code + mini-program code) for one member; earlier unused invites stop working. */
export function createInvite(memberId: string, validDays = 7): Promise<CallResult<CreatedInvite>> {
  return callCloud(accounts, 'createInvite', { memberId, validDays, role: 'member' })
}

export function listInvites(orgId: string): Promise<CallResult<{ invites: InviteView[] }>> {
  return callCloud(accounts, 'listInvites', { orgId })
}

/** Binds the caller's WeChat to the member the code was made for. */
export function bindWithCode(code: string): Promise<CallResult<BindResult>> {
  return changingHome(callCloud(accounts, 'bind', { code }))
}

export function resetBinding(memberId: string): Promise<CallResult<{ memberId: string; bound: false }>> {
  return callCloud(accounts, 'resetBinding', { memberId })
}

export function updateProfile(profile: { nickname?: string; avatarFileID?: string }): Promise<CallResult<Profile>> {
  return changingHome(callCloud(accounts, 'updateProfile', profile))
}

export type UploadResult = { ok: true; fileID: string } | { ok: false; message: string }

/** Puts the avatar chosen with the chooseAvatar button into cloud storage (weapp only: h5 has no chooseAvatar). */
export async function uploadAvatar(tempFilePath: string): Promise<UploadResult> {
  if (process.env.TARO_ENV !== 'weapp' || !Taro.cloud) return { ok: false, message: '只有在微信小程序里才能更换头像。' }
  const extension = /\.(png|jpe?g|webp)$/i.exec(tempFilePath)?.[1] ?? 'jpg'
  try {
    const uploaded = await Taro.cloud.uploadFile({ cloudPath: `avatars/${Date.now()}-${Math.random().toString(36).slice(2, 8)}.${extension}`, filePath: tempFilePath })
    return { ok: true, fileID: uploaded.fileID }
  } catch {
    return { ok: false, message: '头像上传没有成功，请检查网络后再选一次。' }
  }
}
