import { Text, View } from '@tarojs/components'
import Button from '@nutui/nutui-react-taro/dist/es/packages/button/index'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/style.css'
import { LoadFailed, Loading } from '@/components/CloudStatus'
import { FormError } from '@/components/Form'
import { Screen } from '@/components/Screen'
// The cards' look (work-card), without the member-work components this page does not use.
import '@/components/member-work/index.scss'
import { usePostChoices, type PostChoices } from '@/hooks/use-posts'
import { useSubmit } from '@/hooks/use-submit'
import { volunteerForPost, type CataloguePost } from '@/services/posts'

const CADENCE_WORDS: Readonly<Record<CataloguePost['duties'][number]['cadence'], string>> = { weekly: '每周', monthly: '每月', quarterly: '每季度' }

function PostCard({ post, memberId, held }: { post: CataloguePost; memberId: string; held: string | null }) {
  const { state, submit } = useSubmit(volunteerForPost)
  const status = state.status === 'done' ? state.data.statusLabel : held
  return (
    <View className='work-card'>
      <Text className='work-card__title'>{post.name}</Text>
      {post.description && <Text className='card__text'>{post.description}</Text>}
      {post.duties.map((duty) => (
        <Text className='work-card__text' key={duty.title}>
          {CADENCE_WORDS[duty.cadence]}：{duty.title}
        </Text>
      ))}
      {status ? (
        <Text className='work-card__done'>{status}</Text>
      ) : (
        <Button className='big-button' type='default' loading={state.status === 'saving'} onClick={() => void submit(memberId, post.id)}>
          我愿意认领这个岗位
        </Button>
      )}
      {state.status === 'failed' && <FormError title='没有认领' message={state.message} />}
    </View>
  )
}

function Catalogue({ data }: { data: PostChoices }) {
  const held = new Map(data.tasks.assignments.map((assignment) => [assignment.postId, assignment.statusLabel]))
  return (
    <View>
      <Text className='screen__lead'>选一个您愿意做、做得了的岗位。认领后，支部书记会和您商量责任区和要做的事（定岗）。</Text>
      {data.catalogue.posts.map((post) => (
        <PostCard key={post.id} post={post} memberId={data.memberId} held={held.get(post.id) ?? null} />
      ))}
    </View>
  )
}

/** 认岗: a member offers to take a post from the branch's catalogue; the secretary then assigns it (定岗). */
export default function VolunteerPage() {
  const { state, retry } = usePostChoices()
  return (
    <Screen>
      <Text className='screen__title'>认领岗位</Text>
      {state.status === 'loading' && <Loading what='支部的岗位' />}
      {state.status === 'failed' && <LoadFailed message={state.message} onRetry={retry} />}
      {state.status === 'ready' && <Catalogue data={state.data} />}
    </Screen>
  )
}
