import { Text, View } from '@tarojs/components'
import Button from '@nutui/nutui-react-taro/dist/es/packages/button/index'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/style.css'
import { useState } from 'react'
import type { DevelopmentView } from '@/core/contracts/development.contract'
import { Choices, DateInput, Field, FormError, TextInput, todayString } from '@/components/Form'
import { explainServerMessage } from '@/components/Form/server-message'
import { useSubmit } from '@/hooks/use-submit'
import { addApplicant, type NewApplicant } from '@/services/development'

/** The labels the form shows, by the field keys the server names in its messages. */
export const APPLICANT_FIELD_LABELS: Readonly<Record<string, string>> = {
  name: '姓名',
  gender: '性别',
  birthYear: '出生年份',
  appliedAt: '递交入党申请书的日期',
}

const GENDERS = [
  { value: '男', label: '男' },
  { value: '女', label: '女' },
] as const

/** What the form holds: text as typed, so nothing is lost between taps. */
export interface ApplicantDraft {
  name: string
  gender: '男' | '女' | null
  birthYear: string
  appliedAt: string
}

/** The add payload as typed (the year as a number when it is one), so the server, not the phone, decides what is wrong. */
export function applicantOf(draft: ApplicantDraft, orgId: string): NewApplicant {
  const year = Number(draft.birthYear.trim())
  const payload: Record<string, unknown> = {
    orgId,
    name: draft.name,
    gender: draft.gender ?? undefined,
    birthYear: draft.birthYear.trim() === '' || Number.isNaN(year) ? undefined : year,
    appliedAt: draft.appliedAt || undefined,
  }
  return payload as NewApplicant
}

/** 登记入党申请人: name, gender, birth year and the day the application letter came in; every refusal under its field. */
export function ApplicantForm({ orgId, onSaved, onCancel }: { orgId: string; onSaved: (record: DevelopmentView) => void; onCancel: () => void }) {
  const [draft, setDraft] = useState<ApplicantDraft>({ name: '', gender: null, birthYear: '', appliedAt: '' })
  const [problem, setProblem] = useState<{ text: string; fields: Record<string, string> } | null>(null)
  const { state, submit } = useSubmit(addApplicant)
  const set = <K extends keyof ApplicantDraft>(key: K) => (value: ApplicantDraft[K]) => setDraft((current) => ({ ...current, [key]: value }))
  const errorFor = (key: string) => problem?.fields[key] ?? null
  const saving = state.status === 'saving'

  async function save() {
    const result = await submit(applicantOf(draft, orgId))
    if (!result) return
    if (result.ok) onSaved(result.data)
    else setProblem(explainServerMessage(result.message, APPLICANT_FIELD_LABELS))
  }

  return (
    <View className='card'>
      <Text className='card__title'>登记入党申请人</Text>
      <Text className='card__text'>收到入党申请书后登记。不收集身份证号。</Text>
      <Field label='姓名' error={errorFor('name')}>
        <TextInput name='name' value={draft.name} onChange={set('name')} placeholder='例如 李明' maxlength={20} />
      </Field>
      <Field label='性别' error={errorFor('gender')}>
        <Choices options={GENDERS} value={draft.gender} onChange={set('gender')} />
      </Field>
      <Field label='出生年份' hint='四位数字，例如 1998；申请时应年满十八岁' error={errorFor('birthYear')}>
        <TextInput name='birthYear' type='number' value={draft.birthYear} onChange={set('birthYear')} placeholder='例如 1998' maxlength={4} />
      </Field>
      <Field label='递交入党申请书的日期' error={errorFor('appliedAt')}>
        <DateInput value={draft.appliedAt} onChange={set('appliedAt')} placeholder='点这里选择日期' end={todayString()} />
      </Field>
      {problem && <FormError title='还不能登记' message={problem.text} />}
      <Button className='big-button' type='primary' color='#b7131a' loading={saving} disabled={saving} onClick={save}>
        {saving ? '正在保存……' : '登记'}
      </Button>
      <Button className='big-button plain-button' onClick={onCancel}>
        不登记了
      </Button>
    </View>
  )
}
