import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { Screen } from '@/components/Screen'
import { ActionButton, LoadError, LoadingText, PubCard, Tag } from '@/components/stories-suggestions'
import { STORY_SUGGESTION_ROUTES } from '@/components/stories-suggestions/routes'
import { useCloud } from '@/hooks/use-cloud'
import { useReloadOnShow } from '@/hooks/use-reload-on-show'
import { mySuggestions, type MySuggestion } from '@/services/suggestions'
import { readableDate } from '@/core/china-time'

function Item({ suggestion }: { suggestion: MySuggestion }) {
  const tone = suggestion.status === 'answered' ? 'done' : suggestion.status === 'rejected' ? 'alert' : undefined
  return (
    <PubCard tone={tone}>
      <Text className='pub-card__title'>{suggestion.orgName}</Text>
      <Text className='pub-card__meta'>
        {readableDate(suggestion.createdAt)} · {suggestion.kindLabel}
      </Text>
      <Text className='pub-card__text'>{suggestion.text}</Text>
      <Tag text={suggestion.statusLabel} tone={tone === 'done' ? 'done' : tone === 'alert' ? 'alert' : 'wait'} />
      {suggestion.status === 'rejected' && (
        <Text className='pub-card__quote pub-card__quote--alert'>没有送给支部的原因：{suggestion.rejectedReason ?? '有不适合的文字'}。只有您自己看得到这条留言。</Text>
      )}
      {suggestion.answer && (
        <Text className='pub-card__quote'>
          {suggestion.answer.by}答复（{readableDate(suggestion.answer.at)}）：{suggestion.answer.text}
        </Text>
      )}
    </PubCard>
  )
}

/** 我的意见: what this WeChat account left and the answers; the server answers only the author's own. */
export default function MySuggestionsPage() {
  const { state, retry } = useCloud(mySuggestions)
  useReloadOnShow(retry)
  return (
    <Screen>
      <Text className='screen__title'>我的意见</Text>
      <Text className='screen__lead'>您留过的意见建议和支部的答复。只有您自己看得到这一页。</Text>
      {state.status === 'loading' && <LoadingText what='您的留言' />}
      {state.status === 'failed' && <LoadError message={state.message} onRetry={retry} />}
      {state.status === 'ready' && state.data.suggestions.length === 0 && (
        <PubCard>
          <Text className='pub-card__text'>您还没有留过意见建议。</Text>
        </PubCard>
      )}
      {state.status === 'ready' && (
        <View>
          {state.data.suggestions.map((suggestion) => (
            <Item key={suggestion.id} suggestion={suggestion} />
          ))}
        </View>
      )}
      <ActionButton label='写一条意见建议' onTap={() => Taro.navigateTo({ url: STORY_SUGGESTION_ROUTES.suggest })} />
    </Screen>
  )
}
