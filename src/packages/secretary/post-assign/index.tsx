import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useEffect, useState } from 'react'
import Button from '@nutui/nutui-react-taro/dist/es/packages/button/index'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/style.css'
import { LoadFailed, Loading } from '@/components/CloudStatus'
import { Choices, DateInput, Field, FormError, TextInput, todayString } from '@/components/Form'
import { Screen } from '@/components/Screen'
import type { AssignmentView } from '@/core/contracts/posts.contract'
import { useAssignChoices, type AssignChoices } from '@/hooks/use-posts'
import { useRouteParams } from '@/hooks/use-route-params'
import { useSubmit } from '@/hooks/use-submit'
import { adjustPost, assignPost, publishPost, type AreaInput, type Cadence, type CataloguePost } from '@/services/posts'

const CADENCES: readonly { value: Cadence; label: string }[] = [
  { value: 'weekly', label: '每周' },
  { value: 'monthly', label: '每月' },
  { value: 'quarterly', label: '每季度' },
]

const KINDS: readonly { value: AreaInput['kind']; label: string }[] = [
  { value: 'households', label: '联系户' },
  { value: 'place', label: '一个地方' },
]

interface Household {
  name: string
  addressNote: string
  phone: string
}

interface Duty {
  /** A duty the post already runs (调整责任区); none for a new one. */
  id?: string
  title: string
  cadence: Cadence
}

const EMPTY_HOUSEHOLD: Household = { name: '', addressNote: '', phone: '' }

function dutiesOf(post: CataloguePost | undefined): Duty[] {
  return post && post.duties.length > 0 ? post.duties.map((duty) => ({ ...duty })) : [{ title: '', cadence: 'monthly' }]
}

/** What goes to the server: blank household rows left out, a phone only when one was written. */
function areaOf(name: string, kind: AreaInput['kind'], households: readonly Household[], place: string): AreaInput {
  if (kind === 'place') return { name, kind, households: [], place }
  const filled = households.filter((household) => household.name.trim() !== '' || household.addressNote.trim() !== '' || household.phone.trim() !== '')
  return { name, kind, households: filled.map((household) => ({ name: household.name, addressNote: household.addressNote, ...(household.phone.trim() ? { phone: household.phone.trim() } : {}) })) }
}

function HouseholdRow({ index, household, onChange, onRemove }: { index: number; household: Household; onChange: (household: Household) => void; onRemove?: () => void }) {
  return (
    <View className='card'>
      <Text className='card__title'>第 {index + 1} 户</Text>
      <Field label='户主姓名'>
        <TextInput name={`household-${index}-name`} value={household.name} onChange={(name) => onChange({ ...household, name })} maxlength={20} placeholder='户主姓名' />
      </Field>
      <Field label='在哪里' optional>
        <TextInput name={`household-${index}-address`} value={household.addressNote} onChange={(addressNote) => onChange({ ...household, addressNote })} maxlength={60} placeholder='例如：三组5号，小卖部旁' />
      </Field>
      <Field label='电话' optional hint='公示和其他人看到的只是 139****5678 这样的部分号码。'>
        <TextInput name={`household-${index}-phone`} type='number' value={household.phone} onChange={(phone) => onChange({ ...household, phone })} maxlength={11} placeholder='手机号' />
      </Field>
      {onRemove && (
        <Button className='big-button' type='default' onClick={onRemove}>
          删去这一户
        </Button>
      )}
    </View>
  )
}

function DutyRow({ index, duty, onChange, onRemove }: { index: number; duty: Duty; onChange: (duty: Duty) => void; onRemove?: () => void }) {
  return (
    <View className='card'>
      <Field label={`职责 ${index + 1}`}>
        <TextInput name={`duty-${index}-title`} value={duty.title} onChange={(title) => onChange({ ...duty, title })} maxlength={40} placeholder='例如：走访联系户' />
      </Field>
      <Field label='多久做一次'>
        <Choices options={CADENCES} value={duty.cadence} onChange={(cadence) => onChange({ ...duty, cadence })} />
      </Field>
      {onRemove && (
        <Button className='big-button' type='default' onClick={onRemove}>
          删去这项职责
        </Button>
      )}
    </View>
  )
}

