import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import { Choices, Field } from '@/components/Form'
import { TextBox } from '@/components/member-work'
import { PlacePicker } from '@/components/PlacePicker'
import { Screen } from '@/components/Screen'
import { ActionButton, LoadError, LoadingText, Notice } from '@/components/stories-suggestions'
import { STORY_SUGGESTION_ROUTES } from '@/components/stories-suggestions/routes'
import type { SuggestionKind } from '@/core/publicity/suggestion.rules'
import { useCloud } from '@/hooks/use-cloud'
import { useRouteParams } from '@/hooks/use-route-params'
import { useSubmit } from '@/hooks/use-submit'
import { pageUrl } from '@/routes'
import { leaveSuggestion, listSuggestionPlaces, type MySuggestion } from '@/services/suggestions'

const KINDS: readonly { value: SuggestionKind; label: string }[] = [
  { value: 'suggestion', label: '提意见建议' },
  { value: 'complaint', label: '反映问题、投诉' },
]
const TEXT_MAX = 500

function toMine() {
  Taro.navigateTo({ url: STORY_SUGGESTION_ROUTES.mySuggestions })
}

/** What happened to what was just left: delivered, or kept back by the content check (with the reason). */
function Result({ left, onAnother }: { left: MySuggestion; onAnother: () => void }) {
  return (
    <View>
      {left.status === 'rejected' ? (
        <Notice
          tone='alert'
          title='这条留言没有送给支部'
          text={`内容没有通过安全检查：${left.rejectedReason ?? '有不适合的文字'}。它只有您自己看得到（在“我的意见”里）；请改一改说法，再写一条。`}
        />
      ) : (
        <Notice title={`已送达${left.orgName}`} text='支部会答复您。答复和办理情况在“我的意见”里看，只有您自己看得到。' />
      )}
      <ActionButton label='看我的意见' onTap={toMine} />
      <ActionButton kind='plain' label={left.status === 'rejected' ? '重新写一条' : '再写一条'} onTap={onAnother} />
    </View>
  )
}

/** 意见建议: anyone, bound or not, writes to one organisation; the branch must answer. */
export default function SuggestPage() {
  const { orgId } = useRouteParams()
  const { state, retry } = useCloud(listSuggestionPlaces)
  const [kind, setKind] = useState<SuggestionKind>('suggestion')
  const [text, setText] = useState('')
  const sending = useSubmit(leaveSuggestion)
  const place = state.status === 'ready' ? state.data.places.find((candidate) => candidate.id === orgId) : undefined

  async function send() {
    if (!orgId) return
    const answer = await sending.submit(orgId, kind, text)
    if (answer?.ok) setText('')
  }

  return (
    <Screen>
      <Text className='screen__title'>意见建议</Text>
      {state.status === 'loading' && <LoadingText what='可以留言的组织' />}
      {state.status === 'failed' && <LoadError message={state.message} onRetry={retry} />}
      {state.status === 'ready' && !orgId && <PlacePicker places={state.data.places} lead='先选您要留言的村（或企业）党组织：' onPick={(place) => Taro.redirectTo({ url: pageUrl(STORY_SUGGESTION_ROUTES.suggest, { orgId: place.id }) })} />}
      {state.status === 'ready' && orgId && sending.state.status === 'done' && <Result left={sending.state.data} onAnother={sending.reset} />}
      {state.status === 'ready' && orgId && sending.state.status !== 'done' && (
        <View>
          <Text className='screen__lead'>写给：{place ? `${place.name}（${place.under}）` : '这个组织'}</Text>
          <Text className='screen__lead'>不用登记姓名。支部看不到是谁写的，只有您自己能看到答复。</Text>
          <Field label='您想'>
            <Choices options={KINDS} value={kind} onChange={setKind} />
          </Field>
          <Field label='写下您的意见或遇到的问题' hint='说清楚是什么事、在哪里，支部好办理。'>
            <TextBox name='suggestion' value={text} onChange={setText} maxlength={TEXT_MAX} placeholder='例如：村口的路灯坏了两盏，晚上走路看不清' />
            <Text className='pub-field-count'>
              {text.trim().length}/{TEXT_MAX} 字
            </Text>
          </Field>
          {sending.state.status === 'failed' && <Notice tone='alert' title='没有发出去' text={sending.state.message} />}
          <ActionButton label='发给支部' busy={sending.state.status === 'saving'} onTap={() => void send()} />
          <ActionButton kind='plain' label='看我的意见' onTap={toMine} />
        </View>
      )}
    </Screen>
  )
}
