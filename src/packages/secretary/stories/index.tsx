import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useCallback } from 'react'
import { Screen } from '@/components/Screen'
import { ActionButton, LoadError, LoadingText, PubCard, Tag } from '@/components/stories-suggestions'
import { STORY_SUGGESTION_ROUTES } from '@/components/stories-suggestions/routes'
import type { StoryView } from '@/core/contracts/stories.contract'
import { heldPhotosLine } from '@/core/media/media-check'
import { useCloud } from '@/hooks/use-cloud'
import { useHome } from '@/hooks/use-home'
import { useReloadOnShow } from '@/hooks/use-reload-on-show'
import { pageUrl } from '@/routes'
import { listOrgStories } from '@/services/stories'
import { readableDate } from '@/core/china-time'

const TONE: Record<StoryView['status'], 'alert' | 'done' | 'wait'> = { draft: 'wait', submitted: 'wait', returned: 'alert', recommended: 'done' }

function open(id?: string) {
  Taro.navigateTo({ url: pageUrl(STORY_SUGGESTION_ROUTES.storyEdit, { id }) })
}

function Item({ story }: { story: StoryView }) {
  const lastComment = story.comments[story.comments.length - 1]
  // The branch's own photos after 报送: a refused one is seen by nobody else, so the card says so.
  const photos = heldPhotosLine(story.photoChecks ?? [], '照片')
  return (
    <View onClick={() => open(story.id)}>
      <PubCard tone={story.status === 'returned' ? 'alert' : story.status === 'recommended' ? 'done' : undefined}>
        <Text className='pub-card__title'>{story.title}</Text>
        <Text className='pub-card__meta'>体现：{story.criterionTitle}</Text>
        <Tag text={story.statusLabel} tone={TONE[story.status]} />
        {story.status === 'returned' && lastComment && <Text className='pub-card__quote pub-card__quote--alert'>乡镇的意见：{lastComment.text}</Text>}
        {photos && (
          <View>
            <Tag text={photos} tone={story.photoChecks?.some((photo) => photo.check === 'rejected') ? 'alert' : 'wait'} />
          </View>
        )}
        {story.status === 'recommended' && (
          <Text className='pub-card__meta'>
            {readableDate(story.recommendedAt)}推荐 · 阅读 {story.readCount} 次
          </Text>
        )}
        <Text className='pub-card__meta'>{story.can.includes('edit') ? '点击修改、报送 ›' : '点击查看 ›'}</Text>
      </PubCard>
    </View>
  )
}

function OrgStories({ orgId }: { orgId: string }) {
  const load = useCallback(() => listOrgStories(orgId), [orgId])
  const { state, retry } = useCloud(load)
  useReloadOnShow(retry)
  if (state.status === 'loading') return <LoadingText what='本支部的典型经验' />
  if (state.status === 'failed') return <LoadError message={state.message} onRetry={retry} />
  const order: StoryView['status'][] = ['returned', 'draft', 'submitted', 'recommended']
  const stories = [...state.data.stories].sort((a, b) => order.indexOf(a.status) - order.indexOf(b.status))
  return (
    <View>
      {stories.length === 0 && (
        <PubCard>
          <Text className='pub-card__text'>还没有写过典型经验。</Text>
        </PubCard>
      )}
      {stories.map((story) => (
        <Item key={story.id} story={story} />
      ))}
    </View>
  )
}

/** 典型经验 (secretary): the branch's stories, returned ones first with the township's words; one button to write a new one. */
export default function MyStoriesPage() {
  const { state, retry } = useHome()
  return (
    <Screen>
      <Text className='screen__title'>本支部的典型经验</Text>
      <Text className='screen__lead'>把支部的好做法写下来报送乡镇；乡镇推荐后，全县都能看到。</Text>
      <ActionButton label='写一篇典型经验' onTap={() => open()} />
      {state.status === 'loading' && <LoadingText what='您的身份' />}
      {state.status === 'failed' && <LoadError message={state.message} onRetry={retry} />}
      {state.status === 'ready' && state.data.org && <OrgStories orgId={state.data.org.id} />}
      {state.status === 'ready' && !state.data.org && <LoadError message='您还没有绑定到支部，不能写典型经验。' onRetry={retry} />}
      <ActionButton kind='plain' label='看全县推荐的典型经验' onTap={() => Taro.navigateTo({ url: STORY_SUGGESTION_ROUTES.storyFeed })} />
    </Screen>
  )
}
