import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useEffect, useState } from 'react'
import Button from '@nutui/nutui-react-taro/dist/es/packages/button/index'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/style.css'
import { LoadFailed, Loading } from '@/components/CloudStatus'
import { DateInput, Field, FormError, formatDay, TextInput, todayString } from '@/components/Form'
import { TextBox } from '@/components/member-work'
import { MEMBER_WORK_ROUTES } from '@/components/member-work/routes'
import { Screen } from '@/components/Screen'
import type { PledgeView } from '@/core/contracts/pledges.contract'
import { currentYear, usePledge } from '@/hooks/use-member-work'
import { resolveOrgId } from '@/hooks/use-members'
import { useRouteParams } from '@/hooks/use-route-params'
import { useSubmit } from '@/hooks/use-submit'
import { pageUrl } from '@/routes'
import type { CallResult } from '@/services/cloud'
import { addPledgeProgress, createBranchPledge, editPledge, selfAssessPledge, submitPledge } from '@/services/pledges'

type Step = 'save' | 'submit'

/** Saves the branch's draft (creating it the first time in the caller's own branch, or `orgId`), then submits it when asked. */
async function saveDraft(orgId: string | undefined, pledge: PledgeView | null, title: string, content: string, step: Step): Promise<CallResult<PledgeView>> {
  let saved: CallResult<PledgeView>
  if (pledge) {
    const changed = pledge.title !== title.trim() || pledge.content !== content.trim()
    saved = changed ? await editPledge(pledge.id, title, content) : { ok: true, data: pledge }
  } else {
    const resolved = await resolveOrgId(orgId)
    if (!resolved.ok) return resolved
    saved = await createBranchPledge(resolved.data, currentYear(), title, content)
  }
  if (!saved.ok || step === 'save') return saved
  return submitPledge(saved.data.id)
}

function Editor({ orgId, pledge, onSaved }: { orgId?: string; pledge: PledgeView | null; onSaved: (pledge: PledgeView) => void }) {
  const [title, setTitle] = useState(pledge?.title ?? '')
  const [content, setContent] = useState(pledge?.content ?? '')
  const { state, submit } = useSubmit(saveDraft)
  async function send(step: Step) {
    const answer = await submit(orgId, pledge, title, content, step)
    if (answer?.ok) onSaved(answer.data)
  }
  return (
    <View>
      {pledge?.status === 'returned' && pledge.returnReason && <Text className='work-card__reason'>乡镇党委退回的原因：{pledge.returnReason}。请按意见修改后再提交。</Text>}
      <Field label='支部承诺做什么' hint='一句话，例如“年内修好三组到村部的路灯”。'>
        <TextInput name='title' value={title} onChange={setTitle} maxlength={40} placeholder='承诺事项' />
      </Field>
      <Field label='具体怎么做' hint='写清楚做什么、为谁做、什么时候做到。'>
        <TextBox name='content' value={content} onChange={setContent} maxlength={500} placeholder='具体内容' />
      </Field>
      {state.status === 'failed' && <FormError title='没有保存' message={state.message} />}
      <Button className='big-button' type='primary' color='#b7131a' loading={state.status === 'saving'} onClick={() => void send('submit')}>
        提交给乡镇党委审核
      </Button>
      <Button className='big-button' type='default' disabled={state.status === 'saving'} onClick={() => void send('save')}>
        先存为草稿
      </Button>
    </View>
  )
}

/** A line of progress on the branch's pledge (text and day; photos are added from the mini-program's member forms). */
function ProgressForm({ pledge, onSaved }: { pledge: PledgeView; onSaved: (pledge: PledgeView) => void }) {
  const today = todayString()
  const [text, setText] = useState('')
  const [date, setDate] = useState(today)
  const { state, submit, reset } = useSubmit(addPledgeProgress)
  async function save() {
    const answer = await submit(pledge.id, date, text, [])
    if (answer?.ok) {
      setText('')
      reset()
      onSaved(answer.data)
    }
  }
  return (
    <View className='card'>
      <Text className='card__title'>记一条进展</Text>
      <Field label='做了什么'>
        <TextBox name='progress' value={text} onChange={setText} maxlength={300} placeholder='这次为承诺做了什么' />
      </Field>
      <Field label='哪天'>
        <DateInput value={date} onChange={setDate} placeholder='选择日期' end={today} />
      </Field>
      {state.status === 'failed' && <FormError title='没有记下' message={state.message} />}
      <Button className='big-button' type='primary' color='#b7131a' loading={state.status === 'saving'} onClick={() => void save()}>
        记下这条进展
      </Button>
    </View>
  )
}

