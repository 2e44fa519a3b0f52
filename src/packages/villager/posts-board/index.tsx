import { Text, View } from '@tarojs/components'
import { LoadFailed, Loading } from '@/components/CloudStatus'
import { Screen } from '@/components/Screen'
// The cards' look (work-card), without the member-work components this page does not use.
import '@/components/member-work/index.scss'
import { usePostsBoard } from '@/hooks/use-posts'
import { useRouteParams } from '@/hooks/use-route-params'
import type { PostsBoard } from '@/services/posts'
import { readableDate } from '@/core/china-time'

type BoardPost = PostsBoard['posts'][number]

function PostCard({ post }: { post: BoardPost }) {
  return (
    <View className='work-card'>
      <Text className='work-card__title'>
        {post.memberName} · {post.postName}
      </Text>
      <Text className='work-card__text'>
        责任区：{post.area.name}
        {post.since ? `（${readableDate(post.since)}起）` : ''}
      </Text>
      {post.area.kind === 'place' && post.area.place && <Text className='card__text'>{post.area.place}</Text>}
      {post.area.households.length > 0 && <Text className='work-card__text'>联系户 {post.area.households.length} 户：</Text>}
      {post.area.households.map((household) => (
        <Text className='card__text' key={`${household.name}-${household.addressNote}`}>
          {household.name}
          {household.addressNote ? `，${household.addressNote}` : ''}
          {household.phone ? `，${household.phone}` : ''}
        </Text>
      ))}
      <Text className='work-card__text'>职责：</Text>
      {post.duties.map((duty) => (
        <Text className='card__text' key={duty.title}>
          {duty.title}（{duty.cadenceLabel}）
        </Text>
      ))}
    </View>
  )
}

function Board({ board }: { board: PostsBoard }) {
  return (
    <View>
      <Text className='screen__lead'>{board.org.name}。党员在什么岗位、联系哪些户、做哪些事，有事可以直接找他们。</Text>
      {board.posts.length === 0 && (
        <View className='card'>
          <Text className='card__text'>还没有公示的岗位。</Text>
        </View>
      )}
      {board.posts.map((post) => (
        <PostCard key={post.id} post={post} />
      ))}
    </View>
  )
}

/** 明岗公示: who holds which post and area, and their duties; anyone may read it, phones masked. */
export default function PostsBoardPage() {
  const params = useRouteParams()
  const { state, retry } = usePostsBoard(params.orgId)
  return (
    <Screen>
      <Text className='screen__title'>明岗公示</Text>
      {state.status === 'loading' && <Loading what='明岗公示' />}
      {state.status === 'failed' && <LoadFailed message={state.message} onRetry={retry} />}
      {state.status === 'ready' && <Board board={state.data} />}
    </Screen>
  )
}
