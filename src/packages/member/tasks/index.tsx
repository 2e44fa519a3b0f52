import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import Button from '@nutui/nutui-react-taro/dist/es/packages/button/index'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/style.css'
import { LoadFailed, Loading } from '@/components/CloudStatus'
import { LinkRow } from '@/components/Form'
import { describeTotals, formatPeriod } from '@/components/member-work'
import { MEMBER_WORK_ROUTES } from '@/components/member-work/routes'
import { Screen } from '@/components/Screen'
import type { AssignmentView } from '@/core/contracts/posts.contract'
import { useMyWork } from '@/hooks/use-member-work'
import { useReloadOnShow } from '@/hooks/use-reload-on-show'
import { pageUrl } from '@/routes'
import type { MemberPledges } from '@/services/pledges'
import { readableDate } from '@/core/china-time'

type Duty = AssignmentView['duties'][number]

const PERIOD_NAMES: Readonly<Record<Duty['cadence'], string>> = { weekly: '本周', monthly: '本月', quarterly: '本季度' }

function openRecord(assignment: AssignmentView, duty: Duty) {
  Taro.navigateTo({
    url: pageUrl(MEMBER_WORK_ROUTES.recordDuty, { assignmentId: assignment.id, dutyId: duty.id, duty: duty.title, area: assignment.area?.name ?? assignment.postName }),
  })
}

function DutyCard({ assignment, duty }: { assignment: AssignmentView; duty: Duty }) {
  const current = duty.current
  const due = current !== null && !current.done
  return (
    <View className={due ? 'work-card work-card--due' : 'work-card'}>
      <Text className='work-card__title'>{duty.title}</Text>
      <Text className='work-card__text'>
        {assignment.area?.name ?? assignment.postName} · {duty.cadenceLabel}
      </Text>
      {current && due && <Text className='work-card__text'>{PERIOD_NAMES[duty.cadence]}（{formatPeriod(current)}）还没有记</Text>}
      {current && !due && <Text className='work-card__done'>{PERIOD_NAMES[duty.cadence]}已记下 ✓</Text>}
      {duty.lastDoneOn && <Text className='work-card__text'>上次：{readableDate(duty.lastDoneOn)}</Text>}
      <Button className='big-button' type={due ? 'primary' : 'default'} color={due ? '#b7131a' : undefined} onClick={() => openRecord(assignment, duty)}>
        记一笔
      </Button>
    </View>
  )
}

function Duties({ assignments }: { assignments: readonly AssignmentView[] }) {
  const working = assignments.filter((assignment) => assignment.status !== 'volunteered')
  const waiting = assignments.filter((assignment) => assignment.status === 'volunteered')
  return (
    <View>
      <Text className='section-title'>我的责任区</Text>
      {working.length === 0 && (
        <View className='card'>
          <Text className='card__text'>{waiting.length > 0 ? '您认领的岗位还在等支部定岗，定岗后这里会列出要做的事。' : '您还没有岗位和责任区。可以在下面“认领岗位”里选一个。'}</Text>
        </View>
      )}
      {working.map((assignment) => (
        <View key={assignment.id}>
          <Text className='card__text'>
            {assignment.postName}（{assignment.statusLabel}）· {describeTotals(assignment.totals)}
          </Text>
          {assignment.duties.map((duty) => (
            <DutyCard key={duty.id} assignment={assignment} duty={duty} />
          ))}
        </View>
      ))}
      {waiting.map((assignment) => (
        <View className='card' key={assignment.id}>
          <Text className='card__title'>{assignment.postName}</Text>
          <Text className='card__text'>{assignment.statusLabel}</Text>
        </View>
      ))}
      {working.length > 0 && <LinkRow title='我记过的' text='每一笔履岗记录，新的在前' onClick={() => Taro.navigateTo({ url: MEMBER_WORK_ROUTES.dutyHistory })} />}
      <LinkRow title='认领岗位' text='看支部有哪些岗位，认领一个' onClick={() => Taro.navigateTo({ url: MEMBER_WORK_ROUTES.volunteer })} />
    </View>
  )
}

/**
 * WeChat lets a mini-program send one message per subscription the person agreed to, asked for on a tap.
 * The consent is per template, so it is asked for the id the server answered (`reminderTemplateId`):
 * the very one the pledgeReminder function sends with.
 */
function ReminderOffer({ templateId }: { templateId: string }) {
  const [answer, setAnswer] = useState<string | null>(null)
  async function ask() {
    try {
      const result = await Taro.requestSubscribeMessage({ tmplIds: [templateId], entityIds: [] })
      // The answer carries one key per template id: 'accept', 'reject' or 'ban'.
      const choice: unknown = Reflect.get(result, templateId)
      setAnswer(choice === 'accept' ? '好的，到时候会提醒您一次。' : '没有订阅提醒，也没关系，随时可以来这里写。')
    } catch {
      setAnswer('没能订阅提醒，请稍后再试。')
    }
  }
  if (answer) return <Text className='work-card__text'>{answer}</Text>
  return (
    <Button className='big-button' type='default' onClick={() => void ask()}>
      现在没空写？到时候提醒我
    </Button>
  )
}

function Pledges({ pledges }: { pledges: MemberPledges }) {
  return (
    <View>
      <Text className='section-title'>我的承诺（{pledges.year}年）</Text>
      {pledges.pledges.length === 0 && (
        <View className='card'>
          <Text className='card__text'>今年还没有承诺。支部希望每名党员每年至少承诺 {pledges.minimum} 件事。</Text>
          {process.env.TARO_ENV === 'weapp' && <ReminderOffer templateId={pledges.reminderTemplateId} />}
        </View>
      )}
      {pledges.pledges.map((pledge) => (
        <LinkRow key={pledge.id} title={pledge.title} text={`${pledge.statusLabel} · 进展 ${pledge.progress.length} 条`} onClick={() => Taro.navigateTo({ url: pageUrl(MEMBER_WORK_ROUTES.pledge, { id: pledge.id }) })}>
          {pledge.returnReason && pledge.status === 'returned' && <Text className='work-card__reason'>退回原因：{pledge.returnReason}</Text>}
        </LinkRow>
      ))}
      <Button className='big-button' type={pledges.made < pledges.minimum ? 'primary' : 'default'} color={pledges.made < pledges.minimum ? '#b7131a' : undefined} onClick={() => Taro.navigateTo({ url: MEMBER_WORK_ROUTES.pledge })}>
        写一条承诺
      </Button>
    </View>
  )
}

/** “我的任务”: what my areas need this period, one tap to record it, and my pledges. No streaks, no quotas. */
export default function MyTasksPage() {
  const { state, retry } = useMyWork()
  // Back from the record form or a pledge: show what was just saved.
  useReloadOnShow(retry)
  return (
    <Screen>
      <Text className='screen__title'>我的任务</Text>
      {state.status === 'loading' && <Loading what='您的任务' />}
      {state.status === 'failed' && <LoadFailed message={state.message} onRetry={retry} />}
      {state.status === 'ready' && (
        <View>
          <Text className='screen__lead'>做了什么就记一笔，可附照片。这是工作记录，不是打卡。</Text>
          <Duties assignments={state.data.tasks.assignments} />
          <Pledges pledges={state.data.pledges} />
        </View>
      )}
    </Screen>
  )
}
