import { Canvas, Image, Text, View } from '@tarojs/components'
import Button from '@nutui/nutui-react-taro/dist/es/packages/button/index'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/style.css'
import { useEffect, useState } from 'react'
import { Loading } from '@/components/CloudStatus'
import { POSTER_CANVAS_ID, savePoster, sharePoster } from '@/components/survey/poster-render'
import { POSTER_HEIGHT, POSTER_WIDTH } from './poster-kit'
import './PosterPreview.scss'

type Drawn = { status: 'drawing' } | { status: 'ready'; src: string } | { status: 'failed'; message: string }

interface Props {
  /** Draws the poster and answers its PNG (a temp file on weapp, a data URL on h5); called again when `drawKey` changes. */
  draw: () => Promise<string>
  drawKey: unknown
  /** The PNG's name when downloaded on h5. */
  fileName: string
}

/**
 * Every printable poster the same way: drawn once, shown as a preview, then saved (weapp: the album;
 * h5: a PNG download) or sent to a chat on weapp. A code that does not load says what to do.
 */
export function PosterPreview({ draw, drawKey, fileName }: Props) {
  const [drawn, setDrawn] = useState<Drawn>({ status: 'drawing' })
  const [saved, setSaved] = useState<string | null>(null)
  useEffect(() => {
    let live = true
    setDrawn({ status: 'drawing' })
    draw().then(
      (src) => live && setDrawn({ status: 'ready', src }),
      () => live && setDrawn({ status: 'failed', message: '海报没有画出来：二维码图片下载失败，请检查网络后返回再进入。' }),
    )
    return () => {
      live = false
    }
    // Drawn once per key: `draw` is a new closure on every render of the page.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [drawKey])

  async function save(src: string) {
    try {
      await savePoster(src, fileName)
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
