import { Text, View } from '@tarojs/components'
import Taro, { useShareAppMessage } from '@tarojs/taro'
import { useCallback, useEffect, useState } from 'react'
import { LoadFailed, Loading } from '@/components/CloudStatus'
import { BoardBlocks } from '@/components/boards/BoardBlocks'
import { Screen } from '@/components/Screen'
import { boardPath, boardRefFromScene } from '@/core/publicity/board-path'
import { useCloud } from '@/hooks/use-cloud'
import { useRouteParams } from '@/hooks/use-route-params'
import { getBoard, type BoardView } from '@/services/boards'
import type { CallResult } from '@/services/cloud'
import { rememberPublicOrg } from '@/services/public-org'
import { STAR_ROUTES } from '@/components/stars/routes'
import { pageUrl } from '@/routes'
import { readableDate } from '@/core/china-time'

const NO_BOARD = '没有找到是哪个版面。请重新扫描张贴的二维码，或从“公开栏”里打开。'

/** The board from a shared link or the app (`id=…`), or from a scanned code (`scene=b%3D…`). */
function boardRefOf(params: Record<string, string>): string | null {
  if (params.id) return params.id
  if (params.scene) return boardRefFromScene(encodeURIComponent(params.scene))
  return null
}

/** h5: the address of this board to paste into a chat. */
function h5Link(id: string): string {
  return `${window.location.origin}${window.location.pathname}#/${boardPath(id)}`
}

function ShareLink({ board }: { board: BoardView }) {
  const [copied, setCopied] = useState<string | null>(null)
  if (process.env.TARO_ENV === 'weapp') {
    return <Text className='board-note'>点右上角“…”可以把这个版面转发给微信好友或群。</Text>
  }
  async function copy() {
    const link = h5Link(board.id)
    try {
      await Taro.setClipboardData({ data: link })
      setCopied(link)
    } catch {
      setCopied(null)
    }
  }
  return (
    <View>
      <View className='board-button' role='button' hoverClass='board-button--pressed' onClick={copy}>
        <Text>复制链接，发给别人看</Text>
      </View>
      {copied && <Text className='board-note'>已复制：{copied}</Text>}
    </View>
  )
}

function BoardReading({ board }: { board: BoardView }) {
  const day = readableDate(board.publishedAt ?? board.updatedAt)
  return (
    <View>
      <Text className='board-org'>{board.org.name}</Text>
      <Text className='board-title'>{board.title}</Text>
      <Text className='board-meta'>
        {board.kindLabel}
        {day ? ` · ${board.status === 'published' ? '发布于' : '修改于'}${day}` : ''}
        {board.generated ? ' · 随审核自动更新' : ''}
      </Text>
      {board.status !== 'published' && <Text className='board-note'>这是草稿，只有本组织和上级的管理人员看得到，群众还看不到。</Text>}
      <BoardBlocks blocks={board.blocks} imageChecks={board.imageChecks} published={board.status === 'published'} />
      {board.kind === 'stars' && board.status === 'published' && (
        <View className='board-button' role='button' hoverClass='board-button--pressed' onClick={() => Taro.navigateTo({ url: pageUrl(STAR_ROUTES.objection, { orgId: board.org.id }) })}>
          <Text>提出异议</Text>
        </View>
      )}
      {board.status === 'published' && <ShareLink board={board} />}
    </View>
  )
}

/** One board, readable by anyone (no binding): large type, tables as cards, a way to pass it on. */
export default function BoardPage() {
  const params = useRouteParams()
  const ref = boardRefOf(params)
  const load = useCallback((): Promise<CallResult<BoardView>> => (ref ? getBoard(ref) : Promise.resolve({ ok: false, code: 'BOARD.NOT_FOUND', message: NO_BOARD })), [ref])
  const { state, retry } = useCloud<BoardView>(load)
  const board = state.status === 'ready' ? state.data : null

  useEffect(() => {
    if (!board) return
    // A villager who scanned this poster finds the same organisation's boards on the 公开栏 tab.
    if (board.status === 'published') rememberPublicOrg(board.org)
    if (process.env.TARO_ENV === 'h5') document.title = board.title
  }, [board])

  useShareAppMessage(() => (board ? { title: `${board.org.name}：${board.title}`, path: `/${boardPath(board.id)}` } : { title: '公开栏', path: '/pages/boards/index' }))

  return (
    <Screen>
      {state.status === 'loading' && <Loading what='版面' />}
      {state.status === 'failed' && <LoadFailed message={state.message} onRetry={retry} />}
      {board && <BoardReading board={board} />}
    </Screen>
  )
}
