import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import Button from '@nutui/nutui-react-taro/dist/es/packages/button/index'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/style.css'
import { useState } from 'react'
import type { SubtreeDashboard } from '@/core/contracts/survey.contract'
import { LoadFailed, Loading } from '@/components/CloudStatus'
import { Screen } from '@/components/Screen'
import { OpenRoundForm } from '@/components/survey/OpenRoundForm'
import '@/components/survey/survey.scss'
import { useCloud } from '@/hooks/use-cloud'
import { getSubtreeDashboard, type OpenRoundsOutput } from '@/services/survey'

function Chooser({ dashboard }: { dashboard: SubtreeDashboard }) {
  const open = dashboard.organisations.filter((row) => row.latest?.status !== 'open' && row.latest?.status !== 'upcoming')
  const [chosen, setChosen] = useState<ReadonlySet<string>>(() => new Set(open.map((row) => row.org.id)))
  const [opened, setOpened] = useState<OpenRoundsOutput | null>(null)

  function toggle(id: string) {
    setChosen((previous) => {
      const next = new Set(previous)
      if (next.has(id)) next.delete(id)
      else next.add(id)
      return next
    })
  }

  if (opened) {
    return (
      <View className='card'>
        <Text className='card__title'>已为 {opened.rounds.length} 个组织开启调查</Text>
        <Text className='card__text'>各组织书记在“群众满意度”里能看到这一轮，并打印自己的评价二维码海报。</Text>
        <Button className='big-button' type='primary' color='#b7131a' onClick={() => Taro.navigateBack()}>
          回到辖区满意度
        </Button>
      </View>
    )
  }

  return (
    <View>
      <Text className='screen__lead'>
        选中的组织各开一轮（同一批次），按各自类型出题。正在进行调查的组织不能再开，已不在列表中勾选。
      </Text>
      <Text className='section-title'>
        参加的组织（已选 {chosen.size} / {dashboard.organisations.length}）
      </Text>
      {dashboard.organisations.map((row) => {
        const busy = row.latest?.status === 'open' || row.latest?.status === 'upcoming'
        const on = chosen.has(row.org.id)
        return (
          <View key={row.org.id} className={on ? 'survey-check survey-check--on' : 'survey-check'} onClick={() => !busy && toggle(row.org.id)}>
            <Text className='survey-check__box'>{busy ? '进行中' : on ? '✓ 已选' : '未选'}</Text>
            <Text>
              {row.org.name}
              {row.org.parentName ? `（${row.org.parentName}）` : '（本级）'}
            </Text>
          </View>
        )
      })}
      <OpenRoundForm orgIds={[...chosen]} defaults={null} onOpened={setOpened} />
    </View>
  )
}

/** An organiser opens one round for many organisations of their subtree at once (a township-wide round). */
export default function OrganiserOpenSurveyPage() {
  const { state, retry } = useCloud<SubtreeDashboard>(getSubtreeDashboard)
  return (
    <Screen>
      <Text className='screen__title'>开启辖区满意度调查</Text>
      {state.status === 'loading' && <Loading what='辖区组织' />}
      {state.status === 'failed' && <LoadFailed message={state.message} onRetry={retry} />}
      {state.status === 'ready' && <Chooser dashboard={state.data} />}
    </Screen>
  )
}
