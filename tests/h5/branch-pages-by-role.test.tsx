/**
 * A branch's 星级评定 and 承诺审核 pages serve its secretary and, from 组织详情, the organisers over
 * it. With the real Taro h5 components: the secretary gets 开启星级评定 and 写一条支部承诺; an
 * organiser reads the same page without those buttons (the server refuses them to an organiser),
 * and is told who opens a rating.
 */
import { act, configure, render, screen, waitFor } from '@testing-library/react'
import { useRouter } from '@tarojs/taro'
import { pledgesContract } from '@/core/contracts/pledges.contract'
import { PLEDGE_STATUSES } from '@/core/member-work/pledge.rules'
import StarCyclesPage from '@/packages/secretary/stars/index'
import PledgeReviewPage from '@/packages/secretary/pledges/index'
import { installFetch } from '../support/fetch-double'
import { secretaryHome } from '../support/home-mother'

configure({ asyncUtilTimeout: 5000 })
jest.setTimeout(20_000)

const ORGANISER = secretaryHome({ role: 'organiser', roleLabel: '组织委员', displayName: '赵组织' })
const SECRETARY = secretaryHome()

const pledges = pledgesContract.actions.listForOrg.output.parse({
  org: { id: 'org-qingshan', name: '青山村党支部' },
  year: 2026,
  pledges: [],
  counts: Object.fromEntries(PLEDGE_STATUSES.map((status) => [status, 0])),
  membersWithout: [],
  branchPledges: { made: 0, minimum: 1 },
  fulfilmentRate: null,
})

/** The gateway as the org, stars and pledges functions answer for this caller. */
function answerAs(home: typeof SECRETARY) {
  return installFetch((request) => {
    const action = (request.body as { action: string }).action
    if (action === 'getHome') return { ok: true, data: home }
    if (action === 'list') return { ok: true, data: { cycles: [] } }
    if (action === 'listForOrg') return { ok: true, data: pledges }
    return { ok: false, code: 'COMMON.UNKNOWN_ACTION', message: action }
  })
}

beforeEach(() => {
  jest.mocked(useRouter).mockReturnValue({ params: { orgId: 'org-qingshan' }, path: '' } as unknown as ReturnType<typeof useRouter>)
})
afterAll(() => {
  jest.mocked(useRouter).mockReturnValue({ params: {}, path: '' } as unknown as ReturnType<typeof useRouter>)
})

it('offers the secretary 开启星级评定, and tells an organiser that the secretary opens it', async () => {
  answerAs(SECRETARY)
  const secretary = render(<StarCyclesPage />)
  expect(await screen.findByText('开启星级评定')).toBeTruthy()
  secretary.unmount()

  answerAs(ORGANISER)
  render(<StarCyclesPage />)
  expect(await screen.findByText(/开启和推进评定由支部书记操作/)).toBeTruthy()
  expect(screen.queryByText('开启星级评定')).toBeNull()
})

it('offers the secretary 写一条支部承诺, and shows an organiser the pledges without it', async () => {
  answerAs(SECRETARY)
  const secretary = render(<PledgeReviewPage />)
  expect(await screen.findByText('写一条支部承诺')).toBeTruthy()
  secretary.unmount()

  const { sent } = answerAs(ORGANISER)
  render(<PledgeReviewPage />)
  expect(await screen.findByText(/支部承诺 0 条/)).toBeTruthy()
  // The role arrives with its own answer: wait until it has been asked and answered.
  await waitFor(() => expect(sent.some((request) => (request.body as { action: string }).action === 'getHome')).toBe(true))
  await act(async () => undefined)
  expect(screen.queryByText('写一条支部承诺')).toBeNull()
})
