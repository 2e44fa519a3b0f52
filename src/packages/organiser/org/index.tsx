import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useCallback } from 'react'
import type { OrgNode } from '@/core/contracts/org.contract'
import { LoadFailed, Loading } from '@/components/CloudStatus'
import { LinkRow } from '@/components/Form'
import '@/components/Form/index.scss'
import { Screen } from '@/components/Screen'
import { useCloudFollowing } from '@/hooks/use-members'
import { useRouteParams } from '@/hooks/use-route-params'
import type { CallResult } from '@/services/cloud'
import { getHome, listOrgTree } from '@/services/org'
import { hubRows } from './hub-rows'

interface Hub {
  org: OrgNode
  /** The parent's name; null for the county. */
  parentName: string | null
  children: number
}

/**
 * The organisation (the server refuses one outside the organiser's subtree) with its direct
 * children, and its parent's name: from the organiser's subtree, or, for the organiser's own
 * organisation, the last of their ancestors.
 */
async function loadHub(orgId: string): Promise<CallResult<Hub>> {
  const [own, subtree] = await Promise.all([listOrgTree(orgId), listOrgTree()])
  if (!own.ok) return own
  const org = own.data.nodes[0]
  if (!org) return { ok: false, code: 'ORG.NOT_FOUND', message: '没有找到这个组织，请回到组织树重新选择。' }
  const children = own.data.nodes.filter((node) => node.parentId === org.id).length
  if (org.parentId === null) return { ok: true, data: { org, parentName: null, children } }
  const parent = subtree.ok ? subtree.data.nodes.find((node) => node.id === org.parentId) : undefined
  if (parent) return { ok: true, data: { org, parentName: parent.name, children } }
  const home = await getHome()
  const above = home.ok ? home.data.org?.ancestors.find((ancestor) => ancestor.id === org.parentId) : undefined
  return { ok: true, data: { org, parentName: above?.name ?? null, children } }
}

/** 组织详情: an organisation of the organiser's subtree and, one large row each, the pages about it they may open. */
export default function OrgHubPage() {
  const params = useRouteParams()
  const orgId = params.orgId ?? ''
  const load = useCallback(
    (): Promise<CallResult<Hub>> => (orgId ? loadHub(orgId) : Promise.resolve({ ok: false, code: 'ORG.NOT_FOUND', message: '没有指明是哪个组织，请回到组织树点选。' })),
    [orgId],
  )
  const { state, retry } = useCloudFollowing<Hub>(load)
  return (
    <Screen>
      <Text className='screen__title'>组织详情</Text>
      {state.status === 'loading' && <Loading what='组织' />}
      {state.status === 'failed' && <LoadFailed message={state.message} onRetry={retry} />}
      {state.status === 'ready' && (
        <View>
          <View className='card'>
            <Text className='card__title'>{state.data.org.name}</Text>
            <Text className='card__text'>
              {state.data.org.typeLabel} · 党员 {state.data.org.memberCount} 名{state.data.children > 0 ? ` · 下级组织 ${state.data.children} 个` : ''}
            </Text>
            {state.data.parentName && <Text className='card__text'>上级：{state.data.parentName}</Text>}
          </View>
          <Text className='section-title'>点一项打开</Text>
          {hubRows(state.data.org.id, state.data.org.type).map((row) => (
            <LinkRow key={row.key} title={row.title} text={row.text} onClick={() => Taro.navigateTo({ url: row.url })} />
          ))}
        </View>
      )}
    </Screen>
  )
}
