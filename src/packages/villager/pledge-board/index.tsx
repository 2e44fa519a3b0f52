import { Text, View } from '@tarojs/components'
import { LoadFailed, Loading } from '@/components/CloudStatus'
import { PhotoStrip } from '@/components/member-work'
import { Screen } from '@/components/Screen'
import { currentYear, usePledgeBoard } from '@/hooks/use-member-work'
import { useRouteParams } from '@/hooks/use-route-params'
import type { PledgeBoard } from '@/services/pledges'
import { readableDate } from '@/core/china-time'

function Board({ board }: { board: PledgeBoard }) {
  const branch = board.pledges.filter((pledge) => pledge.owner === 'branch')
  const members = board.pledges.filter((pledge) => pledge.owner === 'member')
  return (
    <View>
      <Text className='screen__lead'>
        {board.org.name} · {board.year}年。党员和支部向群众作出的承诺，以及做到了哪些。
      </Text>
      {board.pledges.length === 0 && (
        <View className='card'>
          <Text className='card__text'>今年还没有公示的承诺。</Text>
        </View>
      )}
      {branch.length > 0 && <Text className='section-title'>支部的承诺</Text>}
      {[...branch, ...members].map((pledge, index) => (
        <View key={pledge.id}>
          {index === branch.length && <Text className='section-title'>党员的承诺</Text>}
          <View className='work-card'>
            <Text className='work-card__title'>{pledge.title}</Text>
            <Text className='work-card__text'>
              {pledge.ownerName} · {pledge.verdictLabel ?? pledge.statusLabel}
            </Text>
            <Text className='card__text'>{pledge.content}</Text>
            {pledge.progress.map((entry) => (
              <View key={`${entry.date}-${entry.text}`}>
                <Text className='work-card__text'>
                  {readableDate(entry.date)}：{entry.text}
                </Text>
                <PhotoStrip fileIDs={entry.photos} />
              </View>
            ))}
          </View>
        </View>
      ))}
    </View>
  )
}

/** 承诺公示: the branch's approved pledges and their progress, readable by anyone, villagers included. */
export default function PledgeBoardPage() {
  const params = useRouteParams()
  const year = params.year ? Number(params.year) : currentYear()
  const { state, retry } = usePledgeBoard(params.orgId, year)
  return (
    <Screen>
      <Text className='screen__title'>承诺公示</Text>
      {state.status === 'loading' && <Loading what='承诺公示' />}
      {state.status === 'failed' && <LoadFailed message={state.message} onRetry={retry} />}
      {state.status === 'ready' && <Board board={state.data} />}
    </Screen>
  )
}
