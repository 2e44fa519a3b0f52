import { Text, View } from '@tarojs/components'
import { useCallback, useState } from 'react'
import { Field } from '@/components/Form'
import { TextBox } from '@/components/member-work'
import { Screen } from '@/components/Screen'
import '@/components/stars/index.scss'
import { ActionButton, LoadError, LoadingText, Notice, PubCard, Tag } from '@/components/stories-suggestions'
import { useCloud } from '@/hooks/use-cloud'
import { useRouteParams } from '@/hooks/use-route-params'
import { useSubmit } from '@/hooks/use-submit'
import type { CallResult } from '@/services/cloud'
import { getMyObjections, getPublicStars, objectTo, type MyObjections, type PublicStars } from '@/services/stars'
import { lastChinaDayBefore, readableDate } from '@/core/china-time'

type Cycle = PublicStars['cycles'][number]
type Row = Cycle['rows'][number]
type MyObjection = MyObjections['objections'][number]
/** Called with an objection the server took (sent on, or kept back by the content check) for “我提的异议”. */
type OnSent = (objection: MyObjection) => void

function ObjectionForm({ cycle, row, onSent }: { cycle: Cycle; row: Row; onSent: OnSent }) {
  const [text, setText] = useState('')
  const { state, submit } = useSubmit(objectTo)
  async function send() {
    const answer = await submit(cycle.cycleId, row.memberId, text)
    // The notice sends the villager to “我提的异议” below: it must be there without reopening the page.
    if (answer?.ok) onSent({ ...answer.data.objection, orgName: cycle.orgName, periodLabel: cycle.periodLabel })
  }
  if (state.status === 'done') {
    return state.data.rejectedReason ? (
      <Notice tone='alert' title='异议没有送出' text={`${state.data.rejectedReason}原文只有您自己看得到。`} />
    ) : (
      <Notice title='异议已送到支委会' text='支委会核实后会答复，在下面“我提的异议”里看得到。只有支委会重新评定才会改变结果。' />
    )
  }
  return (
    <PubCard>
      <Field label={`对 ${row.memberName} 的评定有什么异议？`}>
        <TextBox name='objection' value={text} onChange={setText} maxlength={300} placeholder='说清楚哪件事、哪里与实际不符' />
      </Field>
      {state.status === 'failed' && <Notice tone='alert' title='没有送出' text={state.message} />}
      <ActionButton
        label='送给支委会'
        busy={state.status === 'saving'}
        onTap={() => void send()}
      />
    </PubCard>
  )
}

function CycleCard({ cycle, onSent }: { cycle: Cycle; onSent: OnSent }) {
  const [picked, setPicked] = useState<string | null>(null)
  return (
    <View>
      <Text className='section-title'>
        {cycle.periodLabel} · {cycle.stageLabel}
        {cycle.acceptsObjections && cycle.publicityEndsAt ? `（公示至 ${readableDate(lastChinaDayBefore(cycle.publicityEndsAt))}）` : ''}
      </Text>
      {cycle.acceptsObjections && <Text className='card__text'>对谁的评定有异议，点他的名字。</Text>}
      {cycle.rows.map((row) => (
        <View key={row.memberId} className='star-table__row'>
          <View role='button' onClick={() => cycle.acceptsObjections && setPicked(picked === row.memberId ? null : row.memberId)}>
            <Text className='star-table__name'>
              {row.memberName} {row.starText}
              {cycle.acceptsObjections ? ' ›' : ''}
            </Text>
            <Text className='star-table__text'>{row.reason}</Text>
          </View>
          {picked === row.memberId && <ObjectionForm cycle={cycle} row={row} onSent={onSent} />}
        </View>
      ))}
    </View>
  )
}

function MyObjectionList({ objections }: { objections: readonly MyObjection[] }) {
  if (objections.length === 0) return null
  return (
    <View>
      <Text className='section-title'>我提的异议</Text>
      {objections.map((objection) => (
        <PubCard key={objection.id} tone={objection.status === 'rejected' ? 'alert' : undefined}>
          <Text className='card__title'>
            {objection.orgName} {objection.periodLabel} · {objection.memberName}
          </Text>
          <Text className='card__text'>{objection.text}</Text>
          {objection.answer ? (
            <Text className='card__text'>
              支委会答复：{objection.answer.text}
              {objection.answer.changed ? '（已重新评定）' : '（结果不变）'}
            </Text>
          ) : (
            <Tag text={objection.status === 'rejected' ? '没有送出' : '等待答复'} tone={objection.status === 'rejected' ? 'alert' : 'wait'} />
          )}
        </PubCard>
      ))}
    </View>
  )
}

/** 星级公示 of one organisation for anyone (no binding): the stars and reasons, an objection to the committee during publicity, and one's own objections with their answers. */
export default function StarObjectionPage() {
  const params = useRouteParams()
  const load = useCallback(async (): Promise<CallResult<{ stars: PublicStars; mine: MyObjections }>> => {
    if (!params.orgId) return { ok: false, code: 'ORG.NOT_FOUND', message: '没有找到是哪个村。请从星级公示栏里打开。' }
    const [stars, mine] = await Promise.all([getPublicStars(params.orgId), getMyObjections()])
    if (!stars.ok) return stars
    if (!mine.ok) return mine
    return { ok: true, data: { stars: stars.data, mine: mine.data } }
  }, [params.orgId])
  const { state, retry } = useCloud(load)
  // Sent on this visit, newest first, ahead of those the page loaded (the server lists the caller's own).
  const [sent, setSent] = useState<MyObjection[]>([])
  const addSent = useCallback((objection: MyObjection) => setSent((earlier) => [objection, ...earlier]), [])
  return (
    <Screen>
      {state.status === 'loading' && <LoadingText what='星级公示' />}
      {state.status === 'failed' && <LoadError message={state.message} onRetry={retry} />}
      {state.status === 'ready' && (
        <View>
          <Text className='screen__title'>{state.data.stars.orgName}党员星级</Text>
          {state.data.stars.cycles.length === 0 && <Text className='screen__lead'>还没有公示的星级评定。</Text>}
          {state.data.stars.cycles.map((cycle) => (
            <CycleCard key={cycle.cycleId} cycle={cycle} onSent={addSent} />
          ))}
          <MyObjectionList objections={[...sent, ...state.data.mine.objections.filter((loaded) => !sent.some((mine) => mine.id === loaded.id))]} />
        </View>
      )}
    </Screen>
  )
}
