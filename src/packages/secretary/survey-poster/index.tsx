import { Canvas, Image, Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import Button from '@nutui/nutui-react-taro/dist/es/packages/button/index'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/style.css'
import { useCallback, useEffect, useState } from 'react'
import { LoadFailed, Loading } from '@/components/CloudStatus'
import { Screen } from '@/components/Screen'
import { POSTER_HEIGHT, POSTER_WIDTH } from '@/components/survey/poster-layout'
import { POSTER_CANVAS_ID, renderPoster, savePoster, sharePoster } from '@/components/survey/poster-render'
import { periodText } from '@/components/survey/survey-format'
import { useCloud } from '@/hooks/use-cloud'
import type { CallResult } from '@/services/cloud'
import { getPollCode, type PollCode } from '@/services/survey'
import './index.scss'

type Drawn = { status: 'drawing' } | { status: 'ready'; src: string } | { status: 'failed'; message: string }

function noRound(): Promise<CallResult<PollCode>> {
  return Promise.resolve({ ok: false, code: 'SURVEY.ROUND_NOT_FOUND', message: '没有指定是哪一轮调查，请从满意度页面进入。' })
}

function Poster({ code }: { code: PollCode }) {
  const [drawn, setDrawn] = useState<Drawn>({ status: 'drawing' })
  const [saved, setSaved] = useState<string | null>(null)
  const info = { orgName: code.round.orgName, title: code.round.title, period: periodText(code.round.opensOn, code.round.closesOn) }

  useEffect(() => {
    let live = true
    renderPoster(info, { fileID: code.qrFileID, url: code.qrUrl }).then(
      (src) => live && setDrawn({ status: 'ready', src }),
      () => live && setDrawn({ status: 'failed', message: '海报没有画出来：二维码图片下载失败，请检查网络后返回再进入。' }),
    )
    return () => {
      live = false
    }
    // Drawn once per code: the info is derived from it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [code])

  async function save(src: string) {
    try {
      await savePoster(src, `满意度评价海报-${code.round.orgName}.png`)
      setSaved(process.env.TARO_ENV === 'weapp' ? '已保存到手机相册，可以拿去打印店用 A4 纸打印。' : '海报已下载（PNG，A4 大小），可以直接打印。')
    } catch {
      setSaved('没有保存成功。如果您拒绝过“保存到相册”，请在右上角“…”→“设置”里打开后再试。')
    }
  }

  return (
    <View>
      {process.env.TARO_ENV === 'weapp' && <Canvas type='2d' id={POSTER_CANVAS_ID} className='poster-canvas' style={{ width: `${POSTER_WIDTH}px`, height: `${POSTER_HEIGHT}px` }} />}
      {drawn.status === 'drawing' && <Loading what='并绘制海报' />}
      {drawn.status === 'failed' && <Text className='screen__lead'>{drawn.message}</Text>}
      {drawn.status === 'ready' && (
        <View>
          <Image className='poster-preview' src={drawn.src} mode='widthFix' />
          <Button className='big-button' type='primary' color='#b7131a' onClick={() => save(drawn.src)}>
            {process.env.TARO_ENV === 'weapp' ? '保存到手机相册' : '下载海报（PNG）'}
          </Button>
          {process.env.TARO_ENV === 'weapp' && (
            <Button className='big-button' onClick={() => sharePoster(drawn.src)}>
              发给微信好友或群
            </Button>
          )}
          {saved && <Text className='screen__lead'>{saved}</Text>}
        </View>
      )}
    </View>
  )
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
