import { Text, View } from '@tarojs/components'
import { useCallback } from 'react'
import type { InviteView } from '@/core/contracts/accounts.contract'
import { useCloud } from '@/hooks/use-cloud'
import type { CallResult } from '@/services/cloud'
import { listInvites } from '@/services/accounts'
import { readableDate } from '@/core/china-time'

const STATUS_LABELS: Readonly<Record<InviteView['status'], string>> = {
  pending: '待使用',
  used: '已使用',
  expired: '已过期',
  revoked: '已作废（生成了新的）',
}

/** The code as the invite page shows it: two groups of four, easier to read out over the phone. */
export function groupedCode(code: string): string {
  return `${code.slice(0, 4)} ${code.slice(4)}`
}

/** This member's invites, newest first, out of the organisation's list (the server lists invites per organisation). */
export function invitesOf(invites: readonly InviteView[], memberId: string): InviteView[] {
  return invites.filter((invite) => invite.memberId === memberId).sort((a, b) => b.createdAt.localeCompare(a.createdAt))
}

/** 邀请记录 on a member's record: every code handed out, whether it was used, lapsed or replaced. */
export function MemberInvites({ memberId, orgId }: { memberId: string; orgId: string }) {
  const load = useCallback(async (): Promise<CallResult<InviteView[]>> => {
    const answer = await listInvites(orgId)
    return answer.ok ? { ok: true, data: invitesOf(answer.data.invites, memberId) } : answer
  }, [memberId, orgId])
  const { state } = useCloud<InviteView[]>(load)
  return (
    <View>
      <Text className='section-title'>邀请记录</Text>
      {state.status === 'loading' && <Text className='quiet-note'>正在读取邀请记录……</Text>}
      {state.status === 'failed' && <Text className='quiet-note'>没能读取邀请记录：{state.message}</Text>}
      {state.status === 'ready' && state.data.length === 0 && <Text className='quiet-note'>还没有给这名党员发过邀请码。</Text>}
      {state.status === 'ready' &&
        state.data.map((invite) => (
          <View className='card' key={invite.code}>
            <Text className='card__title'>{`${groupedCode(invite.code)} · ${STATUS_LABELS[invite.status]}`}</Text>
            <Text className='card__text'>
              {readableDate(invite.createdAt)}生成，身份：{invite.roleLabel}，{invite.status === 'pending' ? `有效期到${readableDate(invite.expiresAt)}` : `有效期曾到${readableDate(invite.expiresAt)}`}
            </Text>
          </View>
        ))}
    </View>
  )
}
