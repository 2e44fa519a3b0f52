import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import Button from '@nutui/nutui-react-taro/dist/es/packages/button/index'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/style.css'
import { LoadFailed, Loading } from '@/components/CloudStatus'
import { Choices, Field, FormError, LinkRow } from '@/components/Form'
import { describeTotals, formatPeriod } from '@/components/member-work'
import { MEMBER_WORK_ROUTES } from '@/components/member-work/routes'
import { Screen } from '@/components/Screen'
import { useCoverage } from '@/hooks/use-member-work'
import { useReloadOnShow } from '@/hooks/use-reload-on-show'
import { useRouteParams } from '@/hooks/use-route-params'
import { useSubmit } from '@/hooks/use-submit'
import { pageUrl } from '@/routes'
import { reviewPost, type Coverage, type PostRating } from '@/services/posts'
import { readableDate } from '@/core/china-time'

const RATINGS: readonly { value: PostRating; label: string }[] = [
  { value: 'excellent', label: '优秀' },
  { value: 'competent', label: '称职' },
  { value: 'basic', label: '基本称职' },
  { value: 'incompetent', label: '不称职' },
]

/** The quarter a review is about, as the branch says it: 2026年第4季度. */
function quarterOf(day: string): string {
  return `${day.slice(0, 4)}年第${Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1}季度`
}

/** 评岗: one rating of one area's holder for the current quarter, opened from the area's row. */
function ReviewForm({ assignmentId, period }: { assignmentId: string; period: string }) {
  const [rating, setRating] = useState<PostRating | null>(null)
  const { state, submit } = useSubmit(reviewPost)
  if (state.status === 'done') return <Text className='form-done'>已评岗：{period}</Text>
  return (
    <View className='card'>
      <Field label={`评岗（${period}）`}>
        <Choices options={RATINGS} value={rating} onChange={setRating} />
      </Field>
      {state.status === 'failed' && <FormError title='没有保存' message={state.message} />}
      <Button className='big-button' type='primary' color='#b7131a' disabled={rating === null} loading={state.status === 'saving'} onClick={() => rating && void submit(assignmentId, period, rating, '')}>
        确定评岗
      </Button>
    </View>
  )
}

type Totals = Coverage['branch']

/** 履岗记录 of one member or one area (the page lives in the member subpackage and serves both). */
function openHistory(of: { memberId: string } | { assignmentId: string }) {
  Taro.navigateTo({ url: pageUrl(MEMBER_WORK_ROUTES.dutyHistory, of) })
}

function openPosts(orgId: string) {
  Taro.navigateTo({ url: pageUrl(MEMBER_WORK_ROUTES.posts, { orgId }) })
}

function Figures({ totals }: { totals: Totals }) {
  return (
    <Text className={totals.overdue > 0 ? 'work-table__figures work-table__figures--late' : 'work-table__figures'}>
      应 {totals.due} · 按时 {totals.doneOnTime} · 逾期 {totals.overdue}
      {totals.dueNow > 0 ? ` · 本期待记 ${totals.dueNow}` : ' · 本期已记'}
    </Text>
  )
}

function CoverageTables({ data }: { data: Coverage }) {
  const [reviewing, setReviewing] = useState<string | null>(null)
  return (
    <View>
      <Text className='screen__lead'>
        {data.org.name} · {readableDate(data.from)}起至{readableDate(data.asOf)}
      </Text>
      <View className='card'>
        <Text className='card__title'>全支部</Text>
        <Text className='card__text'>{describeTotals(data.branch)}</Text>
        <Text className='card__text'>{data.branch.dueNow > 0 ? `本周期还有 ${data.branch.dueNow} 项职责没有记` : '本周期的职责都已记下'}</Text>
        {data.branch.onTimeRate !== null && <Text className='card__text'>按时率 {Math.round(data.branch.onTimeRate * 100)}%</Text>}
      </View>
      <Text className='section-title'>逾期清单（{data.overdue.length}）</Text>
      {data.overdue.length === 0 ? (
        <View className='card'>
          <Text className='card__text'>没有逾期的职责。</Text>
        </View>
      ) : (
        // Each overdue duty opens its area's 履岗记录: the list leads somewhere, not only to a name.
        data.overdue.map((item) => (
          <LinkRow
            key={`${item.assignmentId}-${item.dutyTitle}-${item.period.start}`}
            title={`${item.memberName} · ${item.areaName}`}
            text={`${item.dutyTitle}：${formatPeriod(item.period)}没有记`}
            onClick={() => openHistory({ assignmentId: item.assignmentId })}
          />
        ))
      )}
      <Text className='section-title'>按党员</Text>
      <Text className='card__text'>点一名党员，看他记过的履岗记录。</Text>
      <View className='work-table'>
        {data.members.map((member) => (
          <View className='work-table__row' key={member.memberId} onClick={() => openHistory({ memberId: member.memberId })}>
            <Text className='work-table__name'>{member.memberName} ›</Text>
            <Figures totals={member.totals} />
          </View>
        ))}
      </View>
      <Text className='section-title'>按责任区</Text>
      <Text className='card__text'>点一个责任区，看它的履岗记录，或给这一季度评岗。</Text>
      <View className='work-table'>
        {data.areas.map((area) => (
          <View key={area.assignmentId}>
            <View className='work-table__row' onClick={() => setReviewing(reviewing === area.assignmentId ? null : area.assignmentId)}>
              <Text className='work-table__name'>
                {area.areaName}（{area.memberName}）
              </Text>
              <Figures totals={area.totals} />
            </View>
            {reviewing === area.assignmentId && (
              <View>
                <Button className='big-button' type='default' onClick={() => openHistory({ assignmentId: area.assignmentId })}>
                  看这个责任区的履岗记录
                </Button>
                <ReviewForm assignmentId={area.assignmentId} period={quarterOf(data.asOf)} />
              </View>
            )}
          </View>
        ))}
      </View>
      {data.waiting.length > 0 && <Text className='section-title'>等您定岗、明岗（{data.waiting.length}）</Text>}
      {/* 定岗 and 明岗 are done on 设岗定责: each waiting post opens it. */}
      {data.waiting.map((item) => (
        <LinkRow key={item.assignmentId} title={`${item.memberName} · ${item.postName}`} text={item.statusLabel} onClick={() => openPosts(data.org.id)} />
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
