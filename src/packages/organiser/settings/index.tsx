import { Text, View } from '@tarojs/components'
import Button from '@nutui/nutui-react-taro/dist/es/packages/button/index'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/style.css'
import { useState } from 'react'
import type { SettingsView } from '@/core/contracts/settings.contract'
import { SETTINGS_FIELDS } from '@/core/settings/settings.fields'
import { LoadFailed, Loading } from '@/components/CloudStatus'
import { Field, FormError, TextInput } from '@/components/Form'
import { Screen } from '@/components/Screen'
import { useCloud } from '@/hooks/use-cloud'
import { getSettings, updateSettings, type SettingsPatch } from '@/services/settings'
import './index.scss'
import { readableDate } from '@/core/china-time'

type Draft = Record<string, Record<string, string>>

function draftOf(view: SettingsView): Draft {
  const values = view.settings as unknown as Record<string, Record<string, number | string>>
  return Object.fromEntries(SETTINGS_FIELDS.map((section) => [section.key, Object.fromEntries(section.fields.map((field) => [field.key, String(values[section.key]?.[field.key] ?? '')]))]))
}

/** What the screen sends: numbers as numbers (a blank or a word goes as it is typed, for the server to explain). */
function patchOf(draft: Draft): SettingsPatch {
  const patch: Record<string, Record<string, number | string>> = {}
  for (const section of SETTINGS_FIELDS) {
    patch[section.key] = Object.fromEntries(
      section.fields.map((field) => {
        const typed = (draft[section.key]?.[field.key] ?? '').trim()
        return [field.key, field.kind === 'number' && /^-?\d+$/.test(typed) ? Number(typed) : typed]
      }),
    )
  }
  return patch as SettingsPatch
}

function savedLine(view: SettingsView): string {
  if (!view.updatedAt) return '现在用的都是默认值（当地常用做法）。'
  return `${view.updatedBy || '县委组织部'} 于 ${readableDate(view.updatedAt)} 修改。`
}

function SettingsForm({ view }: { view: SettingsView }) {
  const [current, setCurrent] = useState(view)
  const [draft, setDraft] = useState<Draft>(() => draftOf(view))
  const [sending, setSending] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [saved, setSaved] = useState(false)

  function change(section: string, field: string, value: string) {
    setDraft((previous) => ({ ...previous, [section]: { ...previous[section], [field]: value } }))
    setSaved(false)
  }

  async function save() {
    if (sending) return
    setSending(true)
    setError(null)
    setSaved(false)
    const result = await updateSettings(patchOf(draft))
    setSending(false)
    if (!result.ok) {
      setError(result.message)
      return
    }
    setCurrent(result.data)
    setDraft(draftOf(result.data))
    setSaved(true)
  }

  return (
    <View>
      <Text className='screen__lead'>这些数字全县通用：满意度分几档、每人每年几条承诺、意见建议几天内答复。{savedLine(current)}</Text>
      {!current.canEdit && (
        <View className='card'>
          <Text className='card__title'>只能查看</Text>
          <Text className='card__text'>全县设置由县委组织部修改；如需调整，请联系县委组织部。</Text>
        </View>
      )}
      {SETTINGS_FIELDS.map((section) => (
        <View key={section.key} className='settings-section'>
          <Text className='section-title'>{section.title}</Text>
          {section.fields.map((field) => {
            const value = draft[section.key]?.[field.key] ?? ''
            return current.canEdit ? (
              <Field key={field.key} label={field.unit ? `${field.label}（${field.unit}）` : field.label} hint={field.hint}>
                <TextInput name={`${section.key}.${field.key}`} type={field.kind === 'number' ? 'number' : 'text'} maxlength={5} value={value} onChange={(next) => change(section.key, field.key, next)} />
              </Field>
            ) : (
              <View key={field.key} className='settings-value'>
                <Text className='settings-value__label'>{field.label}</Text>
                <Text className='settings-value__number'>
                  {value}
                  {field.unit ?? ''}
                </Text>
              </View>
            )
          })}
        </View>
      ))}
      {error && <FormError title='没有保存' message={error} />}
      {saved && (
        <View className='card' role='status'>
          <Text className='card__title'>已保存</Text>
          <Text className='card__text'>全县的看板、提醒和督办从现在起按新设置计算。</Text>
        </View>
      )}
      {current.canEdit && (
        <Button className='big-button' type='primary' color='#b7131a' loading={sending} onClick={save}>
          保存设置
        </Button>
      )}
    </View>
  )
}

/** 全县设置: the county organiser (or the admin) changes the thresholds every area uses; everyone else sees them. */
export default function SettingsPage() {
  const { state, retry } = useCloud<SettingsView>(getSettings)
  return (
    <Screen>
      <Text className='screen__title'>全县设置</Text>
      {state.status === 'loading' && <Loading what='全县设置' />}
      {state.status === 'failed' && <LoadFailed message={state.message} onRetry={retry} />}
      {state.status === 'ready' && <SettingsForm view={state.data} />}
    </Screen>
  )
}
