import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useEffect, useState } from 'react'
import Button from '@nutui/nutui-react-taro/dist/es/packages/button/index'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/style.css'
import { LoadFailed, Loading } from '@/components/CloudStatus'
import { Field, FormError, TextInput } from '@/components/Form'
import { TextBox } from '@/components/member-work'
import { MEMBER_WORK_ROUTES } from '@/components/member-work/routes'
import { Screen } from '@/components/Screen'
import { chinaDate, readableDate } from '@/core/china-time'
import type { AssignmentView } from '@/core/contracts/posts.contract'
import { useBranchPosts, type BranchPosts } from '@/hooks/use-posts'
import { useReloadOnShow } from '@/hooks/use-reload-on-show'
import { useRouteParams } from '@/hooks/use-route-params'
import { useSubmit } from '@/hooks/use-submit'
import { pageUrl } from '@/routes'
import { definePost, publishPost, type CataloguePost } from '@/services/posts'

function openAssign(orgId: string, assignment?: AssignmentView) {
  Taro.navigateTo({ url: pageUrl(MEMBER_WORK_ROUTES.postAssign, { orgId, memberId: assignment?.memberId, postId: assignment?.postId }) })
}

/** 调整责任区: the 定岗 form, filled with this post's area and duties. */
function openAdjust(orgId: string, assignment: AssignmentView) {
  Taro.navigateTo({ url: pageUrl(MEMBER_WORK_ROUTES.postAssign, { orgId, assignmentId: assignment.id }) })
}

function AdjustButton({ orgId, assignment }: { orgId: string; assignment: AssignmentView }) {
  return (
    <Button className='big-button' type='default' onClick={() => openAdjust(orgId, assignment)}>
      调整责任区
    </Button>
  )
}

/** The area in one or two lines: the households by name (phones as the server gave them), or the place. */
function AreaLines({ area }: { area: NonNullable<AssignmentView['area']> }) {
  return (
    <View>
      <Text className='work-card__text'>责任区：{area.name}</Text>
      {area.kind === 'place' ? (
        <Text className='card__text'>{area.place}</Text>
      ) : (
        <Text className='card__text'>
          联系户 {area.households.length} 户：{area.households.map((household) => (household.phone ? `${household.name}（${household.phone}）` : household.name)).join('、')}
        </Text>
      )}
    </View>
  )
}

function Duties({ duties }: { duties: AssignmentView['duties'] }) {
  return (
    <Text className='work-card__text'>
      职责：{duties.map((duty) => `${duty.title}（${duty.cadenceLabel}）`).join('；')}
    </Text>
  )
}

/** 定岗 done, 明岗 next: one tap publishes it, and duties fall due from then on. */
function PublishCard({ orgId, assignment, onPublished }: { orgId: string; assignment: AssignmentView; onPublished: (assignment: AssignmentView) => void }) {
  const { state, submit } = useSubmit(publishPost)
  async function publish() {
    const answer = await submit(assignment.id)
    if (answer?.ok) onPublished(answer.data)
  }
  return (
    <View className='work-card work-card--due'>
      <Text className='work-card__title'>
        {assignment.memberName} · {assignment.postName}
      </Text>
      {assignment.area && <AreaLines area={assignment.area} />}
      <Duties duties={assignment.duties} />
      {state.status === 'failed' && <FormError title='没有公示' message={state.message} />}
      <Button className='big-button' type='primary' color='#b7131a' loading={state.status === 'saving'} onClick={() => void publish()}>
        明岗公示
      </Button>
      <AdjustButton orgId={orgId} assignment={assignment} />
    </View>
  )
}

function NewPostForm({ orgId, onAdded }: { orgId: string; onAdded: (post: CataloguePost) => void }) {
  const [name, setName] = useState('')
  const [description, setDescription] = useState('')
  const { state, submit, reset } = useSubmit(definePost)
  async function add() {
    const answer = await submit(orgId, name, description)
    if (answer?.ok) {
      setName('')
      setDescription('')
      reset()
      onAdded(answer.data)
    }
  }
  return (
    <View className='card'>
      <Text className='card__title'>增加本支部的岗位</Text>
      <Field label='岗位名称' hint='例如“文明新风岗”“茶园技术服务岗”。'>
        <TextInput name='postName' value={name} onChange={setName} maxlength={20} placeholder='岗位名称' />
      </Field>
      <Field label='做什么' optional>
        <TextBox name='postDescription' value={description} onChange={setDescription} maxlength={100} placeholder='一句话说明这个岗位做什么' />
      </Field>
      {state.status === 'failed' && <FormError title='没有增加' message={state.message} />}
      <Button className='big-button' type='default' loading={state.status === 'saving'} onClick={() => void add()}>
        增加这个岗位
      </Button>
    </View>
  )
}

