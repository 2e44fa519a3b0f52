/**
 * The organiser's 辖区满意度 table, with the real Taro h5 components: a county of 65 organisations
 * shows the 30 lowest rates first and loads 30 more on request, neither skipping nor repeating an
 * organisation when answers reorder the table between two pages; a failed load says why and keeps what is shown. A
 * township's rollup opens that township's own table.
 */
import { configure, render, screen } from '@testing-library/react'
import Taro, { useRouter } from '@tarojs/taro'
import { subtreeDashboardSchema, type SubtreeDashboard } from '@/core/contracts/survey.contract'
import OrganiserSurveyPage from '@/packages/organiser/survey/index'
import { installFetch, type SentRequest } from '../support/fetch-double'
import { tap } from '../support/h5-actions'

configure({ asyncUtilTimeout: 5000 })
jest.setTimeout(20_000)

const TOTAL = 65

/** Village `i` of the county: rates rise with `i`, so the table's order is the villages' order. */
function row(i: number): SubtreeDashboard['organisations'][number] {
  const rate = 0.5 + i / 200
  return {
    org: { id: `org-v${i}`, name: `第${i + 1}村党支部`, type: 'village', typeLabel: '村党组织', parentId: 'org-t1', parentName: '东岭镇党委' },
    latest: {
      roundId: `r${String(i).padStart(12, '0')}`,
      title: '2026年下半年测评',
      status: 'open',
      closesOn: '2026-12-20',
      respondents: 40,
      minimumAnswers: 10,
      visible: true,
      overall: { answers: 40, n: 40, positive: Math.round(rate * 40), rate, interval: { lower: rate - 0.1, upper: Math.min(1, rate + 0.1) }, band: rate < 0.7 ? 'rectify' : rate < 0.85 ? 'passable' : 'good' },
    },
    change: null,
    flagged: rate < 0.7,
    trend: [],
  }
}

/** The server's table in its current order (village indices); a test may reorder it between two pages. */
let order: number[] = []

/** What the server answers: the first `limit` rows of its current order that the screen does not show yet. */
function page(body: unknown): SubtreeDashboard {
  const { shownOrgIds = [], limit = TOTAL } = body as { shownOrgIds?: string[]; limit?: number }
  const unshown = order.map(row).filter((candidate) => !shownOrgIds.includes(candidate.org.id))
  return subtreeDashboardSchema.parse({
    root: { id: 'org-county', name: '青山县委', type: 'county', typeLabel: '县委' },
    settings: { goodThreshold: 0.85, passableThreshold: 0.7 },
    rollups: [
      { org: { id: 'org-county', name: '青山县委', type: 'county', typeLabel: '县委' }, organisations: TOTAL, reporting: TOTAL, flagged: 40, respondents: 40 * TOTAL, overall: null },
      { org: { id: 'org-t1', name: '东岭镇党委', type: 'township', typeLabel: '乡镇党委' }, organisations: TOTAL, reporting: TOTAL, flagged: 40, respondents: 40 * TOTAL, overall: null },
    ],
    organisations: unshown.slice(0, limit),
    total: TOTAL,
    flaggedCount: 40,
  })
}

beforeEach(() => {
  order = Array.from({ length: TOTAL }, (_unused, i) => i)
})

const pagesAsked = (sent: SentRequest[]) =>
  sent
    .map((request) => request.body as { action: string; shownOrgIds?: string[]; limit?: number })
    .filter((body) => body.action === 'getSubtreeDashboard')
    .map(({ shownOrgIds = [], limit }) => ({ shown: shownOrgIds.length, limit }))

it('shows the 30 lowest rates first, then 30 more and the last 5 on request', async () => {
  const { sent } = installFetch((request) => ({ ok: true, data: page(request.body) }))
  render(<OrganiserSurveyPage />)
  expect(await screen.findByText('各组织（65 个）')).toBeTruthy()
  expect(screen.getAllByText(/^第\d+村党支部$/)).toHaveLength(30)
  expect(screen.getByText('第1村党支部')).toBeTruthy()
  expect(screen.queryByText('第31村党支部')).toBeNull()

  await tap('再显示 30 个（已显示 30 / 65）')
  expect(await screen.findByText('第60村党支部')).toBeTruthy()
  expect(screen.getAllByText(/^第\d+村党支部$/)).toHaveLength(60)

  await tap('再显示 5 个（已显示 60 / 65）')
  expect(await screen.findByText('第65村党支部')).toBeTruthy()
  expect(screen.getAllByText(/^第\d+村党支部$/)).toHaveLength(TOTAL)
  expect(screen.queryByText(/再显示/)).toBeNull()
  expect(pagesAsked(sent)).toEqual([
    { shown: 0, limit: 30 },
    { shown: 30, limit: 30 },
    { shown: 60, limit: 30 },
  ])
})

it('neither skips nor repeats an organisation when new answers reorder the table between two pages', async () => {
  installFetch((request) => ({ ok: true, data: page(request.body) }))
  render(<OrganiserSurveyPage />)
  await screen.findByText('各组织（65 个）')
  // Meanwhile 第50村's rate falls to the lowest of all: counted by position, the next page would start past it.
  order = [49, ...order.filter((i) => i !== 49)]
  await tap(/再显示 30 个/)
  expect(await screen.findByText('第50村党支部')).toBeTruthy()
  await tap(/再显示 5 个/)
  expect(await screen.findByText('第65村党支部')).toBeTruthy()
  const names = screen.getAllByText(/^第\d+村党支部$/).map((element) => element.textContent)
  expect(names).toHaveLength(TOTAL)
  expect(new Set(names).size).toBe(TOTAL)
})

it('says why more could not be loaded, and keeps the rows already shown', async () => {
  const refusal = '网络不太好，请稍后再试。'
  installFetch((request) => {
    const { shownOrgIds = [] } = request.body as { shownOrgIds?: string[] }
    return shownOrgIds.length === 0 ? { ok: true, data: page(request.body) } : { ok: false, code: 'COMMON.TIMEOUT', message: refusal }
  })
  render(<OrganiserSurveyPage />)
  await screen.findByText('各组织（65 个）')
  await tap(/再显示 30 个/)
  expect(await screen.findByText(refusal)).toBeTruthy()
  expect(screen.getAllByText(/^第\d+村党支部$/)).toHaveLength(30)
  expect(screen.getByText('再显示 30 个（已显示 30 / 65）')).toBeTruthy()
})

it('opens a township’s own table from its rollup, and asks the server for that township', async () => {
  installFetch((request) => ({ ok: true, data: page(request.body) }))
  jest.mocked(Taro.navigateTo).mockClear()
  const county = render(<OrganiserSurveyPage />)
  await screen.findByText('各组织（65 个）')
  await tap('只看东岭镇党委 ›')
  expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/organiser/survey/index?rootOrgId=org-t1' })
  county.unmount()

  jest.mocked(useRouter).mockReturnValue({ params: { rootOrgId: 'org-t1' }, path: '' } as unknown as ReturnType<typeof useRouter>)
  const { sent } = installFetch((request) => ({ ok: true, data: page(request.body) }))
  render(<OrganiserSurveyPage />)
  await screen.findByText('各组织（65 个）')
  expect(sent.map((request) => request.body)).toEqual([{ action: 'getSubtreeDashboard', rootOrgId: 'org-t1', limit: 30 }])
  jest.mocked(useRouter).mockReturnValue({ params: {}, path: '' } as unknown as ReturnType<typeof useRouter>)
})
