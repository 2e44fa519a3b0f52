import { configure, render, screen } from '@testing-library/react'
import Taro, { useRouter } from '@tarojs/taro'
import type { OrgNode } from '@/core/contracts/org.contract'
import OrgHubPage from '@/packages/organiser/org/index'
import OrgTreePage from '@/packages/organiser/tree/index'
import { installFetch, type SentRequest } from '../support/fetch-double'
import { tap } from '../support/h5-actions'

const node = (id: string, name: string, type: OrgNode['type'], typeLabel: string, parentId: string | null, depth: number, memberCount: number): OrgNode => ({ id, name, type, typeLabel, parentId, depth, memberCount })

/** The subtree of 东岭镇's organiser, as org.listTree answers it: the township at depth 0. */
const DONGLING: OrgNode[] = [
  node('org-dongling', '中共东岭镇委员会', 'township', '乡镇党委', 'org-qingshan', 0, 4),
  node('org-liujia', '刘家坪村党支部', 'village', '村党组织', 'org-dongling', 1, 6),
  node('org-lvyuan', '青山绿源农业科技有限公司党支部', 'enterprise', '非公有制企业党组织', 'org-dongling', 1, 6),
]

const REFUSED = { ok: false, code: 'AUTH.OUT_OF_SCOPE', message: '河西村党支部属于中共西河乡委员会，不在您的管辖范围内。' }

/** org.listTree from a rootId down (the server's scope check refuses 河西村), org.getHome with the county above the township. */
function answer(request: SentRequest) {
  const body = request.body as { action: string; rootId?: string; year?: number }
  if (body.action === 'listTree') {
    if (body.rootId === 'org-hexi') return REFUSED
    const rootId = body.rootId ?? 'org-dongling'
    const root = DONGLING.find((n) => n.id === rootId)
    if (!root) return { ok: false, code: 'ORG.NOT_FOUND', message: '没有找到这个组织，可能已被撤销或合并。' }
    const below = DONGLING.filter((n) => n.parentId === rootId)
    return { ok: true, data: { nodes: [{ ...root, depth: 0 }, ...below.map((n) => ({ ...n, depth: 1 }))] } }
  }
  if (body.action === 'getHome') {
    return {
      ok: true,
      data: {
        identity: { role: 'organiser', roleLabel: '组织委员', displayName: '王建国' },
        org: { id: 'org-dongling', name: '中共东岭镇委员会', type: 'township', typeLabel: '乡镇党委', ancestors: [{ id: 'org-qingshan', name: '中共青山县委' }], memberCount: 4 },
        standards: null,
      },
    }
  }
  return { ok: true, data: { year: body.year, org: { id: 'org-dongling', name: '中共东岭镇委员会' }, units: [], blankVillages: [] } }
}

function openWith(url: string) {
  const query = new URLSearchParams(url.split('?')[1] ?? '')
  jest.mocked(useRouter).mockReturnValue({ params: Object.fromEntries(query.entries()), path: url.split('?')[0] } as unknown as ReturnType<typeof useRouter>)
}

function lastUrl(): string {
  const calls = jest.mocked(Taro.navigateTo).mock.calls
  return (calls[calls.length - 1]?.[0] as { url: string }).url
}

const rowTitles = () => Array.from(document.querySelectorAll('.link-row__title')).map((el) => el.textContent)

configure({ asyncUtilTimeout: 5000 })

beforeEach(() => {
  localStorage.clear()
  jest.mocked(Taro.navigateTo).mockClear()
})
afterEach(() => {
  jest.mocked(useRouter).mockReset()
  jest.mocked(useRouter).mockImplementation(() => ({ params: {}, path: '' }) as unknown as ReturnType<typeof useRouter>)
})

describe('组织详情 (the organiser’s hub of one organisation)', () => {
  it('opens from the tree on a village: name, type, parent, its eight pages, each with the village’s orgId', async () => {
    installFetch(answer)
    const tree = render(<OrgTreePage />)
    await screen.findByText('刘家坪村党支部')
    await tap('刘家坪村党支部')
    expect(lastUrl()).toBe('/packages/organiser/org/index?orgId=org-liujia')
    tree.unmount()

    openWith(lastUrl())
    const { sent } = installFetch(answer)
    render(<OrgHubPage />)
    expect(await screen.findByText('刘家坪村党支部')).toBeTruthy()
    expect(screen.getByText('村党组织 · 党员 6 名')).toBeTruthy()
    expect(screen.getByText('上级：中共东岭镇委员会')).toBeTruthy()
    // The member list stays one tap away: the first row.
    expect(rowTitles()).toEqual(['党员名册', '发展党员', '承诺审核', '设岗定责 · 明岗', '履岗情况', '公开栏版面', '群众满意度', '星级评定'])
    // The village itself is asked for (the server checks the scope), and the parent found in the organiser's own subtree.
    expect(sent.map((r) => r.body)).toEqual([{ action: 'listTree', rootId: 'org-liujia' }, { action: 'listTree' }])

    await tap('党员名册')
    expect(lastUrl()).toBe('/packages/secretary/members/index?orgId=org-liujia')
    await tap('承诺审核')
    expect(lastUrl()).toBe('/packages/secretary/pledges/index?orgId=org-liujia')
    await tap('履岗情况')
    expect(lastUrl()).toBe('/packages/secretary/duty-coverage/index?orgId=org-liujia')
    await tap('群众满意度')
    expect(lastUrl()).toBe('/packages/organiser/survey-org/index?orgId=org-liujia')
    await tap('公开栏版面')
    expect(lastUrl()).toBe('/packages/secretary/boards/index?orgId=org-liujia')
  })

  it('for the organiser’s own township: the county as parent, and only the township’s rows (satisfaction table by rootOrgId)', async () => {
    openWith('/packages/organiser/org/index?orgId=org-dongling')
    installFetch(answer)
    render(<OrgHubPage />)
    expect(await screen.findByText('中共东岭镇委员会')).toBeTruthy()
    expect(screen.getByText('乡镇党委 · 党员 4 名 · 下级组织 2 个')).toBeTruthy()
    expect(await screen.findByText('上级：中共青山县委')).toBeTruthy()
    expect(rowTitles()).toEqual(['党员名册', '公开栏版面', '辖区群众满意度', '支部星级比较'])
    expect(screen.queryByText('发展党员')).toBeNull()

    await tap('辖区群众满意度')
    expect(lastUrl()).toBe('/packages/organiser/survey/index?rootOrgId=org-dongling')
    await tap('支部星级比较')
    expect(lastUrl()).toBe('/packages/organiser/star-contest/index?orgId=org-dongling')
  })

  it('an organisation outside the organiser’s township: the server’s refusal in Chinese, and no rows', async () => {
    openWith('/packages/organiser/org/index?orgId=org-hexi')
    installFetch(answer)
    render(<OrgHubPage />)
    expect(await screen.findByText(REFUSED.message)).toBeTruthy()
    expect(rowTitles()).toEqual([])
  })
})
