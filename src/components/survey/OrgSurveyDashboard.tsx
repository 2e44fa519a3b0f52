import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import Button from '@nutui/nutui-react-taro/dist/es/packages/button/index'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/style.css'
import { useCallback, useState } from 'react'
import type { OrgDashboard, RoundResult } from '@/core/contracts/survey.contract'
import { CHOICE_LABELS, CHOICES } from '@/core/survey/survey.types'
import { LoadFailed, Loading } from '@/components/CloudStatus'
import { useCloud } from '@/hooks/use-cloud'
import { closeRound, getOrgDashboard } from '@/services/survey'
import { SURVEY_ROUTES } from './survey-routes'
import { Bars, type BarRow } from './Bars'
import { bandLabel, changeText, formatRate, intervalText, missingText, monthText, periodText, sampleText } from './survey-format'
import { readableDate } from '@/core/china-time'
import './survey.scss'

function open(url: string) {
  Taro.navigateTo({ url })
}

/** Ends an open round before its last day, after a plain confirmation; the server says who may. */
function CloseRound({ roundId, onClosed }: { roundId: string; onClosed: () => void }) {
  const [refusal, setRefusal] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  async function close() {
    const { confirm } = await Taro.showModal({ title: '提前结束调查？', content: '结束后群众扫码不能再答题，已收到的答卷照常统计。', confirmText: '结束', cancelText: '不结束' })
    if (!confirm) return
    setBusy(true)
    const answer = await closeRound(roundId)
    setBusy(false)
    if (answer.ok) onClosed()
    else setRefusal(answer.message)
  }
  return (
    <View>
      <Button className='big-button' type='default' loading={busy} disabled={busy} onClick={close}>
        提前结束这一轮
      </Button>
      {refusal && <Text className='survey-refusal'>{refusal}</Text>}
    </View>
  )
}

function Headline({ result, onChanged }: { result: RoundResult; onChanged: () => void }) {
  const { round, overall } = result
  return (
    <View className='card survey-round'>
      <Text className='card__title'>{round.title}</Text>
      <Text className='card__text'>
        {periodText(round.opensOn, round.closesOn)} · {round.statusLabel}
      </Text>
      <Text className='survey-count'>已收到 {result.respondents} 份答卷</Text>
      {!result.visible && (
        <View className='survey-hidden'>
          <Text className='survey-hidden__title'>{missingText(result.respondents, round.minimumAnswers)}</Text>
          <Text className='survey-hidden__text'>为保护答题群众，满 {round.minimumAnswers} 份后才显示满意率和留言。请把评价二维码张贴到群众常去的地方。</Text>
        </View>
      )}
      {result.visible && overall && (
        <View className='survey-headline'>
          <Text className='survey-headline__label'>群众满意率（总体评价）</Text>
          <View className='survey-headline__row'>
            <Text className='survey-headline__rate'>{formatRate(overall.rate)}</Text>
            {overall.band && <Text className={`survey-band survey-band--${overall.band}`}>{bandLabel(overall)}</Text>}
          </View>
          <Text className='card__text'>
            {sampleText(overall.n)}（不含答“不了解”的 {overall.answers - overall.n} 人）{overall.interval ? `，${intervalText(overall)}` : ''}
          </Text>
          {result.change !== null && <Text className='card__text'>{changeText(result.change)}</Text>}
        </View>
      )}
      {round.status !== 'closed' && (
        <Button className='big-button' type='primary' color='#b7131a' onClick={() => open(SURVEY_ROUTES.poster(round.id))}>
          评价二维码海报
        </Button>
      )}
      {round.status === 'open' && <CloseRound roundId={round.id} onClosed={onChanged} />}
    </View>
  )
}

function QuestionBars({ result }: { result: RoundResult }) {
  if (!result.questions) return null
  return (
    <View>
      <Text className='section-title'>各题情况</Text>
      {result.questions.map((question, index) => {
        const total = question.counts.satisfied + question.counts.fairly + question.counts.dissatisfied + question.counts.unknown
        const rows: BarRow[] = CHOICES.map((choice) => ({
          key: choice,
          label: CHOICE_LABELS[choice],
          value: total === 0 ? null : question.counts[choice] / total,
          figure: `${question.counts[choice]} 人`,
          tone: choice === 'dissatisfied' ? 'rectify' : choice === 'unknown' ? 'plain' : 'good',
        }))
        return (
          <View className='card' key={question.id}>
            <Text className='card__title'>
              {index + 1}. {question.text}
            </Text>
            <Text className='card__text'>
              满意率 {formatRate(question.summary.rate)}
              {question.summary.band ? `（${bandLabel(question.summary)}）` : ''}
            </Text>
            <Bars rows={rows} />
          </View>
        )
      })}
    </View>
  )
}

