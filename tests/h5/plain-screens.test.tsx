/**
 * What an older secretary or organiser reads on screens found by looking at them at phone size,
 * with the real Taro h5 components: dates written the way people write them (2026年11月18日, never
 * 2026-11-18), a sample size in words (有效样本 22 人, not n = 22), a workbench whose loudest button is not “回到首页”, and lists on 履岗情况 that
 * lead to where the work is done; a villager with no village yet can choose one on the 公开栏 tab.
 */
import { act, configure, fireEvent, render, screen } from '@testing-library/react'
import Taro, { useRouter } from '@tarojs/taro'
import { postsContract } from '@/core/contracts/posts.contract'
import { orgDashboardSchema, subtreeDashboardSchema, type OrgDashboard } from '@/core/contracts/survey.contract'
import BoardsTab from '@/pages/boards/index'
import CoveragePage from '@/packages/secretary/duty-coverage/index'
import OrganiserSurveyPage from '@/packages/organiser/survey/index'
import SecretaryHome from '@/packages/secretary/index/index'
import SecretarySurveyPage from '@/packages/secretary/survey/index'
import { installFetch } from '../support/fetch-double'
import { tap } from '../support/h5-actions'
import { secretaryHome, villagerHome } from '../support/home-mother'

configure({ asyncUtilTimeout: 5000 })
jest.setTimeout(20_000)

const summary = (positive: number, n: number) => ({ answers: n + 1, n, positive, rate: positive / n, interval: { lower: 0.7, upper: 0.97 }, band: 'good' as const })

function dashboard(): OrgDashboard {
  const round = (id: string, title: string, opensOn: string, closesOn: string, status: 'open' | 'closed') => ({
    round: { id, orgId: 'org-taohua', orgName: '桃花村党支部', batchId: 'b0a1b2c3d4e5f', title, opensOn, closesOn, status, statusLabel: status === 'open' ? '进行中' : '已结束', minimumAnswers: 10 },
    respondents: 23,
    visible: true,
    hiddenNote: null,
    overall: summary(20, 22),
    change: null,
    questions: [],
  })
  return orgDashboardSchema.parse({
    org: { id: 'org-taohua', name: '桃花村党支部', type: 'village', typeLabel: '村党组织' },
    settings: { goodThreshold: 0.85, passableThreshold: 0.7 },
    rounds: [round('r0a1b2c3d4e5f', '2026年度群众满意度测评', '2026-11-17', '2026-12-17', 'open'), round('r1a1b2c3d4e5f', '2025年第四季度群众满意度测评', '2025-10-01', '2025-12-31', 'closed')],
    trend: [
      { roundId: 'r1a1b2c3d4e5f', title: '2025年第四季度群众满意度测评', closesOn: '2025-12-31', rate: 0.815, lower: 0.7, upper: 0.9 },
      { roundId: 'r0a1b2c3d4e5f', title: '2026年度群众满意度测评', closesOn: '2026-12-17', rate: 0.909, lower: 0.72, upper: 0.97 },
    ],
    comments: { roundId: 'r0a1b2c3d4e5f', total: 2, items: [{ text: '希望多组织几次农技培训。', submittedOn: '2026-11-18' }, { text: '路灯修好了。', submittedOn: '2026-11-07' }] },
  })
}

it('writes the dates of villagers’ comments and of earlier rounds in Chinese, with no ISO date left on the page', async () => {
  installFetch(() => ({ ok: true, data: dashboard() }))
  const { container } = render(<SecretarySurveyPage />)
  expect(await screen.findByText('希望多组织几次农技培训。')).toBeTruthy()
  expect(screen.getByText('2026年11月18日')).toBeTruthy()
  expect(screen.getByText('2026年11月7日')).toBeTruthy()
  expect(screen.getByText('2025年第四季度群众满意度测评（2025年12月）')).toBeTruthy()
  expect(screen.getByText('2026年度群众满意度测评（2026年12月）')).toBeTruthy()
  expect(container.textContent).not.toMatch(/\d{4}-\d{2}/)
  // The sample size in words, before the interval.
  expect(screen.getByText('有效样本 22 人（不含答“不了解”的 1 人），95% 区间 70.0%–97.0%')).toBeTruthy()
  expect(container.textContent).not.toMatch(/n\s=\s/)
})

it('gives the organiser’s table each organisation’s sample as 有效样本 18 人, not n = 18', async () => {
  jest.mocked(useRouter).mockReturnValue({ params: {}, path: '' } as unknown as ReturnType<typeof useRouter>)
  const village = { id: 'org-shangwan', name: '上湾村党支部', type: 'village' as const, typeLabel: '村党组织', parentId: 'org-dongling', parentName: '中共东岭镇委员会' }
  const town = { id: 'org-dongling', name: '中共东岭镇委员会', type: 'township' as const, typeLabel: '乡镇党委' }
  installFetch(() => ({
    ok: true,
    data: subtreeDashboardSchema.parse({
      root: town,
      settings: { goodThreshold: 0.85, passableThreshold: 0.7 },
      rollups: [{ org: town, organisations: 1, reporting: 1, flagged: 1, respondents: 20, overall: null }],
      organisations: [
        {
          org: village,
          latest: { roundId: 'r0a1b2c3d4e5f', title: '2026年度群众满意度测评', status: 'open', closesOn: '2026-12-17', respondents: 20, minimumAnswers: 10, visible: true, overall: { answers: 20, n: 18, positive: 11, rate: 0.611, interval: { lower: 0.386, upper: 0.797 }, band: 'rectify' } },
          change: null,
          flagged: true,
          trend: [],
        },
      ],
      total: 1,
      flaggedCount: 1,
    }),
  }))
  const { container } = render(<OrganiserSurveyPage />)
  expect(await screen.findByText('上湾村党支部')).toBeTruthy()
  expect(container.textContent).toContain('2026年度群众满意度测评 · 有效样本 18 人 · 95% 区间 38.6%–79.7%')
  expect(container.textContent).not.toMatch(/n\s=\s/)
})

