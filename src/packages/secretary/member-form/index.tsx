import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import Button from '@nutui/nutui-react-taro/dist/es/packages/button/index'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/style.css'
import { useEffect, useState } from 'react'
import type { MemberView } from '@/core/contracts/members.contract'
import { LoadFailed, Loading } from '@/components/CloudStatus'
import { Choices, DateInput, Field, FormError, TextInput, todayString } from '@/components/Form'
import { explainServerMessage } from '@/components/Form/server-message'
import { Screen } from '@/components/Screen'
import { useMember } from '@/hooks/use-members'
import { useRouteParams } from '@/hooks/use-route-params'
import { useSubmit } from '@/hooks/use-submit'
import { addMember, editMember } from '@/services/members'
import { PAGES, pageUrl } from '@/routes'
import { changesOf, draftOf, EMPTY_DRAFT, MEMBER_FIELD_LABELS, newMemberOf, type MemberDraft } from './member-form'

const GENDERS = [
  { value: '男', label: '男' },
  { value: '女', label: '女' },
] as const

interface FormProps {
  title: string
  initial: MemberDraft
  /** The stored phone, masked, when editing. */
  maskedPhone?: string | null
  saveLabel: string
  save: (draft: MemberDraft) => Promise<{ ok: true; data: MemberView } | { ok: false; message: string } | null>
  onSaved: (member: MemberView) => void
}

function MemberForm({ title, initial, maskedPhone, saveLabel, save, onSaved }: FormProps) {
  const [draft, setDraft] = useState<MemberDraft>(initial)
  const [problem, setProblem] = useState<{ text: string; fields: Record<string, string> } | null>(null)
  const [saving, setSaving] = useState(false)
  const set = <K extends keyof MemberDraft>(key: K) => (value: MemberDraft[K]) => setDraft((current) => ({ ...current, [key]: value }))
  const errorFor = (key: string) => problem?.fields[key] ?? null

  async function submit() {
    if (saving) return
    setSaving(true)
    const result = await save(draft)
    setSaving(false)
    if (!result) return
    if (result.ok) onSaved(result.data)
    else setProblem(explainServerMessage(result.message, MEMBER_FIELD_LABELS))
  }

  return (
    <View>
      <Text className='screen__title'>{title}</Text>
      <Text className='screen__lead'>带“可不填”的可以不填。不收集身份证号。</Text>
      <Field label='姓名' error={errorFor('name')}>
        <TextInput name='name' value={draft.name} onChange={set('name')} placeholder='例如 张建国' maxlength={20} />
      </Field>
      <Field label='性别' error={errorFor('gender')}>
        <Choices options={GENDERS} value={draft.gender} onChange={set('gender')} />
      </Field>
      <Field label='出生年份' hint='四位数字，例如 1968' error={errorFor('birthYear')}>
        <TextInput name='birthYear' type='number' value={draft.birthYear} onChange={set('birthYear')} placeholder='例如 1968' maxlength={4} />
      </Field>
      <Field label='入党时间' error={errorFor('joinedAt')}>
        <DateInput value={draft.joinedAt} onChange={set('joinedAt')} placeholder='点这里选择日期' end={todayString()} />
      </Field>
      <Field label='手机号' optional hint={maskedPhone ? `现在登记的是 ${maskedPhone}；不换就留空。` : '只给支部书记看，别人看到的是打码的号码。'} error={errorFor('phone')}>
        <TextInput name='phone' type='number' value={draft.phone} onChange={set('phone')} placeholder='11 位手机号' maxlength={11} />
      </Field>
      <Field label='职务' optional hint='例如 村委会副主任、村民小组长' error={errorFor('duty')}>
        <TextInput name='duty' value={draft.duty} onChange={set('duty')} placeholder='没有可不填' maxlength={30} />
      </Field>
      {problem && <FormError title='还不能保存' message={problem.text} />}
      <Button className='big-button' type='primary' color='#b7131a' loading={saving} disabled={saving} onClick={submit}>
        {saving ? '正在保存……' : saveLabel}
      </Button>
    </View>
  )
}

function AddMember({ orgId }: { orgId: string }) {
  const { submit } = useSubmit(addMember)
  return (
    <MemberForm
      title='添加党员'
      initial={EMPTY_DRAFT}
      saveLabel='保存'
      save={(draft) => submit(newMemberOf(draft, orgId))}
      // Straight to the new record, where the next step (the invite) is the big button.
      onSaved={(member) => Taro.redirectTo({ url: pageUrl(PAGES.member, { id: member.id, added: '1' }) })}
    />
  )
}

function EditMember({ id }: { id: string }) {
  const { state, retry } = useMember(id)
  const { submit } = useSubmit(editMember)
  const [initial, setInitial] = useState<MemberDraft | null>(null)
  useEffect(() => {
    if (state.status === 'ready') setInitial(draftOf(state.data))
  }, [state])
  if (state.status === 'loading') return <Loading what='党员信息' />
  if (state.status === 'failed') return <LoadFailed message={state.message} onRetry={retry} />
  if (!initial) return null
  const before = state.data
  return (
    <MemberForm
      title={`修改 ${before.name} 的信息`}
      initial={initial}
      maskedPhone={before.phone}
      saveLabel='保存修改'
      save={(draft) => submit(changesOf(draft, before))}
      onSaved={() => Taro.navigateBack()}
    />
  )
}

/** Add a member to an organisation (?orgId=) or change one (?id=); the server checks every field and says what is wrong. */
export default function MemberFormPage() {
  const params = useRouteParams()
  return (
    <Screen>
      {params.id ? (
        <EditMember id={params.id} />
      ) : params.orgId ? (
        <AddMember orgId={params.orgId} />
      ) : (
        <View className='card'>
          <Text className='card__text'>没有指明添加到哪个组织。请从“党员名册”点“添加党员”进来。</Text>
        </View>
      )}
    </Screen>
  )
}
