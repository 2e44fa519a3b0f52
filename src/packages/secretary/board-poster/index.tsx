import { Canvas, Image, Text, View } from '@tarojs/components'
import Button from '@nutui/nutui-react-taro/dist/es/packages/button/index'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/style.css'
import { useCallback, useEffect, useState } from 'react'
import { boardDay } from '@/components/boards/BoardBlocks'
import { drawBoardPoster } from '@/components/boards/board-poster'
import { LoadFailed, Loading } from '@/components/CloudStatus'
import { POSTER_HEIGHT, POSTER_WIDTH } from '@/components/poster/poster-kit'
import { Screen } from '@/components/Screen'
import { POSTER_CANVAS_ID, renderPosterWith, savePoster, sharePoster, tryLoad } from '@/components/survey/poster-render'
import { useCloud } from '@/hooks/use-cloud'
import { useRouteParams } from '@/hooks/use-route-params'
import { getBoard, getBoardCode, type BoardCode, type BoardView } from '@/services/boards'
import type { CallResult } from '@/services/cloud'
import { photoUrl } from '@/services/photo-url'
import '@/components/boards/boards.scss'
import '../survey-poster/index.scss'

type Drawn = { status: 'drawing' } | { status: 'ready'; src: string } | { status: 'failed'; message: string }
type PosterData = { code: BoardCode; board: BoardView }

async function loadPoster(id: string): Promise<CallResult<PosterData>> {
  if (!id) return { ok: false, code: 'BOARD.NOT_FOUND', message: '没有指定是哪个版面，请从“版面管理”进入。' }
  const [code, board] = await Promise.all([getBoardCode(id), getBoard(id)])
  if (!code.ok) return code
  if (!board.ok) return board
  return { ok: true, data: { code: code.data, board: board.data } }
}

/** Draws the board's poster: the code first (it must load), then each image block's picture (left out when it does not load). */
function drawBoard({ code, board }: PosterData): Promise<string> {
  return renderPosterWith(async (ctx, load) => {
    const qr = await load({ fileID: code.qrFileID, url: code.qrUrl })
    const photos = new Map<string, CanvasImageSource & { width?: number; height?: number }>()
    for (const block of board.blocks) {
      if (block.type !== 'image' || photos.has(block.fileID)) continue
      const photo = await tryLoad(load, { fileID: block.fileID, url: photoUrl(block.fileID) })
      if (photo) photos.set(block.fileID, photo as CanvasImageSource & { width?: number; height?: number })
    }
    drawBoardPoster(ctx, { kindLabel: board.kindLabel, orgName: board.org.name, title: board.title, date: boardDay(board.publishedAt ?? board.updatedAt), blocks: board.blocks }, { qr, photos })
  })
}

function Poster({ data }: { data: PosterData }) {
  const [drawn, setDrawn] = useState<Drawn>({ status: 'drawing' })
  const [saved, setSaved] = useState<string | null>(null)
  useEffect(() => {
    let live = true
    drawBoard(data).then(
      (src) => live && setDrawn({ status: 'ready', src }),
      () => live && setDrawn({ status: 'failed', message: '海报没有画出来：二维码图片下载失败，请检查网络后返回再进入。' }),
    )
    return () => {
      live = false
    }
  }, [data])

  async function save(src: string) {
    try {
      await savePoster(src, `版面海报-${data.board.org.name}-${data.board.title}.png`)
      setSaved(process.env.TARO_ENV === 'weapp' ? '已保存到手机相册，可以拿去打印店用 A4 纸打印。' : '海报已下载（PNG，A4 大小），可以直接打印。')
    } catch {
      setSaved('没有保存成功。如果您拒绝过“保存到相册”，请在右上角“…”→“设置”里打开后再试。')
    }
  }

  return (
    <View>
      {data.board.status !== 'published' && <Text className='board-note'>这个版面还是草稿：群众扫码会看不到，请先发布再张贴。</Text>}
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

/** The board as a printable A4 poster in the campaign's one layout, with its code back to the online board. */
export default function BoardPosterPage() {
  const params = useRouteParams()
  const id = params.id ?? ''
  const load = useCallback(() => loadPoster(id), [id])
  const { state, retry } = useCloud<PosterData>(load)
  return (
    <Screen>
      <Text className='screen__title'>版面海报</Text>
      <Text className='screen__lead'>统一样式的 A4 海报：打印出来贴在公开栏里，群众扫码能看到最新的在线版面。</Text>
      {state.status === 'loading' && <Loading what='版面和二维码' />}
      {state.status === 'failed' && <LoadFailed message={state.message} onRetry={retry} />}
      {state.status === 'ready' && <Poster data={state.data} />}
    </Screen>
  )
}