function SelfAssessForm({ pledge, onSaved }: { pledge: PledgeView; onSaved: (pledge: PledgeView) => void }) {
  const [text, setText] = useState('')
  const { state, submit } = useSubmit(selfAssessPledge)
  async function save() {
    const answer = await submit(pledge.id, text)
    if (answer?.ok) onSaved(answer.data)
  }
  return (
    <View className='card'>
      <Text className='card__title'>年终自评</Text>
      <Field label='支部承诺兑现得怎么样'>
        <TextBox name='selfAssessment' value={text} onChange={setText} maxlength={500} placeholder='自评' />
      </Field>
      {state.status === 'failed' && <FormError title='没有保存' message={state.message} />}
      <Button className='big-button' type='default' loading={state.status === 'saving'} onClick={() => void save()}>
        提交自评
      </Button>
    </View>
  )
}

function Detail({ pledge, onChanged }: { pledge: PledgeView; onChanged: (pledge: PledgeView) => void }) {
  const editing = pledge.can.includes('edit')
  return (
    <View>
      <Text className='screen__title'>{editing ? '支部承诺草稿' : pledge.title}</Text>
      <Text className='screen__lead'>
        {pledge.ownerName} · {pledge.year}年 · {pledge.statusLabel}
      </Text>
      {editing ? (
        <Editor pledge={pledge} onSaved={onChanged} />
      ) : (
        <View className='card'>
          <Text className='card__text'>{pledge.content}</Text>
          {pledge.status === 'submitted' && <Text className='work-card__text'>已提交，等乡镇党委审核。</Text>}
          {pledge.verdictLabel && <Text className='card__title'>评定：{pledge.verdictLabel}</Text>}
          {pledge.selfAssessment && <Text className='card__text'>自评：{pledge.selfAssessment}</Text>}
        </View>
      )}
      {pledge.can.includes('addProgress') && <ProgressForm pledge={pledge} onSaved={onChanged} />}
      {pledge.progress.length > 0 && <Text className='section-title'>践诺进展</Text>}
      {[...pledge.progress].reverse().map((entry) => (
        <View className='work-card' key={entry.id}>
          <Text className='work-card__title'>{formatDay(entry.date)}</Text>
          <Text className='work-card__text'>{entry.text}</Text>
        </View>
      ))}
      {pledge.can.includes('selfAssess') && <SelfAssessForm pledge={pledge} onSaved={onChanged} />}
    </View>
  )
}

function Existing({ id }: { id: string }) {
  const { state, retry } = usePledge(id)
  const [latest, setLatest] = useState<PledgeView | null>(null)
  useEffect(() => {
    if (state.status === 'ready') setLatest(state.data)
  }, [state])
  if (state.status === 'loading' && !latest) return <Loading what='这条承诺' />
  if (state.status === 'failed') return <LoadFailed message={state.message} onRetry={retry} />
  return latest ? <Detail pledge={latest} onChanged={setLatest} /> : null
}

/** 支部承诺 (组织承诺): the secretary writes the branch's pledge (代填), submits it to the township, then records progress. */
export default function BranchPledgePage() {
  const params = useRouteParams()
  return (
    <Screen>
      {params.id ? (
        <Existing id={params.id} />
      ) : (
        <View>
          <Text className='screen__title'>写一条支部承诺</Text>
          <Text className='screen__lead'>支部每年至少向群众承诺两件事。乡镇党委审核通过后，在支部承诺公示栏公示。</Text>
          <Editor orgId={params.orgId} pledge={null} onSaved={(pledge) => Taro.redirectTo({ url: pageUrl(MEMBER_WORK_ROUTES.branchPledge, { id: pledge.id }) })} />
        </View>
      )}
    </Screen>
  )
}
