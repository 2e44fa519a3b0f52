import { Text } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useCallback } from 'react'
import { PhotoStrip } from '@/components/member-work'
import { Screen } from '@/components/Screen'
import { ActionButton, LoadError, LoadingText, Paragraphs } from '@/components/stories-suggestions'
import { STORY_SUGGESTION_ROUTES } from '@/components/stories-suggestions/routes'
import { useCloud } from '@/hooks/use-cloud'
import { useRouteParams } from '@/hooks/use-route-params'
import { readStory } from '@/services/stories'
import { readableDate } from '@/core/china-time'

function toFeed() {
  Taro.redirectTo({ url: STORY_SUGGESTION_ROUTES.storyFeed })
}

/** One recommended story in full; opening it adds one to its read count (a count, not a score). */
export default function StoryReaderPage() {
  const { id = '' } = useRouteParams()
  const load = useCallback(() => readStory(id), [id])
  const { state, retry } = useCloud(load)
  return (
    <Screen>
      {state.status === 'loading' && <LoadingText what='这篇典型经验' />}
      {state.status === 'failed' && <LoadError message={state.message} onRetry={retry} />}
      {state.status === 'ready' && (
        <>
          <Text className='screen__title'>{state.data.title}</Text>
          <Text className='pub-card__meta'>
            {state.data.orgName} · {state.data.criterionTitle}
          </Text>
          <Text className='pub-card__meta'>
            {readableDate(state.data.recommendedAt)}推荐 · 阅读 {state.data.readCount} 次
          </Text>
          <Text className='pub-card__quote'>{state.data.summary}</Text>
          <PhotoStrip fileIDs={state.data.photos} />
          <Paragraphs text={state.data.body} />
        </>
      )}
      <ActionButton kind='plain' label='看更多典型经验' onTap={toFeed} />
    </Screen>
  )
}
