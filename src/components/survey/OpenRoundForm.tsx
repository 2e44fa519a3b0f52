import { Input, Picker, Text, View } from '@tarojs/components'
import Button from '@nutui/nutui-react-taro/dist/es/packages/button/index'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/style.css'
import { useEffect, useRef, useState } from 'react'
import type { Question } from '@/core/survey/survey.types'
import { MAX_EXTRA_QUESTIONS } from '@/core/survey/survey.questionnaire'
import { chinaDate, readableDate } from '@/core/china-time'
import { getSettings } from '@/services/settings'
import { openRounds, type OpenRoundsOutput } from '@/services/survey'
import './survey.scss'

const DEFAULT_MINIMUM = 10
const DEFAULT_DAYS = 30

/** A round's default title: “2026年下半年群众满意度测评”. */
export function defaultTitle(today: string): string {
  const [year, month] = today.split('-').map(Number)
  return `${year}年${month <= 6 ? '上' : '下'}半年群众满意度测评`
}

function addDays(day: string, days: number): string {
  return chinaDate(new Date(new Date(`${day}T00:00:00+08:00`).getTime() + days * 86_400_000))
}

interface Props {
  /** The organisations the round is opened for (one for a secretary; the checked ones for an organiser). */
  orgIds: readonly string[]
  /** The default questions to show; for a township-wide round each organisation gets its own type's. */
  defaults: readonly Question[] | null
  onOpened: (opened: OpenRoundsOutput) => void
}

/** Title, period, minimum and added questions of a new round; the server checks everything again. */
export function OpenRoundForm({ orgIds, defaults, onOpened }: Props) {
  const today = chinaDate(new Date())
  const [title, setTitle] = useState(() => defaultTitle(today))
  const [opensOn, setOpensOn] = useState(today)
  const [closesOn, setClosesOn] = useState(() => addDays(today, DEFAULT_DAYS))
  const [minimum, setMinimum] = useState(String(DEFAULT_MINIMUM))
  const [extras, setExtras] = useState<string[]>([])
  const [draft, setDraft] = useState('')
  const [sending, setSending] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const minimumTouched = useRef(false)

  // The county's default minimum (全县设置) replaces the built-in one until the opener types their own.
  useEffect(() => {
    let live = true
    void getSettings().then((result) => {
      if (live && result.ok && !minimumTouched.current) setMinimum(String(result.data.settings.survey.defaultMinAnswers))
    })
    return () => {
      live = false
    }
  }, [])

  function addQuestion() {
    const text = draft.trim()
    if (text.length < 4) {
      setError('新增的题目至少写 4 个字，例如“村里的路灯修得及时吗？”')
      return
    }
    setExtras((previous) => [...previous, text])
    setDraft('')
    setError(null)
  }

  async function submit() {
    if (sending) return
    const minimumAnswers = Number(minimum)
    if (!Number.isInteger(minimumAnswers) || minimumAnswers < 5) {
      setError('最少答卷数请填 5 或更大的整数：份数太少，别人能猜出是谁答的。')
      return
    }
    if (orgIds.length === 0) {
      setError('请至少选一个组织。')
      return
    }
    setSending(true)
    setError(null)
    const result = await openRounds({ orgIds: [...orgIds], title: title.trim(), opensOn, closesOn, minimumAnswers, ...(extras.length > 0 ? { extraQuestions: extras } : {}) })
    setSending(false)
    if (result.ok) onOpened(result.data)
    else setError(result.message)
  }

  return (
    <View>
      <View className='survey-field'>
        <Text className='survey-field__label'>调查名称</Text>
        <Input className='survey-input' value={title} maxlength={40} onInput={(event) => setTitle(event.detail.value)} />
      </View>
      <View className='survey-field'>
        <Text className='survey-field__label'>开始日期</Text>
        <Picker mode='date' value={opensOn} start={today} onChange={(event) => setOpensOn(String(event.detail.value))}>
          <View className='survey-picker'>
            <Text>{readableDate(opensOn)}</Text>
          </View>
        </Picker>
      </View>
      <View className='survey-field'>
        <Text className='survey-field__label'>结束日期</Text>
        <Picker mode='date' value={closesOn} start={opensOn} onChange={(event) => setClosesOn(String(event.detail.value))}>
          <View className='survey-picker'>
            <Text>{readableDate(closesOn)}</Text>
          </View>
        </Picker>
      </View>
      <View className='survey-field'>
        <Text className='survey-field__label'>最少答卷数</Text>
        <Text className='survey-field__hint'>不到这个数不显示结果，保护答题群众。</Text>
        <Input className='survey-input' type='number' value={minimum} onInput={(event) => {
            minimumTouched.current = true
            setMinimum(event.detail.value)
          }} />
      </View>
      <Text className='section-title'>题目</Text>
      {defaults ? (
        defaults.map((question, index) => (
          <Text className='survey-question' key={question.id}>
            {index + 1}. {question.text}
          </Text>
        ))
      ) : (
        <Text className='survey-field__hint'>每个组织按自己类型的五条标准出默认题目（办事公道、作风清正、办实事、热点难点、总体评价）。</Text>
      )}
      {extras.map((text, index) => (
        <View className='survey-check' key={`${index}-${text}`} onClick={() => setExtras((previous) => previous.filter((_, i) => i !== index))}>
          <Text className='survey-check__box'>新增</Text>
          <Text>{text}（点一下删除）</Text>
        </View>
      ))}
      {extras.length < MAX_EXTRA_QUESTIONS && (
        <View className='survey-field'>
          <Text className='survey-field__label'>增加一道题（可不加，最多 {MAX_EXTRA_QUESTIONS} 道）</Text>
          <Input className='survey-input' value={draft} maxlength={60} placeholder='例如：村里的路灯修得及时吗？' onInput={(event) => setDraft(event.detail.value)} />
          <View className='survey-link' onClick={addQuestion}>
            <Text>+ 加上这道题</Text>
          </View>
        </View>
      )}
      {error && (
        <View className='survey-error' role='alert'>
          <Text>{error}</Text>
        </View>
      )}
      <Button className='big-button' type='primary' color='#b7131a' loading={sending} onClick={submit}>
        {orgIds.length > 1 ? `为 ${orgIds.length} 个组织开启调查` : '开启调查'}
      </Button>
    </View>
  )
}
