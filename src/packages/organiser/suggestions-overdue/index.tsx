import { Text, View } from '@tarojs/components'
import { useCallback } from 'react'
import { Screen } from '@/components/Screen'
import { LoadError, LoadingText, PubCard, Tag } from '@/components/stories-suggestions'
import { useCloud } from '@/hooks/use-cloud'
import { useHome } from '@/hooks/use-home'
import { useReloadOnShow } from '@/hooks/use-reload-on-show'
import { listOverdueSuggestions } from '@/services/suggestions'
import { readableDate } from '@/core/china-time'

function Overdue({ rootOrgId }: { rootOrgId: string }) {
  const load = useCallback(() => listOverdueSuggestions(rootOrgId), [rootOrgId])
  const { state, retry } = useCloud(load)
  useReloadOnShow(retry)
  if (state.status === 'loading') return <LoadingText what='超期的意见建议' />
  if (state.status === 'failed') return <LoadError message={state.message} onRetry={retry} />
  const { answerDays, suggestions } = state.data
  return (
    <View>
      <Text className='screen__lead'>群众留言超过 {answerDays} 天支部还没有答复的，请督促支部尽快答复。留言人是谁，这里看不到。</Text>
      <Text className='section-title'>超期未答复（{suggestions.length}）</Text>
      {suggestions.length === 0 && (
        <PubCard>
          <Text className='pub-card__text'>辖区内没有超期未答复的意见建议。</Text>
        </PubCard>
      )}
      {suggestions.map((suggestion) => (
        <PubCard key={suggestion.id} tone='alert'>
          <Text className='pub-card__title'>{suggestion.orgName}</Text>
          <Text className='pub-card__meta'>
            {readableDate(suggestion.createdAt)}留言 · {suggestion.kindLabel}
          </Text>
          <Text className='pub-card__text'>{suggestion.text}</Text>
          <Tag tone='alert' text={`已等 ${suggestion.daysWaiting} 天未答复`} />
        </PubCard>
      ))}
    </View>
  )
}

/** 超期未答复的意见 (township): suggestions under it left unanswered past the set days, longest waiting first. */
export default function OverdueSuggestionsPage() {
  const { state, retry } = useHome()
  return (
    <Screen>
      <Text className='screen__title'>超期未答复的意见建议</Text>
      {state.status === 'loading' && <LoadingText what='您的身份' />}
      {state.status === 'failed' && <LoadError message={state.message} onRetry={retry} />}
      {state.status === 'ready' && state.data.org && <Overdue rootOrgId={state.data.org.id} />}
      {state.status === 'ready' && !state.data.org && <LoadError message='您的账号没有对应的组织。' onRetry={retry} />}
    </Screen>
  )
}
