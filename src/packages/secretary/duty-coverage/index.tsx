import { Text, View } from '@tarojs/components'
import { LoadFailed, Loading } from '@/components/CloudStatus'
import { formatDay } from '@/components/Form'
import { describeTotals, formatPeriod } from '@/components/member-work'
import { Screen } from '@/components/Screen'
import { useCoverage } from '@/hooks/use-member-work'
import { useReloadOnShow } from '@/hooks/use-reload-on-show'
import { useRouteParams } from '@/hooks/use-route-params'
import type { Coverage } from '@/services/posts'

type Totals = Coverage['branch']

function Figures({ totals }: { totals: Totals }) {
  return (
    <Text className={totals.overdue > 0 ? 'work-table__figures work-table__figures--late' : 'work-table__figures'}>
      应 {totals.due} · 按时 {totals.doneOnTime} · 逾期 {totals.overdue}
    </Text>
  )
}

function CoverageTables({ data }: { data: Coverage }) {
  return (
    <View>
      <Text className='screen__lead'>
        {data.org.name} · {formatDay(data.from)}起至{formatDay(data.asOf)}
      </Text>
      <View className='card'>
        <Text className='card__title'>全支部</Text>
        <Text className='card__text'>{describeTotals(data.branch)}</Text>
        {data.branch.onTimeRate !== null && <Text className='card__text'>按时率 {Math.round(data.branch.onTimeRate * 100)}%</Text>}
      </View>
      <Text className='section-title'>逾期清单（{data.overdue.length}）</Text>
      {data.overdue.length === 0 ? (
        <View className='card'>
          <Text className='card__text'>没有逾期的职责。</Text>
        </View>
      ) : (
        data.overdue.map((item) => (
          <View className='work-card' key={`${item.assignmentId}-${item.dutyTitle}-${item.period.start}`}>
            <Text className='work-card__title'>
              {item.memberName} · {item.areaName}
            </Text>
            <Text className='work-card__text'>
              {item.dutyTitle}：{formatPeriod(item.period)}没有记
            </Text>
          </View>
        ))
      )}
      <Text className='section-title'>按党员</Text>
      <View className='work-table'>
        {data.members.map((member) => (
          <View className='work-table__row' key={member.memberId}>
            <Text className='work-table__name'>{member.memberName}</Text>
            <Figures totals={member.totals} />
          </View>
        ))}
      </View>
      <Text className='section-title'>按责任区</Text>
      <View className='work-table'>
        {data.areas.map((area) => (
          <View className='work-table__row' key={area.assignmentId}>
            <Text className='work-table__name'>
              {area.areaName}（{area.memberName}）
            </Text>
            <Figures totals={area.totals} />
          </View>
        ))}
      </View>
      {data.waiting.length > 0 && <Text className='section-title'>等您定岗、明岗（{data.waiting.length}）</Text>}
      {data.waiting.map((item) => (
        <View className='work-card' key={item.assignmentId}>
          <Text className='work-card__title'>
            {item.memberName} · {item.postName}
          </Text>
          <Text className='work-card__text'>{item.statusLabel}</Text>
        </View>
      ))}
    </View>
  )
}

/** 履岗情况: per member and per area, duties due, done on time and overdue; the overdue list first. */
export default function CoveragePage() {
  const params = useRouteParams()
  const { state, retry } = useCoverage(params.orgId)
  useReloadOnShow(retry)
  return (
    <Screen>
      <Text className='screen__title'>履岗情况</Text>
      {state.status === 'loading' && <Loading what='履岗情况' />}
      {state.status === 'failed' && <LoadFailed message={state.message} onRetry={retry} />}
      {state.status === 'ready' && <CoverageTables data={state.data} />}
    </Screen>
  )
}
