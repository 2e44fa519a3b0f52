import { act, configure, fireEvent, render, screen } from '@testing-library/react'
import Taro from '@tarojs/taro'
import type { OrgNode } from '@/core/contracts/org.contract'
import OrgTreePage from '@/packages/organiser/tree/index'
import { installFetch, type SentRequest } from '../support/fetch-double'
import { tap } from '../support/h5-actions'
import { chinaYear } from '@/core/china-time'

const node = (id: string, name: string, type: OrgNode['type'], typeLabel: string, parentId: string | null, depth: number, memberCount: number): OrgNode => ({ id, name, type, typeLabel, parentId, depth, memberCount })

/** A county subtree as org.listTree answers it: depth-first, the county at depth 0. */
const COUNTY: OrgNode[] = [
  node('org-county', '中共安平县委', 'county', '县(市、区)委', null, 0, 3),
  node('org-east', '中共东岭镇委员会', 'township', '乡镇党委', 'org-county', 1, 4),
  node('org-liujia', '刘家坪村党支部', 'village', '村党组织', 'org-east', 2, 6),
  node('org-taohua', '桃花村党支部', 'village', '村党组织', 'org-east', 2, 9),
  node('org-west', '中共西河乡委员会', 'township', '乡镇党委', 'org-county', 1, 4),
  node('org-hexi', '河西村党支部', 'village', '村党组织', 'org-west', 2, 8),
]

function answer(request: SentRequest) {
  const body = request.body as { action: string; year?: number }
  if (body.action === 'listTree') return { ok: true, data: { nodes: COUNTY } }
  return {
    ok: true,
    data: { year: body.year, org: { id: 'org-county', name: '中共安平县委' }, units: [], blankVillages: [{ orgId: 'org-liujia', name: '刘家坪村党支部' }] },
  }
}

// The whole suite runs beside browsers and compilers on two cores: give slow renders time before failing.
configure({ asyncUtilTimeout: 5000 })

beforeEach(() => {
  localStorage.clear()
  jest.mocked(Taro.navigateTo).mockClear()
})

describe('组织树', () => {
  it('opens on the level below the root, with types, member counts and where the 空白村 hide', async () => {
    const { sent } = installFetch(answer)
    render(<OrgTreePage />)

    expect(await screen.findByText('中共东岭镇委员会')).toBeTruthy()
    expect(screen.getByText('中共西河乡委员会')).toBeTruthy()
    expect(screen.queryByText('刘家坪村党支部')).toBeNull()
    expect(screen.getByText('县(市、区)委 · 党员 3 名')).toBeTruthy()
    expect(screen.getByText('下级有 1 个空白村')).toBeTruthy()
    const year = chinaYear()
    expect(screen.getByText(`${year}年还有 1 个空白村（一个党员也没有发展），已用黄色标出。`)).toBeTruthy()
    expect(sent.filter((r) => r.url.startsWith('/api/fn/')).map((r) => r.body)).toEqual([
      { action: 'listTree' },
      { action: 'report', orgId: 'org-county', year },
    ])
  })

  it('expands a township to show its villages, flags the 空白村, and opens a village’s 组织详情', async () => {
    installFetch(answer)
    render(<OrgTreePage />)
    await screen.findByText('中共东岭镇委员会')

    await tap('展开 2')
    expect(screen.getByText('刘家坪村党支部')).toBeTruthy()
    expect(screen.getByText('桃花村党支部')).toBeTruthy()
    expect(screen.queryByText('河西村党支部')).toBeNull()
    expect(screen.getByText(`${chinaYear()}年空白村：还没有发展党员`)).toBeTruthy()

    await tap('刘家坪村党支部')
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/organiser/org/index?orgId=org-liujia' })

    // The county and 东岭镇 are both open now; closing 东岭镇 (the second 收起) hides its villages again.
    await act(async () => {
      fireEvent.click(screen.getAllByText('收起')[1])
    })
    expect(screen.queryByText('刘家坪村党支部')).toBeNull()
    expect(screen.getByText('展开 2')).toBeTruthy()
  })

  it('still shows the tree when the 空白村 report cannot be read, and says so', async () => {
    installFetch((request) => ((request.body as { action: string }).action === 'listTree' ? answer(request) : { ok: false, code: 'AUTH.FORBIDDEN', message: '您没有权限做这项操作。' }))
    render(<OrgTreePage />)
    expect(await screen.findByText('中共东岭镇委员会')).toBeTruthy()
    expect(screen.getByText('没能读取今年的发展党员情况，空白村暂不标出。')).toBeTruthy()
  })
})
