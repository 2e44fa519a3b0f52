import { Text, View } from '@tarojs/components'
import { useCallback } from 'react'
import { drawBoardPoster } from '@/components/boards/board-poster'
import { LoadFailed, Loading } from '@/components/CloudStatus'
import { PosterPreview } from '@/components/poster/PosterPreview'
import { Screen } from '@/components/Screen'
import { renderPosterWith, tryLoad } from '@/components/survey/poster-render'
import { useCloud } from '@/hooks/use-cloud'
import { useRouteParams } from '@/hooks/use-route-params'
import { getBoard, getBoardCode, type BoardCode, type BoardView } from '@/services/boards'
import type { CallResult } from '@/services/cloud'
import { photoUrl } from '@/services/photo-url'
import '@/components/boards/boards.scss'
import { readableDate } from '@/core/china-time'

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
    drawBoardPoster(ctx, { kindLabel: board.kindLabel, orgName: board.org.name, title: board.title, date: readableDate(board.publishedAt ?? board.updatedAt), blocks: board.blocks }, { qr, photos })
  })
}

function Poster({ data }: { data: PosterData }) {
  return (
    <View>
      {data.board.status !== 'published' && <Text className='board-note'>这个版面还是草稿：群众扫码会看不到，请先发布再张贴。</Text>}
      <PosterPreview draw={() => drawBoard(data)} drawKey={data} fileName={`版面海报-${data.board.org.name}-${data.board.title}.png`} />
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
