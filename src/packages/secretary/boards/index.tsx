import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import Button from '@nutui/nutui-react-taro/dist/es/packages/button/index'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/style.css'
import { useCallback, useState } from 'react'
import { LoadFailed, Loading } from '@/components/CloudStatus'
import { FormError } from '@/components/Form'
import { Screen } from '@/components/Screen'
import { heldPhotosLine } from '@/core/media/media-check'
import { boardPath } from '@/core/publicity/board-path'
import { useCloud } from '@/hooks/use-cloud'
import { useHome } from '@/hooks/use-home'
import { useReloadOnShow } from '@/hooks/use-reload-on-show'
import { useRouteParams } from '@/hooks/use-route-params'
import { BOARD_PAGES, pageUrl } from '@/routes'
import { createPledgeBoard, listBoardsForOrg, pinBoard, publishBoard, unpublishBoard, type BoardView, type StaffBoards } from '@/services/boards'
import type { CallResult } from '@/services/cloud'
import '@/components/boards/boards.scss'
import { chinaYear, readableDate } from '@/core/china-time'

type StaffBoard = StaffBoards['boards'][number]

/** One board with what the staff can do to it; every action answers the new board or the server's reason. */
function ManagedBoard({ board, onChanged }: { board: StaffBoard; onChanged: () => void }) {
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)
  async function run(action: () => Promise<CallResult<BoardView>>) {
    if (busy) return
    setBusy(true)
    setProblem(null)
    const result = await action()
    setBusy(false)
    if (result.ok) onChanged()
    else setProblem(result.message)
  }
  const published = board.status === 'published'
  // Images the public cannot see (yet): the card says so; the editor shows which one and why.
  const held = heldPhotosLine(board.imageChecks, '图片')
  const refused = board.imageChecks.some((image) => image.check === 'rejected')
  return (
    <View className='board-item'>
      <View className='board-item__tags'>
        {board.pinned && <Text className='board-tag'>置顶</Text>}
        <Text className={published ? 'board-tag' : 'board-tag board-tag--grey'}>{published ? '已发布' : '草稿'}</Text>
        <Text className='board-tag board-tag--grey'>{board.kindLabel}</Text>
        {board.generated && <Text className='board-tag board-tag--grey'>自动生成</Text>}
        {board.check?.result === 'rejected' && <Text className='board-tag board-tag--warn'>未通过检查</Text>}
      </View>
      <Text className='board-item__title'>{board.title}</Text>
      <Text className='board-item__meta'>{published ? `发布于${readableDate(board.publishedAt)}` : `修改于${readableDate(board.updatedAt)}`}</Text>
      {board.check?.result === 'rejected' && board.check.reason && <Text className='board-note'>没有公开的原因：{board.check.reason}</Text>}
      {held && <Text className='board-note board-note--warn'>{refused ? `${held}，群众看不到。请点“编辑”换一张。` : `${held}，通过后群众才看得到。`}</Text>}
      {problem && <FormError title='没有办成' message={problem} />}
      <View className='board-actions'>
        {!board.generated && (
          <View className='board-button' role='button' hoverClass='board-button--pressed' onClick={() => Taro.navigateTo({ url: pageUrl(BOARD_PAGES.edit, { id: board.id, orgId: board.orgId }) })}>
            <Text>编辑</Text>
          </View>
        )}
        <View className='board-button' role='button' hoverClass='board-button--pressed' onClick={() => Taro.navigateTo({ url: `/${boardPath(board.id)}` })}>
          <Text>查看</Text>
        </View>
        {published ? (
          <View className='board-button' role='button' hoverClass='board-button--pressed' onClick={() => run(() => unpublishBoard(board.id))}>
            <Text>撤下</Text>
          </View>
        ) : (
          <View className='board-button board-button--primary' role='button' hoverClass='board-button--pressed' onClick={() => run(() => publishBoard(board.id))}>
            <Text>发布</Text>
          </View>
        )}
        {published && (
          <View className='board-button' role='button' hoverClass='board-button--pressed' onClick={() => run(() => pinBoard(board.id, !board.pinned))}>
            <Text>{board.pinned ? '取消置顶' : '置顶'}</Text>
          </View>
        )}
        <View className='board-button' role='button' hoverClass='board-button--pressed' onClick={() => Taro.navigateTo({ url: pageUrl(BOARD_PAGES.poster, { id: board.id }) })}>
          <Text>打印海报</Text>
        </View>
      </View>
    </View>
  )
}

function BoardsOf({ orgId }: { orgId: string }) {
  const load = useCallback(() => listBoardsForOrg(orgId), [orgId])
  const { state, retry } = useCloud<StaffBoards>(load)
  useReloadOnShow(retry)
  const [creating, setCreating] = useState<string | null>(null)
  const year = chinaYear()

  async function createPledges() {
    setCreating('正在建立……')
    const result = await createPledgeBoard(orgId, year)
    setCreating(result.ok ? null : result.message)
    if (result.ok) retry()
  }

  if (state.status === 'loading') return <Loading what='版面' />
  if (state.status === 'failed') return <LoadFailed message={state.message} onRetry={retry} />
  const { org, boards } = state.data
  const hasPledgeBoard = boards.some((board) => board.kind === 'pledges' && board.generated && board.title.startsWith(`${year}年`))
  return (
    <View>
      <Text className='screen__lead'>{org.name}的版面：草稿只有管理人员看得到，发布后群众不用绑定也能看。</Text>
      <Button className='big-button' type='primary' color='#b7131a' onClick={() => Taro.navigateTo({ url: pageUrl(BOARD_PAGES.edit, { orgId }) })}>
        新建版面
      </Button>
      {!hasPledgeBoard && (
        <Button className='big-button' onClick={createPledges} loading={creating === '正在建立……'}>
          {`建立${year}年承诺公示栏（自动生成）`}
        </Button>
      )}
      {creating && creating !== '正在建立……' && <FormError title='没有建立' message={creating} />}
      {boards.length === 0 && (
        <View className='card'>
          <Text className='card__text'>还没有版面。点“新建版面”写第一个通知或党务公开。</Text>
        </View>
      )}
      {boards.map((board) => (
        <ManagedBoard key={board.id} board={board} onChanged={retry} />
      ))}
    </View>
  )
}

/** 版面管理: the organisation's boards, drafts and published; an organiser passes ?orgId= for one in their subtree. */
export default function BoardsManagePage() {
  const params = useRouteParams()
  const { state, retry } = useHome()
  const orgId = params.orgId || (state.status === 'ready' ? state.data.org?.id : undefined)
  return (
    <Screen>
      <Text className='screen__title'>版面管理</Text>
      {!params.orgId && state.status === 'loading' && <Loading what='本组织' />}
      {!params.orgId && state.status === 'failed' && <LoadFailed message={state.message} onRetry={retry} />}
      {orgId && <BoardsOf orgId={orgId} />}
    </Screen>
  )
}
