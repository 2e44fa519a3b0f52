import { Text } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { useCallback } from 'react'
import { LoadFailed, Loading } from '@/components/CloudStatus'
import { PosterPreview } from '@/components/poster/PosterPreview'
import { Screen } from '@/components/Screen'
import { renderPoster } from '@/components/survey/poster-render'
import { periodText } from '@/components/survey/survey-format'
import { useCloud } from '@/hooks/use-cloud'
import type { CallResult } from '@/services/cloud'
import { getPollCode, type PollCode } from '@/services/survey'

function noRound(): Promise<CallResult<PollCode>> {
  return Promise.resolve({ ok: false, code: 'SURVEY.ROUND_NOT_FOUND', message: '没有指定是哪一轮调查，请从满意度页面进入。' })
}

function Poster({ code }: { code: PollCode }) {
  const info = { orgName: code.round.orgName, title: code.round.title, period: periodText(code.round.opensOn, code.round.closesOn) }
  return <PosterPreview draw={() => renderPoster(info, { fileID: code.qrFileID, url: code.qrUrl })} drawKey={code} fileName={`满意度评价海报-${code.round.orgName}.png`} />
}

/** The printable poster of one round: large text and its mini-program code, A4 PNG to save or send. */
export default function SurveyPosterPage() {
  const { params } = useRouter()
  const roundId = params.roundId ?? ''
  const load = useCallback(() => (roundId ? getPollCode(roundId) : noRound()), [roundId])
  const { state, retry } = useCloud<PollCode>(load)
  return (
    <Screen>
      <Text className='screen__title'>评价二维码海报</Text>
      <Text className='screen__lead'>打印出来贴在村委会、党群服务中心、小卖部等群众常去的地方。群众用微信扫码就能匿名评价。</Text>
      {state.status === 'loading' && <Loading what='二维码' />}
      {state.status === 'failed' && <LoadFailed message={state.message} onRetry={retry} />}
      {state.status === 'ready' && <Poster code={state.data} />}
    </Screen>
  )
}
