import { Text, View } from '@tarojs/components'
import { useCallback, useState } from 'react'
import { Field, FormError } from '@/components/Form'
import { TextBox } from '@/components/member-work'
import { Screen } from '@/components/Screen'
import { CheckList, evidenceLines, previewStars, rubricChoices, StarPicker, StarRow, toggle } from '@/components/stars'
import { ActionButton, LoadError, LoadingText, PubCard, Tag } from '@/components/stories-suggestions'
import { resolveMyMemberId } from '@/hooks/use-member-work'
import { useCloud } from '@/hooks/use-cloud'
import { useReloadOnShow } from '@/hooks/use-reload-on-show'
import { useSubmit } from '@/hooks/use-submit'
import type { CallResult } from '@/services/cloud'
import { getMemberStars, peerReview, selfAssess, type MemberStars } from '@/services/stars'

type Todo = MemberStars['todo'][number]

function SelfAssessForm({ todo, onSaved }: { todo: Extract<Todo, { kind: 'selfAssess' }>; onSaved: (data: MemberStars) => void }) {
  const [ids, setIds] = useState<string[]>([])
  const [text, setText] = useState('')
  const { state, submit } = useSubmit(selfAssess)
  const preview = previewStars(todo.rubric, ids)
  return (
    <PubCard>
      <Text className='card__title'>{todo.periodLabel}：请自评</Text>
      <View className='star-lines'>
        {evidenceLines(todo.evidence).map((line) => (
          <Text key={line} className='star-lines__line'>
            {line}
          </Text>
        ))}
      </View>
      <Text className='card__text'>{todo.rubric.kind === 'points' ? '勾选您做到的（或要如实说明的）条目：' : '勾选您达标的维度：'}</Text>
      <CheckList options={rubricChoices(todo.rubric)} chosen={ids} onToggle={(id) => setIds(toggle(ids, id))} />
      <StarRow stars={preview.stars} />
      <Field label='自评的话'>
        <TextBox name='selfText' value={text} onChange={setText} maxlength={300} placeholder='这一期做了哪些事' />
      </Field>
      {state.status === 'failed' && <FormError title='没有提交' message={state.message} />}
      <ActionButton
        label='提交自评'
        busy={state.status === 'saving'}
        onTap={() =>
          void submit(todo.cycleId, ids, text).then((result) => {
            if (result?.ok) onSaved(result.data)
          })
        }
      />
    </PubCard>
  )
}

function PeerReviewForm({ todo, onSaved }: { todo: Extract<Todo, { kind: 'peerReview' }>; onSaved: (data: MemberStars) => void }) {
  const [given, setGiven] = useState<number | null>(null)
  const [comment, setComment] = useState('')
  const { state, submit } = useSubmit(peerReview)
  return (
    <PubCard>
      <Text className='card__title'>互评：{todo.revieweeName}</Text>
      <Text className='card__text'>给几颗星？（被评的人看不到是谁评的）</Text>
      <StarPicker value={given} onChange={setGiven} />
      <Field label='评语' optional>
        <TextBox name={`comment-${todo.revieweeId}`} value={comment} onChange={setComment} maxlength={100} placeholder='一两句话，可不写' />
      </Field>
      {state.status === 'failed' && <FormError title='没有提交' message={state.message} />}
      <ActionButton
        label={given === null ? '请先点星' : `提交：${given} 星`}
        disabled={given === null}
        busy={state.status === 'saving'}
        onTap={() =>
          given !== null &&
          void submit(todo.cycleId, todo.revieweeId, given, comment).then((result) => {
            if (result?.ok) onSaved(result.data)
          })
        }
      />
    </PubCard>
  )
}

/** 我的星级: what to do now (self-assessment, peer reviews), then the stars the committee gave and why. */
export default function MyStarsPage() {
  const load = useCallback(async (): Promise<CallResult<MemberStars>> => {
    const memberId = await resolveMyMemberId()
    return memberId.ok ? getMemberStars(memberId.data) : memberId
  }, [])
  const { state, retry } = useCloud(load)
  useReloadOnShow(retry)
  const [fresh, setFresh] = useState<MemberStars | null>(null)
  const data = fresh ?? (state.status === 'ready' ? state.data : null)
  const first = data?.todo[0]
  return (
    <Screen>
      <Text className='screen__title'>我的星级</Text>
      {state.status === 'loading' && !fresh && <LoadingText what='我的星级' />}
      {state.status === 'failed' && !fresh && <LoadError message={state.message} onRetry={retry} />}
      {data && (
        <View>
          {first ? (
            <View>
              <Text className='section-title'>要做的事（{data.todo.length}）</Text>
              {first.kind === 'selfAssess' ? (
                <SelfAssessForm key={first.cycleId} todo={first} onSaved={setFresh} />
              ) : (
                <PeerReviewForm key={`${first.cycleId}-${first.revieweeId}`} todo={first} onSaved={setFresh} />
              )}
            </View>
          ) : (
            <Text className='screen__lead'>现在没有要您自评或互评的。</Text>
          )}
          <Text className='section-title'>评定结果</Text>
          {data.results.length === 0 && <Text className='card__text'>还没有公示的星级。</Text>}
          {data.results.map((result) => (
            <PubCard key={result.cycleId}>
              <Text className='card__title'>{result.periodLabel}</Text>
              <StarRow stars={result.stars} />
              <Text className='card__text'>支委会理由：{result.reason}</Text>
              {result.peers.done > 0 && (
                <Text className='card__text'>
                  互评 {result.peers.done} 人{result.peers.averageStars !== null ? `，平均 ${result.peers.averageStars} 星` : ''}
                  {result.peers.comments.length > 0 ? `；评语：${result.peers.comments.join('；')}` : ''}
                </Text>
              )}
              <Tag text={result.stageLabel} tone={result.stage === 'final' ? 'done' : 'wait'} />
            </PubCard>
          ))}
        </View>
      )}
    </Screen>
  )
}
