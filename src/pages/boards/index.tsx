import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useCallback, useState } from 'react'
import { LoadFailed, Loading } from '@/components/CloudStatus'
import { Screen } from '@/components/Screen'
import type { Home } from '@/core/contracts/org.contract'
import { boardPath } from '@/core/publicity/board-path'
import { useCloud } from '@/hooks/use-cloud'
import { useHome } from '@/hooks/use-home'
import { useReloadOnShow } from '@/hooks/use-reload-on-show'
import { listBoards, type PublicBoards } from '@/services/boards'
import type { CallResult } from '@/services/cloud'
import { rememberedPublicOrg, rememberPublicOrg, type RememberedOrg } from '@/services/public-org'
import { listSuggestionPlaces } from '@/services/suggestions'
import { PlacePicker } from '@/components/PlacePicker'
import { BOARD_PAGES, pageUrl } from '@/routes'
import { MEMBER_WORK_ROUTES } from '@/components/member-work/routes'
import { STORY_SUGGESTION_ROUTES } from '@/components/stories-suggestions/routes'
import '@/components/boards/boards.scss'
import { readableDate } from '@/core/china-time'

const STAFF = new Set(['secretary', 'organiser', 'admin'])

function BoardList({ org, canManage }: { org: RememberedOrg; canManage: boolean }) {
  const load = useCallback((): Promise<CallResult<PublicBoards>> => listBoards(org.id), [org.id])
  const { state, retry } = useCloud<PublicBoards>(load)
  useReloadOnShow(retry)
  return (
    <View>
      <Text className='screen__lead'>{org.name}公开的党务、承诺和通知。</Text>
      {canManage && (
        <View className='board-button' role='button' hoverClass='board-button--pressed' onClick={() => Taro.navigateTo({ url: `${BOARD_PAGES.manage}?orgId=${encodeURIComponent(org.id)}` })}>
          <Text>管理本组织的版面</Text>
        </View>
      )}
      {state.status === 'loading' && <Loading what='公开栏' />}
      {state.status === 'failed' && <LoadFailed message={state.message} onRetry={retry} />}
      {state.status === 'ready' && state.data.boards.length === 0 && (
        <View className='card'>
          <Text className='card__text'>暂无公开内容。</Text>
        </View>
      )}
      {state.status === 'ready' &&
        state.data.boards.map((board) => (
          <View key={board.id} className='board-item' role='link' hoverClass='board-item--pressed' onClick={() => Taro.navigateTo({ url: `/${boardPath(board.id)}` })}>
            <View className='board-item__tags'>
              {board.pinned && <Text className='board-tag'>置顶</Text>}
              <Text className='board-tag board-tag--grey'>{board.kindLabel}</Text>
            </View>
            <Text className='board-item__title'>{board.title}</Text>
            <Text className='board-item__meta'>发布于{readableDate(board.publishedAt)}</Text>
          </View>
        ))}
      <OrgLinks org={org} />
    </View>
  )
}

/** What else a villager can do for the organisation shown: see who answers for which households, and speak to the branch. */
function OrgLinks({ org }: { org: RememberedOrg }) {
  const links = [
    { title: '明岗公示', text: '哪位党员负责哪一片、联系哪几户。', url: pageUrl(MEMBER_WORK_ROUTES.postsBoard, { orgId: org.id }) },
    { title: '给支部提意见建议', text: '不用登记姓名，支部会答复；只有您自己看得到答复。', url: pageUrl(STORY_SUGGESTION_ROUTES.suggest, { orgId: org.id }) },
  ]
  return (
    <View>
      {links.map((link) => (
        <View key={link.title} className='board-item' role='link' hoverClass='board-item--pressed' onClick={() => Taro.navigateTo({ url: link.url })}>
          <Text className='board-item__title'>{link.title}</Text>
          <Text className='board-item__meta'>{link.text}</Text>
        </View>
      ))}
    </View>
  )
}

/**
 * No village known yet (no binding, no poster scanned): say how to get one and offer the list, so a
 * villager at home is not left with an empty tab.
 */
function ChooseVillage({ onChosen }: { onChosen: (place: RememberedOrg) => void }) {
  const { state, retry } = useCloud(listSuggestionPlaces)
  return (
    <View>
      <View className='card'>
        <Text className='card__title'>您是哪个村的？</Text>
        <Text className='card__text'>扫描村里张贴的公开栏二维码，或在下面点您的村，这里就显示这个村的公开栏。</Text>
      </View>
      {state.status === 'loading' && <Loading what='村的名单' />}
      {state.status === 'failed' && <LoadFailed message={state.message} onRetry={retry} />}
      {state.status === 'ready' && <PlacePicker places={state.data.places} onPick={onChosen} />}
    </View>
  )
}

/** Whose boards the tab shows: the caller's organisation, or the one whose poster a villager scanned. */
function orgOf(home: Home): RememberedOrg | null {
  if (home.org) return { id: home.org.id, name: home.org.name }
  return rememberedPublicOrg()
}

/** 公开栏: the published boards of the caller's organisation (pinned first), or of the organisation whose code a villager scanned. */
export default function BoardsPage() {
  const { state, retry } = useHome()
  const [, setShown] = useState(0)
  const [picking, setPicking] = useState(false)
  // A villager may scan a poster and come back: read the remembered organisation again on show.
  useReloadOnShow(useCallback(() => setShown((count) => count + 1), []))
  const chosen = (place: RememberedOrg) => {
    rememberPublicOrg({ id: place.id, name: place.name })
    setPicking(false)
    setShown((count) => count + 1)
  }
  const org = state.status === 'ready' ? orgOf(state.data) : null
  return (
    <Screen>
      <Text className='screen__title'>公开栏</Text>
      {state.status === 'loading' && <Loading what='公开栏' />}
      {state.status === 'failed' && <LoadFailed message={state.message} onRetry={retry} />}
      {state.status === 'ready' && org && !picking && <BoardList key={org.id} org={org} canManage={state.data.org !== null && STAFF.has(state.data.identity.role)} />}
      {/* Someone without an organisation sees the village they scanned or chose, and may choose another. */}
      {state.status === 'ready' && org && !picking && state.data.org === null && (
        <View className='board-button' role='button' hoverClass='board-button--pressed' onClick={() => setPicking(true)}>
          <Text>不是这个村？换一个村</Text>
        </View>
      )}
      {state.status === 'ready' && (!org || picking) && <ChooseVillage onChosen={chosen} />}
    </Screen>
  )
}
