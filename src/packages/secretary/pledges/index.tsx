import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useEffect, useState } from 'react'
import Button from '@nutui/nutui-react-taro/dist/es/packages/button/index'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/style.css'
import { LoadFailed, Loading } from '@/components/CloudStatus'
import { Choices, Field, FormError } from '@/components/Form'
import { TextBox } from '@/components/member-work'
import { MEMBER_WORK_ROUTES } from '@/components/member-work/routes'
import { Screen } from '@/components/Screen'
import type { PledgeView } from '@/core/contracts/pledges.contract'
import { useOrgPledges } from '@/hooks/use-member-work'
import { useReloadOnShow } from '@/hooks/use-reload-on-show'
import { useRouteParams } from '@/hooks/use-route-params'
import { useSubmit } from '@/hooks/use-submit'
import { pageUrl } from '@/routes'
import type { CallResult } from '@/services/cloud'
import { approvePledge, judgePledge, publishPledgeVerdict, returnPledge, withdrawPledge, type OrgPledges, type PledgeVerdict } from '@/services/pledges'
import { readableDate } from '@/core/china-time'

const VERDICTS: readonly { value: PledgeVerdict; label: string }[] = [
  { value: 'fulfilled', label: '已兑现' },
  { value: 'partly', label: '部分兑现' },
  { value: 'unfulfilled', label: '未兑现' },
]

type Decision = { kind: 'approve' } | { kind: 'return' | 'withdraw'; reason: string } | { kind: 'judge'; verdict: PledgeVerdict; comment: string } | { kind: 'publish' }

function decide(id: string, decision: Decision): Promise<CallResult<PledgeView>> {
  if (decision.kind === 'approve') return approvePledge(id)
  if (decision.kind === 'return') return returnPledge(id, decision.reason)
  if (decision.kind === 'withdraw') return withdrawPledge(id, decision.reason)
  if (decision.kind === 'judge') return judgePledge(id, decision.verdict, decision.comment)
  return publishPledgeVerdict(id)
}

/** Sending a pledge back to its author needs a reason they will read: before approval (退回) or off the board (撤下公示). */
const REASON_STEPS = {
  return: { open: '退回修改', label: '退回的原因', placeholder: '例如：请写清楚帮哪几户、多久一次', confirm: '确认退回', cancel: '不退回了' },
  withdraw: { open: '撤下公示', label: '撤下公示的原因', placeholder: '例如：村里重新安排了，请按新安排改写', confirm: '确认撤下', cancel: '不撤了' },
} as const

/** One pledge for the secretary: approve it, or write why it goes back; an approved one may be taken off the board. */
function ReviewCard({ pledge, onDecided }: { pledge: PledgeView; onDecided: (pledge: PledgeView) => void }) {
  const [reasonFor, setReasonFor] = useState<keyof typeof REASON_STEPS | null>(null)
  const [reason, setReason] = useState('')
  const [verdict, setVerdict] = useState<PledgeVerdict | null>(null)
  const { state, submit } = useSubmit(decide)
  async function send(decision: Decision) {
    const answer = await submit(pledge.id, decision)
    if (answer?.ok) onDecided(answer.data)
  }
  const saving = state.status === 'saving'
  return (
    <View className='work-card'>
      <Text className='work-card__title'>
        {pledge.ownerName}：{pledge.title}
      </Text>
      <Text className='work-card__text'>{pledge.content}</Text>
      <Text className='work-card__text'>{pledge.statusLabel}</Text>
      {pledge.selfAssessment && <Text className='work-card__text'>自评：{pledge.selfAssessment}</Text>}
      {pledge.can.includes('approve') && !reasonFor && (
        <View>
          <Button className='big-button' type='primary' color='#b7131a' loading={saving} onClick={() => void send({ kind: 'approve' })}>
            审核通过并公示
          </Button>
          <Button className='big-button' type='default' disabled={saving} onClick={() => setReasonFor('return')}>
            {REASON_STEPS.return.open}
          </Button>
        </View>
      )}
      {pledge.can.includes('withdraw') && !reasonFor && (
        <Button className='big-button' type='default' disabled={saving} onClick={() => setReasonFor('withdraw')}>
          {REASON_STEPS.withdraw.open}
        </Button>
      )}
      {reasonFor && pledge.can.includes(reasonFor) && (
        <View>
          <Field label={REASON_STEPS[reasonFor].label} hint='党员会看到这句话，请写明怎么改。'>
            <TextBox name={`reason-${pledge.id}`} value={reason} onChange={setReason} maxlength={200} placeholder={REASON_STEPS[reasonFor].placeholder} />
          </Field>
          <Button className='big-button' type='primary' color='#b7131a' loading={saving} onClick={() => void send({ kind: reasonFor, reason })}>
            {REASON_STEPS[reasonFor].confirm}
          </Button>
          <Button className='big-button' type='default' disabled={saving} onClick={() => setReasonFor(null)}>
            {REASON_STEPS[reasonFor].cancel}
          </Button>
        </View>
      )}
      {pledge.can.includes('judge') && (
        <View>
          <Field label='评定兑现情况'>
            <Choices options={VERDICTS} value={verdict} onChange={setVerdict} />
          </Field>
          <Button className='big-button' type='primary' color='#b7131a' loading={saving} disabled={verdict === null} onClick={() => verdict && void send({ kind: 'judge', verdict, comment: '' })}>
            确定评定
          </Button>
        </View>
      )}
      {pledge.can.includes('publish') && (
        <Button className='big-button' type='primary' color='#b7131a' loading={saving} onClick={() => void send({ kind: 'publish' })}>
          公布评定结果（{pledge.verdictLabel}）
        </Button>
      )}
      {state.status === 'failed' && <FormError title='没有办成' message={state.message} />}
      {state.status === 'done' && <Text className='form-done'>已办：{state.data.statusLabel}</Text>}
    </View>
  )
}