function BranchPostsView({ data }: { data: BranchPosts }) {
  const orgId = data.posts.org.id
  const [assignments, setAssignments] = useState(data.posts.assignments)
  const [catalogue, setCatalogue] = useState(data.catalogue.posts)
  useEffect(() => {
    setAssignments(data.posts.assignments)
    setCatalogue(data.catalogue.posts)
  }, [data])
  const volunteered = assignments.filter((assignment) => assignment.status === 'volunteered')
  const assigned = assignments.filter((assignment) => assignment.status === 'assigned')
  const published = assignments.filter((assignment) => assignment.status === 'published')
  const replace = (changed: AssignmentView) => setAssignments((before) => before.map((assignment) => (assignment.id === changed.id ? changed : assignment)))
  return (
    <View>
      <Text className='screen__lead'>{data.posts.org.name}：设岗 → 认岗 → 定岗 → 明岗。定岗后点“明岗公示”，职责从那时起计。</Text>
      <Text className='section-title'>党员认领了，等您定岗（{volunteered.length}）</Text>
      {volunteered.length === 0 && (
        <View className='card'>
          <Text className='card__text'>现在没有等定岗的认领。</Text>
        </View>
      )}
      {volunteered.map((assignment) => (
        <View className='work-card' key={assignment.id}>
          <Text className='work-card__title'>
            {assignment.memberName} · {assignment.postName}
          </Text>
          <Text className='work-card__text'>{assignment.statusLabel}</Text>
          <Button className='big-button' type='primary' color='#b7131a' onClick={() => openAssign(orgId, assignment)}>
            定岗：划责任区、定职责
          </Button>
        </View>
      ))}
      {assigned.length > 0 && <Text className='section-title'>已定岗，等您明岗公示（{assigned.length}）</Text>}
      {assigned.map((assignment) => (
        <PublishCard key={assignment.id} orgId={orgId} assignment={assignment} onPublished={replace} />
      ))}
      <Button className='big-button' type='default' onClick={() => openAssign(orgId)}>
        直接给党员定岗
      </Button>
      <Text className='section-title'>已明岗（{published.length}）</Text>
      {published.map((assignment) => (
        <View className='work-card' key={assignment.id}>
          <Text className='work-card__title'>
            {assignment.memberName} · {assignment.postName}
          </Text>
          {assignment.area && <AreaLines area={assignment.area} />}
          <Duties duties={assignment.duties} />
          {assignment.duties[0] && <Text className='work-card__text'>{readableDate(assignment.duties[0].since)}起</Text>}
          {assignment.adjustments.length > 0 && <Text className='work-card__text'>{readableDate(chinaDate(assignment.adjustments[assignment.adjustments.length - 1].at))}调整过</Text>}
          <AdjustButton orgId={orgId} assignment={assignment} />
        </View>
      ))}
      <Button className='big-button' type='default' onClick={() => Taro.navigateTo({ url: pageUrl(MEMBER_WORK_ROUTES.postsBoard, { orgId }) })}>
        查看明岗公示栏
      </Button>
      <Text className='section-title'>岗位目录（{catalogue.length}）</Text>
      <View className='work-table'>
        {catalogue.map((post) => (
          <View className='work-table__row' key={post.id}>
            <Text className='work-table__name'>{post.name}</Text>
            <Text className='work-table__figures'>{post.custom ? '本支部自设' : '常用岗位'}</Text>
          </View>
        ))}
      </View>
      <NewPostForm orgId={orgId} onAdded={(post) => setCatalogue((before) => [...before, post])} />
    </View>
  )
}

/** 设岗定责 (secretary): the waiting 认岗 to assign, 定岗 to publish, what is published, and the post catalogue. */
export default function BranchPostsPage() {
  const params = useRouteParams()
  const { state, retry } = useBranchPosts(params.orgId)
  // Back from the 定岗 form (or 调整责任区): show the new or changed assignment.
  useReloadOnShow(retry)
  return (
    <Screen>
      <Text className='screen__title'>设岗定责</Text>
      {state.status === 'loading' && <Loading what='支部的岗位' />}
      {state.status === 'failed' && <LoadFailed message={state.message} onRetry={retry} />}
      {state.status === 'ready' && <BranchPostsView data={state.data} />}
    </Screen>
  )
}