/** After 定岗: publish now (明岗), or later from 设岗定责. */
function Assigned({ assignment }: { assignment: AssignmentView }) {
  const { state, submit } = useSubmit(publishPost)
  const published = state.status === 'done' || assignment.status === 'published'
  return (
    <View>
      <Text className='form-done'>
        已定岗：{assignment.memberName} · {assignment.postName} · {assignment.area?.name}
      </Text>
      {published ? (
        <Text className='card__text'>已明岗公示，职责从现在起计。</Text>
      ) : (
        <View>
          <Text className='card__text'>明岗公示后，党员的“我的任务”里会出现这些职责，村民也能在明岗公示栏看到。</Text>
          {state.status === 'failed' && <FormError title='没有公示' message={state.message} />}
          <Button className='big-button' type='primary' color='#b7131a' loading={state.status === 'saving'} onClick={() => void submit(assignment.id)}>
            现在明岗公示
          </Button>
        </View>
      )}
      <Button className='big-button' type='default' onClick={() => void Taro.navigateBack()}>
        回到设岗定责
      </Button>
    </View>
  )
}

/** 调整责任区 saved: say so, then back to 设岗定责 (which reloads on show). */
function Adjusted({ assignment }: { assignment: AssignmentView }) {
  useEffect(() => {
    const timer = setTimeout(() => void Taro.navigateBack(), 1500)
    return () => clearTimeout(timer)
  }, [])
  return (
    <View>
      <Text className='form-done'>
        已调整：{assignment.memberName} · {assignment.postName} · {assignment.area?.name}
      </Text>
      <Button className='big-button' type='default' onClick={() => void Taro.navigateBack()}>
        回到设岗定责
      </Button>
    </View>
  )
}

/** The form's rows for a post's current area: phones as the server gave them (a masked one goes back as it came and keeps the number). */
function householdsOf(adjusting: AssignmentView | null): Household[] {
  const households = adjusting?.area?.households ?? []
  return households.length > 0 ? households.map((household) => ({ name: household.name, addressNote: household.addressNote, phone: household.phone ?? '' })) : [{ ...EMPTY_HOUSEHOLD }]
}

