import { Text, View } from '@tarojs/components'
import { LoadFailed, Loading } from '@/components/CloudStatus'
import { CheckedPhotoStrip } from '@/components/member-work'
import { Screen } from '@/components/Screen'
import { useDutyHistory } from '@/hooks/use-posts'
import { useReloadOnShow } from '@/hooks/use-reload-on-show'
import { useRouteParams } from '@/hooks/use-route-params'
import type { DutyHistory } from '@/services/posts'
import { readableDate } from '@/core/china-time'

type Entry = DutyHistory['records'][number]

function RecordCard({ record }: { record: Entry }) {
  return (
    <View className='work-card'>
      <Text className='work-card__title'>{readableDate(record.doneOn)}</Text>
      <Text className='work-card__text'>
        {record.dutyTitle || record.postName}
        {record.areaName ? ` · ${record.areaName}` : ''}
      </Text>
      <Text className='card__text'>{record.note}</Text>
      <CheckedPhotoStrip photos={record.photos} />
      {record.photos.some((photo) => photo.check === 'pending') && <Text className='work-card__text'>照片正在审核。</Text>}
      {record.place && <Text className='work-card__text'>位置：{record.place.name ?? `${record.place.latitude.toFixed(4)}, ${record.place.longitude.toFixed(4)}`}</Text>}
    </View>
  )
}

/** 履岗记录: what was recorded, newest first — mine, a member's (`memberId`) or an area's (`assignmentId`). A work record: no counts of days, no streaks. */
export default function DutyHistoryPage() {
  const params = useRouteParams()
  const { state, retry } = useDutyHistory(params.memberId, params.assignmentId)
  useReloadOnShow(retry)
  const mine = !params.memberId && !params.assignmentId
  return (
    <Screen>
      <Text className='screen__title'>{mine ? '我的履岗记录' : '履岗记录'}</Text>
      {state.status === 'loading' && <Loading what='履岗记录' />}
      {state.status === 'failed' && <LoadFailed message={state.message} onRetry={retry} />}
      {state.status === 'ready' && (
        <View>
          <Text className='screen__lead'>{mine ? '您记下的每一笔，新的在前。' : `${state.data.title}记下的每一笔，新的在前。`}</Text>
          {state.data.records.length === 0 && (
            <View className='card'>
              <Text className='card__text'>还没有记录。</Text>
            </View>
          )}
          {state.data.records.map((record) => (
            <RecordCard key={record.id} record={record} />
          ))}
        </View>
      )}
    </Screen>
  )
}