function Queue({ data }: { data: OrgPledges }) {
  const [pledges, setPledges] = useState(data.pledges)
  useEffect(() => setPledges(data.pledges), [data])
  const replace = (changed: PledgeView) => setPledges((before) => before.map((pledge) => (pledge.id === changed.id ? changed : pledge)))
  const needsMe = pledges.filter((pledge) => pledge.can.some((step) => step === 'approve' || step === 'judge' || step === 'publish'))
  const rest = pledges.filter((pledge) => !needsMe.includes(pledge))
  return (
    <View>
      <Text className='screen__lead'>
        {data.org.name} · {data.year}年
      </Text>
      <Text className='section-title'>等您处理（{needsMe.length}）</Text>
      {needsMe.length === 0 && (
        <View className='card'>
          <Text className='card__text'>现在没有等您审核的承诺。</Text>
        </View>
      )}
      {needsMe.map((pledge) => (
        <ReviewCard key={pledge.id} pledge={pledge} onDecided={replace} />
      ))}
      {data.membersWithout.length > 0 && (
        <View className='card'>
          <Text className='card__title'>还没有提交承诺的党员（{data.membersWithout.length} 名）</Text>
          <Text className='card__text'>{data.membersWithout.map((member) => member.name).join('、')}</Text>
        </View>
      )}
      <View className='card'>
        <Text className='card__text'>
          支部承诺 {data.branchPledges.made} 条（每年至少 {data.branchPledges.minimum} 条）
          {data.fulfilmentRate !== null ? `；兑现率 ${Math.round(data.fulfilmentRate * 100)}%` : ''}
        </Text>
        {/* Only the branch's secretary writes its pledges (the server says so with the list); an organiser over it reads them here. */}
        {data.canWriteBranchPledge && (
          <Button className='big-button' type={data.branchPledges.made < data.branchPledges.minimum ? 'primary' : 'default'} color={data.branchPledges.made < data.branchPledges.minimum ? '#b7131a' : undefined} onClick={() => Taro.navigateTo({ url: pageUrl(MEMBER_WORK_ROUTES.branchPledge, { orgId: data.org.id }) })}>
            写一条支部承诺
          </Button>
        )}
      </View>
      <Text className='section-title'>其他承诺（{rest.length}）</Text>
      {rest.map((pledge) =>
        pledge.can.includes('withdraw') ? (
          <ReviewCard key={pledge.id} pledge={pledge} onDecided={replace} />
        ) : (
        <View className='work-card' key={pledge.id} onClick={pledge.owner === 'branch' ? () => Taro.navigateTo({ url: pageUrl(MEMBER_WORK_ROUTES.branchPledge, { id: pledge.id }) }) : undefined}>
          <Text className='work-card__title'>
            {pledge.ownerName}：{pledge.title}
          </Text>
          <Text className='work-card__text'>
            {pledge.statusLabel}
            {pledge.progress.length > 0 ? ` · 最近进展 ${readableDate(pledge.progress[pledge.progress.length - 1].date)}` : ''}
          </Text>
        </View>
        ),
      )}
      <Button className='big-button' type='default' onClick={() => Taro.navigateTo({ url: pageUrl(MEMBER_WORK_ROUTES.pledgeBoard, { orgId: data.org.id }) })}>
        查看承诺公示栏
      </Button>
    </View>
  )
}

/** 承诺审核: the branch's pledge queue (approve, return with a reason, judge, publish), who has none yet. */
export default function PledgeReviewPage() {
  const params = useRouteParams()
  const { state, retry } = useOrgPledges(params.orgId)
  useReloadOnShow(retry)
  return (
    <Screen>
      <Text className='screen__title'>承诺审核</Text>
      {state.status === 'loading' && <Loading what='支部的承诺' />}
      {state.status === 'failed' && <LoadFailed message={state.message} onRetry={retry} />}
      {state.status === 'ready' && <Queue data={state.data} />}
    </Screen>
  )
}
