import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { Screen } from '@/components/Screen'
import { LoadError, LoadingText, PubCard } from '@/components/stories-suggestions'
import { STORY_SUGGESTION_ROUTES } from '@/components/stories-suggestions/routes'
import { useCloud } from '@/hooks/use-cloud'
import { useReloadOnShow } from '@/hooks/use-reload-on-show'
import { pageUrl } from '@/routes'
import { storyFeed, type StoryCard } from '@/services/stories'
import { readableDate } from '@/core/china-time'

function Card({ story }: { story: StoryCard }) {
  return (
    <View className='story-feed__item' onClick={() => Taro.navigateTo({ url: pageUrl(STORY_SUGGESTION_ROUTES.story, { id: story.id }) })}>
      <PubCard>
        <Text className='pub-card__title'>{story.title}</Text>
        <Text className='pub-card__meta'>
          {story.orgName} · {story.criterionTitle}
        </Text>
        <Text className='pub-card__text'>{story.summary}</Text>
        <Text className='pub-card__meta'>
          {readableDate(story.recommendedAt)}推荐 · 阅读 {story.readCount} 次 · 点击阅读全文 ›
        </Text>
      </PubCard>
    </View>
  )
}

/** 典型经验: the county's recommended stories, newest first, for anyone. Read counts only: nothing to vote on. */
export default function StoryFeedPage() {
  const { state, retry } = useCloud(storyFeed)
  useReloadOnShow(retry)
  return (
    <Screen>
      <Text className='screen__title'>全县典型经验</Text>
      <Text className='screen__lead'>各支部的好做法，经乡镇推荐，最新的在前。</Text>
      {state.status === 'loading' && <LoadingText what='典型经验' />}
      {state.status === 'failed' && <LoadError message={state.message} onRetry={retry} />}
      {state.status === 'ready' && state.data.stories.length === 0 && (
        <PubCard>
          <Text className='pub-card__text'>还没有推荐的典型经验。</Text>
        </PubCard>
      )}
      {state.status === 'ready' && state.data.stories.map((story) => <Card key={story.id} story={story} />)}
    </Screen>
  )
}
