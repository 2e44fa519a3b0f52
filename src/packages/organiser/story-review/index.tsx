import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useCallback, useState } from 'react'
import { Field } from '@/components/Form'
import { PhotoStrip, TextBox } from '@/components/member-work'
import { Screen } from '@/components/Screen'
import { ActionButton, LoadError, LoadingText, Notice, Paragraphs, PubCard } from '@/components/stories-suggestions'
import { STORY_SUGGESTION_ROUTES } from '@/components/stories-suggestions/routes'
import type { StoryView } from '@/core/contracts/stories.contract'
import { useCloud } from '@/hooks/use-cloud'
import { useHome } from '@/hooks/use-home'
import { useReloadOnShow } from '@/hooks/use-reload-on-show'
import { useSubmit } from '@/hooks/use-submit'
import { listStoriesForReview, reviewStory } from '@/services/stories'
import { readableDate } from '@/core/china-time'

/** One submitted story in full, with the township's comment box and its two decisions. */
function ReviewCard({ story }: { story: StoryView }) {
  const [comment, setComment] = useState('')
  const [open, setOpen] = useState(false)
  const { state, submit } = useSubmit(reviewStory)
  if (state.status === 'done') {
    const recommended = state.data.status === 'recommended'
    return (
      <PubCard tone={recommended ? 'done' : undefined}>
        <Text className='pub-card__title'>{story.title}</Text>
        <Text className='pub-card__meta'>{story.orgName}</Text>
        <Notice title={recommended ? '已推荐到全县典型经验' : '已退回支部修改'} text={recommended ? '全县的人都能在“典型经验”里读到它。' : '支部会看到您写的意见，改好后会再报送。'} />
      </PubCard>
    )
  }
  return (
    <PubCard>
      <Text className='pub-card__title'>{story.title}</Text>
      <Text className='pub-card__meta'>
        {story.orgName} · 体现：{story.criterionTitle}
      </Text>
      <Text className='pub-card__meta'>{readableDate(story.submittedAt)}报送</Text>
      <Text className='pub-card__quote'>{story.summary}</Text>
      <PhotoStrip fileIDs={story.photos} />
      {open ? <Paragraphs text={story.body} /> : <ActionButton kind='plain' label='读正文' onTap={() => setOpen(true)} />}
      <Field label='审阅意见' optional hint='退回时必须写明怎么改；推荐时可以不写。支部看得到，群众看不到。'>
        <TextBox name={`comment-${story.id}`} value={comment} onChange={setComment} maxlength={300} placeholder='例如：请补充群众的反映和具体数字' />
      </Field>
      {state.status === 'failed' && <Notice tone='alert' title='没有办成' text={state.message} />}
      <ActionButton label='推荐到全县' busy={state.status === 'saving'} onTap={() => void submit(story.id, 'recommend', comment)} />
      <ActionButton kind='plain' label='退回修改' disabled={state.status === 'saving'} onTap={() => void submit(story.id, 'return', comment)} />
    </PubCard>
  )
}

function Queue({ rootOrgId }: { rootOrgId: string }) {
  const load = useCallback(() => listStoriesForReview(rootOrgId), [rootOrgId])
  const { state, retry } = useCloud(load)
  useReloadOnShow(retry)
  if (state.status === 'loading') return <LoadingText what='报送的典型经验' />
  if (state.status === 'failed') return <LoadError message={state.message} onRetry={retry} />
  return (
    <View>
      <Text className='section-title'>等您审阅（{state.data.stories.length}）</Text>
      {state.data.stories.length === 0 && (
        <PubCard>
          <Text className='pub-card__text'>辖区内没有等待审阅的典型经验。</Text>
        </PubCard>
      )}
      {state.data.stories.map((story) => (
        <ReviewCard key={story.id} story={story} />
      ))}
    </View>
  )
}

/** 典型经验审阅 (township): read what the branches submitted, return it with a comment or recommend it to the county. */
export default function StoryReviewPage() {
  const { state, retry } = useHome()
  return (
    <Screen>
      <Text className='screen__title'>典型经验审阅</Text>
      <Text className='screen__lead'>推荐的会出现在全县典型经验里，供各支部学习。</Text>
      {state.status === 'loading' && <LoadingText what='您的身份' />}
      {state.status === 'failed' && <LoadError message={state.message} onRetry={retry} />}
      {state.status === 'ready' && state.data.org && <Queue rootOrgId={state.data.org.id} />}
      {state.status === 'ready' && !state.data.org && <LoadError message='您的账号没有对应的组织。' onRetry={retry} />}
      <ActionButton kind='plain' label='看全县推荐的典型经验' onTap={() => Taro.navigateTo({ url: STORY_SUGGESTION_ROUTES.storyFeed })} />
    </Screen>
  )
}
