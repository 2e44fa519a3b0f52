import { Text, View } from '@tarojs/components'
import { useCallback } from 'react'
import { Screen } from '@/components/Screen'
import { StarRow } from '@/components/stars'
import { LoadError, LoadingText, Tag } from '@/components/stories-suggestions'
import { resolveOrgId, useCloudFollowing } from '@/hooks/use-members'
import { useRouteParams } from '@/hooks/use-route-params'
import type { CallResult } from '@/services/cloud'
import { getContest, type Contest } from '@/services/stars'

/** 支部星级比较 for a township or the county: each branch's members' stars with its satisfaction rate; branches only, never individuals. */
export default function StarContestPage() {
  const params = useRouteParams()
  const load = useCallback(async (): Promise<CallResult<Contest>> => {
    const orgId = await resolveOrgId(params.orgId)
    return orgId.ok ? getContest(orgId.data) : orgId
  }, [params.orgId])
  const { state, retry } = useCloudFollowing(load)
  return (
    <Screen>
      <Text className='screen__title'>支部星级比较</Text>
      {state.status === 'loading' && <LoadingText what='支部星级' />}
      {state.status === 'failed' && <LoadError message={state.message} onRetry={retry} />}
      {state.status === 'ready' && (
        <View>
          <Text className='screen__lead'>
            {state.data.root.name}：党员星级占 {Math.round(state.data.settings.membersWeight * 100)}%，群众满意度占 {Math.round(state.data.settings.satisfactionWeight * 100)}%；满意度低于 {state.data.settings.capBelowRate}% 的支部最多 {state.data.settings.capStars} 星。只比较支部，不给党员个人排名。
          </Text>
          <View className='star-table'>
            {state.data.rows.map((row) => (
              <View key={row.orgId} className='star-table__row'>
                <Text className='star-table__name'>{row.orgName}</Text>
                <Text className='star-table__text'>{row.parentName}</Text>
                <StarRow stars={row.stars} size='small' />
                <Text className='star-table__text'>
                  党员平均 {row.averageStars ?? '—'} 星（{row.periodLabel ?? '还没有确定的评定'}，{row.rated} 人） · 满意度 {row.satisfaction === null ? '—' : `${row.satisfaction}%`} · 综合 {row.score ?? '—'} 分
                </Text>
                {row.capped && <Tag text='满意度偏低，星级封顶' tone='alert' />}
                {row.note && !row.capped && <Text className='star-table__alert'>{row.note}</Text>}
              </View>
            ))}
          </View>
        </View>
      )}
    </Screen>
  )
}
