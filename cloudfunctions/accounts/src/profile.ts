import type { ActionImplementation } from '@/cloud'
import { requireBound } from '@/cloud'
import type { accountsContract } from '@/core/contracts/accounts.contract'
import { AppError } from '@/core/result'

// msgSecCheck v2 scene 1 = 资料 (profile text).
const PROFILE_SCENE = 1

/** The caller's avatar (a fileID from the chooseAvatar button) and nickname (the nickname input), checked by the platform's content security first. */
export const updateProfile: ActionImplementation<typeof accountsContract, 'updateProfile'> = async ({ nickname, avatarFileID }, context) => {
  const actor = requireBound(context.actor)
  if (nickname !== undefined) {
    const check = await context.cloud.openapi.security.msgSecCheck({ content: nickname, version: 2, scene: PROFILE_SCENE, openid: context.openid })
    if (check.result?.suggest !== 'pass') throw new AppError('PROFILE.NICKNAME_REJECTED')
  }
  const changes = { ...(nickname !== undefined ? { nickname } : {}), ...(avatarFileID !== undefined ? { avatarFileID } : {}) }
  await context.collection('accounts').doc(actor.openid).update({ data: changes })
  return { nickname: nickname ?? actor.account.nickname ?? null, avatarFileID: avatarFileID ?? actor.account.avatarFileID ?? null }
}