/** 定岗, and 调整责任区 when `adjusting` is given: the same form, filled with the post's current area and duties. */
function AssignForm({ choices, memberId: givenMember, postId: givenPost }: { choices: AssignChoices; memberId?: string; postId?: string }) {
  const posts = choices.catalogue.posts
  const adjusting = choices.adjusting
  const [memberId, setMemberId] = useState<string | null>(adjusting?.memberId ?? givenMember ?? null)
  const [postId, setPostId] = useState<string | null>(adjusting?.postId ?? givenPost ?? null)
  const [areaName, setAreaName] = useState(adjusting?.area?.name ?? '')
  const [kind, setKind] = useState<AreaInput['kind']>(adjusting?.area?.kind ?? 'households')
  const [households, setHouseholds] = useState<Household[]>(householdsOf(adjusting))
  const [place, setPlace] = useState(adjusting?.area?.place ?? '')
  const [duties, setDuties] = useState<Duty[]>(adjusting ? adjusting.duties.map((duty) => ({ id: duty.id, title: duty.title, cadence: duty.cadence })) : dutiesOf(posts.find((post) => post.id === givenPost)))
  const [since, setSince] = useState(todayString())
  const { state, submit } = useSubmit(assignPost)
  const adjust = useSubmit(adjustPost)
  const [missing, setMissing] = useState<string | null>(null)

  if (state.status === 'done') return <Assigned assignment={state.data} />
  if (adjust.state.status === 'done') return <Adjusted assignment={adjust.state.data} />

  function choosePost(id: string) {
    setPostId(id)
    setDuties(dutiesOf(posts.find((post) => post.id === id)))
  }
  const setHousehold = (index: number, household: Household) => setHouseholds((before) => before.map((old, at) => (at === index ? household : old)))
  const setDuty = (index: number, duty: Duty) => setDuties((before) => before.map((old, at) => (at === index ? duty : old)))

  async function save() {
    if (adjusting) {
      await adjust.submit(adjusting.id, areaOf(areaName, kind, households, place), duties)
      return
    }
    if (!memberId || !postId) {
      setMissing('请先选党员和岗位。')
      return
    }
    setMissing(null)
    await submit(memberId, postId, areaOf(areaName, kind, households, place), duties, since)
  }

  const member = choices.members.find((candidate) => candidate.id === memberId)
  return (
    <View>
      {adjusting ? (
        <Text className='work-card__title'>
          {adjusting.memberName} · {adjusting.postName}
        </Text>
      ) : (
        <View>
          <Field label='哪名党员'>
            {givenMember && member ? <Text className='card__text'>{member.name}</Text> : <Choices options={choices.members.map((candidate) => ({ value: candidate.id, label: candidate.name }))} value={memberId} onChange={setMemberId} />}
          </Field>
          <Field label='什么岗位'>
            <Choices options={posts.map((post) => ({ value: post.id, label: post.name }))} value={postId} onChange={choosePost} />
          </Field>
        </View>
      )}
      <Field label='责任区叫什么' hint='例如“三组东片”“村口到小学路段”。'>
        <TextInput name='areaName' value={areaName} onChange={setAreaName} maxlength={30} placeholder='责任区名称' />
      </Field>
      <Field label='责任区是'>
        <Choices options={KINDS} value={kind} onChange={setKind} />
      </Field>
      {kind === 'households' ? (
        <View>
          {households.map((household, index) => (
            <HouseholdRow
              key={index}
              index={index}
              household={household}
              onChange={(changed) => setHousehold(index, changed)}
              onRemove={households.length > 1 ? () => setHouseholds((before) => before.filter((_, at) => at !== index)) : undefined}
            />
          ))}
          <Button className='big-button' type='default' onClick={() => setHouseholds((before) => [...before, { ...EMPTY_HOUSEHOLD }])}>
            再加一户
          </Button>
        </View>
      ) : (
        <Field label='是什么地方'>
          <TextInput name='place' value={place} onChange={setPlace} maxlength={100} placeholder='例如：村口桥头到村小学的主路' />
        </Field>
      )}
      <Text className='section-title'>要做的事</Text>
      {duties.map((duty, index) => (
        <DutyRow key={index} index={index} duty={duty} onChange={(changed) => setDuty(index, changed)} onRemove={duties.length > 1 ? () => setDuties((before) => before.filter((_, at) => at !== index)) : undefined} />
      ))}
      <Button className='big-button' type='default' onClick={() => setDuties((before) => [...before, { title: '', cadence: 'monthly' }])}>
        再加一项职责
      </Button>
      {adjusting ? (
        <Text className='card__text'>调整从今天起算。删去的职责和改了“多久做一次”的职责，今天以前记过的和完成情况都照旧保留。</Text>
      ) : (
        <Field label='从哪天起' hint='从这天之后第一个完整的周、月或季度开始计。'>
          <DateInput value={since} onChange={setSince} placeholder='选择日期' />
        </Field>
      )}
      {missing && <FormError title='还不能定岗' message={missing} />}
      {state.status === 'failed' && <FormError title='没有定岗' message={state.message} />}
      {adjust.state.status === 'failed' && <FormError title='没有调整' message={adjust.state.message} />}
      <Button className='big-button' type='primary' color='#b7131a' loading={state.status === 'saving' || adjust.state.status === 'saving'} onClick={() => void save()}>
        {adjusting ? '保存调整' : '确定定岗'}
      </Button>
    </View>
  )
}

/**
 * 定岗: the secretary gives a member a post with a responsibility area (linked households or a
 * place) and recurring duties. With `assignmentId`: 调整责任区 of that post, in the same form.
 */
export default function AssignPostPage() {
  const params = useRouteParams()
  const { state, retry } = useAssignChoices(params.orgId, params.assignmentId)
  const adjusting = Boolean(params.assignmentId)
  return (
    <Screen>
      <Text className='screen__title'>{adjusting ? '调整责任区' : '定岗'}</Text>
      <Text className='screen__lead'>{adjusting ? '改联系户、地点或要做的事，改好点“保存调整”。' : '定下岗位、责任区和要做的事。联系户一般十户左右。'}</Text>
      {state.status === 'loading' && <Loading what='党员和岗位' />}
      {state.status === 'failed' && <LoadFailed message={state.message} onRetry={retry} />}
      {state.status === 'ready' && <AssignForm choices={state.data} memberId={params.memberId} postId={params.postId} />}
    </Screen>
  )
}
