import { Text, Textarea, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { useCallback, useState } from 'react'
import type { Poll } from '@/core/contracts/survey.contract'
import { ROUND_ID, roundIdFromScene } from '@/core/survey/survey.round'
import type { Choice } from '@/core/survey/survey.types'
import { NETWORK_SEND_MESSAGE } from '@/core/errors'
import { Screen } from '@/components/Screen'
import { useCloud } from '@/hooks/use-cloud'
import { getPoll, submitPoll } from '@/services/survey'
import type { CallResult } from '@/services/cloud'
import { TAB_HOME } from '@/routes'
import './index.scss'

const COMMENT_MAX = 300
const NO_ROUND = '没有找到调查编号。请重新扫描村里张贴的评价二维码。'

type Step = { kind: 'question'; index: number } | { kind: 'comment' } | { kind: 'done'; message: string }

/** The round id from a scanned code (`scene=r%3D…`) or from a link inside the app (`roundId=…`). */
function roundIdOf(params: Partial<Record<string, string>>): string | null {
  if (params.roundId && ROUND_ID.test(params.roundId)) return params.roundId
  if (params.scene) return roundIdFromScene(params.scene)
  return null
}

function goHome() {
  Taro.switchTab({ url: TAB_HOME })
}

function Notice({ title, text, action }: { title: string; text: string; action?: { label: string; onTap: () => void } }) {
  return (
    <View className='poll-notice' role='alert'>
      <Text className='poll-notice__title'>{title}</Text>
      <Text className='poll-notice__text'>{text}</Text>
      {action && (
        <View className='poll-primary' role='button' hoverClass='poll-primary--pressed' onClick={action.onTap}>
          <Text>{action.label}</Text>
        </View>
      )}
    </View>
  )
}

function RoundHeader({ poll }: { poll: Poll }) {
  return (
    <View className='poll-header'>
      <Text className='poll-header__org'>{poll.round.orgName}</Text>
      <Text className='poll-header__title'>{poll.round.title}</Text>
    </View>
  )
}

function Thanks({ message }: { message: string }) {
  return (
    <View className='poll-thanks'>
      <Text className='poll-thanks__mark'>✓</Text>
      <Text className='poll-thanks__title'>谢谢您！</Text>
      <Text className='poll-thanks__text'>{message}</Text>
      <Text className='poll-thanks__hint'>您的评价是匿名的，村里看不到是谁填的。</Text>
      <View className='poll-secondary' role='button' hoverClass='poll-secondary--pressed' onClick={goHome}>
        <Text>回到首页</Text>
      </View>
    </View>
  )
}

/**
 * The questions one at a time with four big answers, then an optional comment, then thanks.
 * Answers stay in memory until the last step, so going back never loses a choice, and a refused
 * comment keeps its text for the villager to edit.
 */
function PollFlow({ poll, roundId }: { poll: Poll; roundId: string }) {
  const [step, setStep] = useState<Step>(() => (poll.alreadyAnswered ? { kind: 'done', message: '您已经参加过这一轮评价，每人每轮只计一次。谢谢您的关心！' } : { kind: 'question', index: 0 }))
  const [answers, setAnswers] = useState<Partial<Record<string, Choice>>>({})
  const [comment, setComment] = useState('')
  const [sending, setSending] = useState(false)
  const [refusal, setRefusal] = useState<string | null>(null)
  const total = poll.questions.length

  function choose(index: number, choice: Choice) {
    setAnswers((previous) => ({ ...previous, [poll.questions[index].id]: choice }))
    setStep(index + 1 < total ? { kind: 'question', index: index + 1 } : { kind: 'comment' })
  }

  async function send() {
    if (sending) return
    const choices = poll.questions.map((question) => ({ questionId: question.id, choice: answers[question.id] }))
    const unanswered = choices.findIndex((c) => !c.choice)
    if (unanswered >= 0) {
      setStep({ kind: 'question', index: unanswered })
      return
    }
    setSending(true)
    setRefusal(null)
    const result = await submitPoll(roundId, choices as { questionId: string; choice: Choice }[], comment)
    setSending(false)
    if (result.ok) setStep({ kind: 'done', message: result.data.message })
    // A dropped network: the comment and answers are kept, and the button to tap again is 提交评价, not 重试.
    else setRefusal(result.code === 'CLIENT.NETWORK' ? NETWORK_SEND_MESSAGE : result.message)
  }

  if (step.kind === 'done') return <Thanks message={step.message} />

  if (step.kind === 'comment') {
    return (
      <View>
        <RoundHeader poll={poll} />
        <Text className='poll-progress'>最后一步（可以不写）</Text>
        <Text className='poll-question'>您还有什么想对{poll.round.orgName}说的吗？</Text>
        <Textarea
          className='poll-comment'
          value={comment}
          maxlength={COMMENT_MAX}
          placeholder='可以不写，直接点下面的“提交评价”'
          onInput={(event) => setComment(event.detail.value)}
        />
        <Text className='poll-comment__count'>
          {comment.length} / {COMMENT_MAX} 字
        </Text>
        {refusal && (
          <View className='poll-refusal' role='alert'>
            <Text>{refusal}</Text>
          </View>
        )}
        <View className={sending ? 'poll-primary poll-primary--busy' : 'poll-primary'} role='button' hoverClass='poll-primary--pressed' onClick={send}>
          <Text>{sending ? '正在提交……' : '提交评价'}</Text>
        </View>
        <View className='poll-secondary' role='button' hoverClass='poll-secondary--pressed' onClick={() => setStep({ kind: 'question', index: total - 1 })}>
          <Text>‹ 上一题</Text>
        </View>
      </View>
    )
  }

  const question = poll.questions[step.index]
  const chosen = answers[question.id]
  return (
    <View>
      <RoundHeader poll={poll} />
      {step.index === 0 && <Text className='poll-lead'>匿名评价，不记录您是谁。</Text>}
      <Text className='poll-progress'>
        第 {step.index + 1} 题 / 共 {total} 题
      </Text>
      <View className='poll-bar'>
        <View className='poll-bar__fill' style={{ width: `${Math.round(((step.index + 1) / (total + 1)) * 100)}%` }} />
      </View>
      <Text className='poll-question'>{question.text}</Text>
      {poll.choices.map((choice) => (
        <View
          key={choice.value}
          className={`poll-choice poll-choice--${choice.value}${chosen === choice.value ? ' poll-choice--chosen' : ''}`}
          role='button'
          hoverClass='poll-choice--pressed'
          onClick={() => choose(step.index, choice.value)}
        >
          <Text>{choice.label}</Text>
        </View>
      ))}
      {step.index > 0 && (
        <View className='poll-secondary' role='button' hoverClass='poll-secondary--pressed' onClick={() => setStep({ kind: 'question', index: step.index - 1 })}>
          <Text>‹ 上一题</Text>
        </View>
      )}
    </View>
  )
}

function NoRound(): Promise<CallResult<Poll>> {
  return Promise.resolve({ ok: false, code: 'SURVEY.ROUND_NOT_FOUND', message: NO_ROUND })
}

/** The villager's poll, opened by the round's QR code (scene) or a link (roundId). No NutUI here: this subpackage downloads on rural networks. */
export default function PollPage() {
  const { params } = useRouter()
  const roundId = roundIdOf(params)
  const load = useCallback(() => (roundId ? getPoll(roundId) : NoRound()), [roundId])
  const { state, retry } = useCloud<Poll>(load)

  return (
    <Screen>
      {state.status === 'loading' && <Text className='poll-lead'>正在打开评价，请稍候……</Text>}
      {state.status === 'failed' &&
        (state.code === 'CLIENT.NETWORK' || state.code === 'COMMON.INTERNAL' ? (
          <Notice title='没能打开评价' text={state.message} action={{ label: '重试', onTap: retry }} />
        ) : (
          <Notice title='没能打开评价' text={state.message} />
        ))}
      {state.status === 'ready' && state.data.notice && !state.data.alreadyAnswered && (
        <View>
          <RoundHeader poll={state.data} />
          <Notice title={state.data.round.status === 'upcoming' ? '这次评价还没有开始' : '这次评价已经结束'} text={state.data.notice} />
        </View>
      )}
      {state.status === 'ready' && (!state.data.notice || state.data.alreadyAnswered) && roundId && <PollFlow poll={state.data} roundId={roundId} />}
    </Screen>
  )
}