it('keeps 回到首页 a plain button under the workbench rows, so nothing is louder than the work', async () => {
  jest.mocked(Taro.switchTab).mockClear()
  installFetch(() => ({ ok: true, data: secretaryHome() }))
  const { container } = render(<SecretaryHome />)
  expect(await screen.findByText('党员名册')).toBeTruthy()
  const home = screen.getByText('回到首页').closest('.nut-button')
  expect(home?.className).toMatch(/nut-button-default/)
  expect(container.querySelectorAll('.nut-button-primary')).toHaveLength(0)
  await act(async () => {
    fireEvent.click(screen.getByText('回到首页'))
  })
  expect(Taro.switchTab).toHaveBeenCalledWith({ url: '/pages/home/index' })
})

it('opens an overdue duty’s 履岗记录 and a post waiting for 定岗 on 设岗定责, from 履岗情况', async () => {
  jest.mocked(Taro.navigateTo).mockClear()
  jest.mocked(useRouter).mockReturnValue({ params: { orgId: 'org-taohua' }, path: '' } as unknown as ReturnType<typeof useRouter>)
  const totals = { due: 11, doneOnTime: 9, overdue: 2, dueNow: 1, onTimeRate: 0.82 }
  const coverage = postsContract.actions.coverage.output.parse({
    org: { id: 'org-taohua', name: '桃花村党支部' },
    asOf: '2026-11-26',
    from: '2026-01-01',
    branch: totals,
    members: [{ memberId: 'm-taohua-09', memberName: '黄长青', totals }],
    areas: [{ assignmentId: 'pa-m-taohua-09-policy', memberName: '黄长青', postName: '政策宣传岗', areaName: '2组联系户', totals }],
    overdue: [{ assignmentId: 'pa-m-taohua-09-policy', memberName: '黄长青', areaName: '2组联系户', dutyTitle: '走访联系户', period: { start: '2026-05-01', end: '2026-05-31' } }],
    waiting: [{ assignmentId: 'pa-m-taohua-07-help', memberName: '李宏伟', postName: '帮扶岗', statusLabel: '已认岗，待定岗' }],
  })
  installFetch(() => ({ ok: true, data: coverage }))
  render(<CoveragePage />)
  expect(await screen.findByText('走访联系户：5月1日—5月31日没有记')).toBeTruthy()

  await tap('走访联系户：5月1日—5月31日没有记')
  expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: expect.stringMatching(/assignmentId=pa-m-taohua-09-policy/) })
  await tap('李宏伟 · 帮扶岗')
  expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/packages/secretary/posts/index?orgId=org-taohua' })
})

it('lets a villager who scanned no poster choose a village on the 公开栏 tab, then shows its boards and lets them choose again', async () => {
  const stored = new Map<string, unknown>()
  const storage = { getStorageSync: (key: string) => stored.get(key) ?? '', setStorageSync: (key: string, value: unknown) => void stored.set(key, value) }
  Object.assign(Taro, storage)
  try {
    const { sent } = installFetch((request) => {
      const body = request.body as { action: string; orgId?: string }
      if (body.action === 'getHome') return { ok: true, data: villagerHome() }
      if (body.action === 'places')
        return {
          ok: true,
          data: {
            places: [
              { id: 'org-liujia', name: '刘家坪村党支部', under: '中共东岭镇委员会' },
              { id: 'org-taohua', name: '桃花村党支部', under: '中共东岭镇委员会' },
              { id: 'org-baiyang', name: '白杨村党支部', under: '中共西河乡委员会' },
            ],
          },
        }
      const board = { id: 'board-taohua-notice', orgId: 'org-taohua', kind: 'notice', kindLabel: '通知公告', title: '关于召开三月份主题党日的通知', status: 'published', pinned: true, generated: false, publishedAt: '2026-03-02T01:00:00.000Z', updatedAt: '2026-03-02T01:00:00.000Z' }
      return { ok: true, data: { org: { id: 'org-taohua', name: '桃花村党支部' }, boards: [board] } }
    })
    render(<BoardsTab />)
    expect(await screen.findByText('您是哪个村的？')).toBeTruthy()
    expect(screen.queryByText('暂无公开内容。')).toBeNull()
    expect(await screen.findByText('中共西河乡委员会')).toBeTruthy()

    await tap('桃花村党支部')
    expect(await screen.findByText('关于召开三月份主题党日的通知')).toBeTruthy()
    expect(screen.getByText('桃花村党支部公开的党务、承诺和通知。')).toBeTruthy()
    expect(stored.get('publicBoardsOrg')).toEqual({ id: 'org-taohua', name: '桃花村党支部' })
    expect(sent.some((request) => (request.body as { orgId?: string }).orgId === 'org-taohua')).toBe(true)

    await tap('不是这个村？换一个村')
    expect(await screen.findByText('您是哪个村的？')).toBeTruthy()
    expect(screen.getByText('白杨村党支部')).toBeTruthy()
  } finally {
    for (const key of Object.keys(storage)) Reflect.deleteProperty(Taro, key)
  }
})
