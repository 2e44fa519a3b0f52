import { Text, View } from '@tarojs/components'
import { useCallback, useState } from 'react'
import { Field } from '@/components/Form'
import { TextBox } from '@/components/member-work'
import { Screen } from '@/components/Screen'
import { ActionButton, LoadError, LoadingText, Notice, PubCard, Tag } from '@/components/stories-suggestions'
import { useCloud } from '@/hooks/use-cloud'
import { useHome } from '@/hooks/use-home'
import { useReloadOnShow } from '@/hooks/use-reload-on-show'
import { useSubmit } from '@/hooks/use-submit'
import { answerSuggestion, listOrgSuggestions, type BranchSuggestion } from '@/services/suggestions'
import { readableDate } from '@/core/china-time'

/** How long it has waited, in words: overdue ones say so, the rest say when the answer is due. */
function waiting(suggestion: BranchSuggestion, answerDays: number): string {
  if (suggestion.overdue) return `超期未答复：已等 ${suggestion.daysWaiting} 天（应在 ${answerDays} 天内答复）`
  const since = suggestion.daysWaiting === 0 ? '今天收到' : `已等 ${suggestion.daysWaiting} 天`
  return `${since}，请在${readableDate(suggestion.dueAt)}前答复`
}

function Item({ suggestion, answerDays, onAnswered }: { suggestion: BranchSuggestion; answerDays: number; onAnswered: (answered: BranchSuggestion) => void }) {
  const [text, setText] = useState('')
  const { state, submit } = useSubmit(answerSuggestion)
  async function send() {
    const answer = await submit(suggestion.id, text)
    if (answer?.ok) onAnswered(answer.data)
  }
  return (
    <PubCard tone={suggestion.overdue ? 'alert' : suggestion.status === 'answered' ? 'done' : undefined}>
      <Text className='pub-card__meta'>
        {readableDate(suggestion.createdAt)} · {suggestion.kindLabel}
      </Text>
      <Text className='pub-card__text'>{suggestion.text}</Text>
      {suggestion.status === 'open' && <Tag text={waiting(suggestion, answerDays)} tone={suggestion.overdue ? 'alert' : 'wait'} />}
      {suggestion.answer && (
        <Text className='pub-card__quote'>
          已答复（{readableDate(suggestion.answer.at)}）：{suggestion.answer.text}
        </Text>
      )}
      {suggestion.status === 'open' && (
        <View>
          <Field label='答复' hint='留言的群众会看到这段话：说清怎么办、什么时候办好。'>
            <TextBox name={`answer-${suggestion.id}`} value={text} onChange={setText} maxlength={500} placeholder='例如：已联系电工，本周五前修好' />
          </Field>
          {state.status === 'failed' && <Notice tone='alert' title={state.code === 'CONTENT.REJECTED' ? '答复没有发出：内容没有通过安全检查' : '答复没有发出'} text={state.message} />}
          <ActionButton label='发出答复' busy={state.status === 'saving'} onTap={() => void send()} />
        </View>
      )}
    </PubCard>
  )
}

function Inbox({ orgId }: { orgId: string }) {
  const load = useCallback(() => listOrgSuggestions(orgId), [orgId])
  const { state, retry } = useCloud(load)
  const [answered, setAnswered] = useState<Record<string, BranchSuggestion>>({})
  useReloadOnShow(retry)
  if (state.status === 'loading') return <LoadingText what='群众的意见建议' />
  if (state.status === 'failed') return <LoadError message={state.message} onRetry={retry} />
  const list = state.data.suggestions.map((suggestion) => answered[suggestion.id] ?? suggestion)
  const open = list.filter((suggestion) => suggestion.status === 'open')
  const overdue = open.filter((suggestion) => suggestion.overdue).length
  const done = list.filter((suggestion) => suggestion.status === 'answered')
  return (
    <View>
      <Text className='screen__lead'>
        群众留言后 {state.data.answerDays} 天内要答复；超期的乡镇会看到。留言人是谁，这里看不到。
      </Text>
      <Text className='section-title'>
        待答复（{open.length}）{overdue > 0 ? `，其中超期 ${overdue} 条` : ''}
      </Text>
      {open.length === 0 && (
        <PubCard>
          <Text className='pub-card__text'>没有待答复的意见建议。</Text>
        </PubCard>
      )}
      {open.map((suggestion) => (
        <Item key={suggestion.id} suggestion={suggestion} answerDays={state.data.answerDays} onAnswered={(next) => setAnswered((before) => ({ ...before, [next.id]: next }))} />
      ))}
      {done.length > 0 && <Text className='section-title'>已答复（{done.length}）</Text>}
      {done.map((suggestion) => (
        <Item key={suggestion.id} suggestion={suggestion} answerDays={state.data.answerDays} onAnswered={() => undefined} />
      ))}
    </View>
  )
}

/** 群众意见建议 (secretary): open ones first, overdue marked with the days waiting, and an answer form under each. */
export default function BranchSuggestionsPage() {
  const { state, retry } = useHome()
  return (
    <Screen>
      <Text className='screen__title'>群众意见建议</Text>
      {state.status === 'loading' && <LoadingText what='您的身份' />}
      {state.status === 'failed' && <LoadError message={state.message} onRetry={retry} />}
      {state.status === 'ready' && state.data.org && <Inbox orgId={state.data.org.id} />}
      {state.status === 'ready' && !state.data.org && <LoadError message='您还没有绑定到支部。' onRetry={retry} />}
    </Screen>
  )
}
