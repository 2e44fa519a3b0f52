import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import type { OrgNode } from '@/core/contracts/org.contract'
import { LoadFailed, Loading } from '@/components/CloudStatus'
import { Screen } from '@/components/Screen'
import '@/components/Form/index.scss'
import { useCloud } from '@/hooks/use-cloud'
import type { CallResult } from '@/services/cloud'
import { developmentReport } from '@/services/development'
import { listOrgTree } from '@/services/org'
import { PAGES, pageUrl } from '@/routes'
import { OrgManage, type ManageDone } from './org-manage'
import { childCounts, flaggedBelow, visibleNodes } from './org-tree-view'
import './index.scss'
import { chinaYear } from '@/core/china-time'

interface TreeData {
  nodes: OrgNode[]
  year: number
  /** 空白村 of the year; null when the report could not be read (the tree still shows). */
  blank: Set<string> | null
}

async function loadTree(): Promise<CallResult<TreeData>> {
  const tree = await listOrgTree()
  if (!tree.ok) return tree
  const year = chinaYear()
  const root = tree.data.nodes[0]
  const report = root ? await developmentReport(root.id, year) : null
  return { ok: true, data: { nodes: tree.data.nodes, year, blank: report?.ok ? new Set(report.data.blankVillages.map((village) => village.orgId)) : null } }
}

interface NodeRowProps {
  node: OrgNode
  children: number
  open: boolean
  blankYear: number | null
  blankBelow: number
  managing: boolean
  onToggle: () => void
  onManage: () => void
}

function NodeRow({ node, children, open, blankYear, blankBelow, managing, onToggle, onManage }: NodeRowProps) {
  return (
    <View className='tree__row' style={{ marginLeft: `${Math.min(node.depth, 4) * 16}PX` }}>
      <View className='tree__main' onClick={() => Taro.navigateTo({ url: pageUrl(PAGES.orgHub, { orgId: node.id }) })}>
        <Text className='tree__name'>{node.name}</Text>
        <Text className='card__text'>
          {node.typeLabel} · 党员 {node.memberCount} 名
        </Text>
        {blankYear !== null && <Text className='tag tag--warn'>{blankYear}年空白村：还没有发展党员</Text>}
        {!open && blankBelow > 0 && <Text className='tag tag--warn'>下级有 {blankBelow} 个空白村</Text>}
      </View>
      <View className='tree__side'>
        {children > 0 && (
          <View className='tree__toggle' onClick={onToggle} role='button' aria-expanded={open}>
            <Text>{open ? '收起' : `展开 ${children}`}</Text>
          </View>
        )}
        <View className='tree__toggle' onClick={onManage} role='button' aria-expanded={managing}>
          <Text>{managing ? '关闭' : '管理'}</Text>
        </View>
      </View>
    </View>
  )
}

/**
 * The organiser's subtree: expand level by level, each with its type and member count, 空白村 flagged;
 * tap a name for its 组织详情 (members first, then the pages about it), 管理 to add an organisation below, rename it or move it within the subtree.
 */
export default function OrgTreePage() {
  const { state, retry } = useCloud<TreeData>(loadTree)
  const [expanded, setExpanded] = useState<Set<string> | null>(null)
  const [managing, setManaging] = useState<string | null>(null)
  const [done, setDone] = useState<string | null>(null)

  const onDone: ManageDone = (note, expand) => {
    setDone(note)
    setManaging(null)
    if (expand && state.status === 'ready') {
      const open = expanded ?? new Set(state.data.nodes[0] ? [state.data.nodes[0].id] : [])
      setExpanded(new Set([...open, expand]))
    }
    retry()
  }

  return (
    <Screen>
      <Text className='screen__title'>组织树</Text>
      <Text className='screen__lead'>点组织名称打开组织详情（党员名册、承诺、明岗、满意度等）；点“展开”看下级组织；点“管理”新建下级组织、改名或调整上级。</Text>
      {done && <Text className='form-done'>{done}</Text>}
      {state.status === 'loading' && <Loading what='组织树' />}
      {state.status === 'failed' && <LoadFailed message={state.message} onRetry={retry} />}
      {state.status === 'ready' &&
        (() => {
          const { nodes, blank, year } = state.data
          // The root starts open, so the first screen already shows the level below.
          const open = expanded ?? new Set(nodes[0] ? [nodes[0].id] : [])
          const counts = childCounts(nodes)
          const blankCounts = blank ? flaggedBelow(nodes, blank) : new Map<string, number>()
          return (
            <View>
              {blank === null && <Text className='quiet-note'>没能读取今年的发展党员情况，空白村暂不标出。</Text>}
              {blank !== null && blank.size > 0 && <Text className='quiet-note'>{year}年还有 {blank.size} 个空白村（一个党员也没有发展），已用黄色标出。</Text>}
              {visibleNodes(nodes, open).map((node) => (
                <View key={node.id}>
                  <NodeRow
                    node={node}
                    children={counts.get(node.id) ?? 0}
                    open={open.has(node.id)}
                    blankYear={blank?.has(node.id) ? year : null}
                    blankBelow={blankCounts.get(node.id) ?? 0}
                    managing={managing === node.id}
                    onToggle={() => setExpanded(toggleIn(open, node.id))}
                    onManage={() => {
                      setDone(null)
                      setManaging(managing === node.id ? null : node.id)
                    }}
                  />
                  {managing === node.id && <OrgManage org={node} nodes={nodes} onDone={onDone} />}
                </View>
              ))}
            </View>
          )
        })()}
    </Screen>
  )
}

function toggleIn(set: ReadonlySet<string>, id: string): Set<string> {
  const next = new Set(set)
  if (next.has(id)) next.delete(id)
  else next.add(id)
  return next
}