function Trend({ dashboard }: { dashboard: OrgDashboard }) {
  const rows: BarRow[] = dashboard.trend.map((point) => ({
    key: point.roundId,
    label: `${point.title}（${monthText(point.closesOn)}）`,
    value: point.rate,
    figure: point.rate === null ? '未公开' : formatRate(point.rate),
    tone: point.rate === null ? 'plain' : point.rate >= dashboard.settings.goodThreshold ? 'good' : point.rate >= dashboard.settings.passableThreshold ? 'passable' : 'rectify',
  }))
  return (
    <View>
      <Text className='section-title'>历次满意率</Text>
      <View className='card'>
        <Bars rows={rows} empty='还没有调查' />
      </View>
    </View>
  )
}

function Comments({ dashboard }: { dashboard: OrgDashboard }) {
  const { comments } = dashboard
  return (
    <View>
      <Text className='section-title'>群众留言{comments ? `（共 ${comments.total} 条）` : ''}</Text>
      {!comments || comments.items.length === 0 ? (
        <Text className='survey-muted'>{comments ? '这一轮没有人留言。' : '结果公开后，这里显示群众的留言（不显示是谁写的）。'}</Text>
      ) : (
        comments.items.map((comment, index) => (
          <View className='survey-comment' key={`${comment.submittedOn}-${index}`}>
            <Text className='survey-comment__text'>{comment.text}</Text>
            <Text className='survey-comment__day'>{readableDate(comment.submittedOn)}</Text>
          </View>
        ))
      )}
    </View>
  )
}

function EarlierRounds({ rounds }: { rounds: readonly RoundResult[] }) {
  if (rounds.length === 0) return null
  return (
    <View>
      <Text className='section-title'>往期调查</Text>
      {rounds.map((result) => (
        <View className='card' key={result.round.id}>
          <Text className='card__title'>{result.round.title}</Text>
          <Text className='card__text'>
            {periodText(result.round.opensOn, result.round.closesOn)} · {result.round.statusLabel} · {result.respondents} 份
          </Text>
          <Text className='card__text'>{result.visible ? `满意率 ${formatRate(result.overall?.rate ?? null)} ${bandLabel(result.overall)}` : missingText(result.respondents, result.round.minimumAnswers)}</Text>
        </View>
      ))}
    </View>
  )
}

interface Props {
  /** Another organisation (an organiser's drill-down); absent for the caller's own. */
  orgId?: string
  /** Shown to a secretary: the one next step when there is no open round. */
  onOpenRound?: () => void
}

/** One organisation's satisfaction figures: headline with interval and n, per-question bars, trend, comments. */
export function OrgSurveyDashboard({ orgId, onOpenRound }: Props) {
  const load = useCallback(() => getOrgDashboard(orgId), [orgId])
  const { state, retry } = useCloud<OrgDashboard>(load)
  if (state.status === 'loading') return <Loading what='满意度结果' />
  if (state.status === 'failed') return <LoadFailed message={state.message} onRetry={retry} />
  const dashboard = state.data
  const [latest, ...earlier] = dashboard.rounds
  const hasCurrent = dashboard.rounds.some((result) => result.round.status !== 'closed')
  return (
    <View>
      <Text className='screen__title'>{dashboard.org.name}</Text>
      <Text className='screen__lead'>群众满意度 · {dashboard.org.typeLabel}</Text>
      {!latest && (
        <View className='card'>
          <Text className='card__title'>还没有开过满意度调查</Text>
          <Text className='card__text'>开启一轮后，把评价二维码海报贴到村里，群众扫码就能匿名评价。</Text>
        </View>
      )}
      {onOpenRound && !hasCurrent && (
        <Button className='big-button' type='primary' color='#b7131a' onClick={onOpenRound}>
          开启新一轮调查
        </Button>
      )}
      {latest && <Headline result={latest} onChanged={retry} />}
      {latest && <QuestionBars result={latest} />}
      {dashboard.trend.length > 0 && <Trend dashboard={dashboard} />}
      {latest && <Comments dashboard={dashboard} />}
      <EarlierRounds rounds={earlier} />
    </View>
  )
}
