/**
 * A branch's 星级评定, one rating cycle, and 承诺审核 serve its secretary and, from 组织详情, the
 * organisers over it. With the real Taro h5 components: the secretary gets 开启星级评定, the next
 * step and the committee's form, and 写一条支部承诺; an organiser reads the same pages without them
 * (the server refuses them to an organiser) and is told who runs the rating. What the caller may do
 * comes with each page's own answer (canOpen, canManage, canWriteBranchPledge): the pages never ask
 * org.getHome who the caller is.
 */
import { act, configure, render, screen } from '@testing-library/react'
import { useRouter } from '@tarojs/taro'
import { pledgesContract } from '@/core/contracts/pledges.contract'
import { cycleViewSchema, starsContract } from '@/core/contracts/stars.contract'
import { PLEDGE_STATUSES } from '@/core/member-work/pledge.rules'
import { DEFAULT_POINTS_RUBRIC } from '@/core/stars/stars.defaults'
import StarCyclePage from '@/packages/secretary/star-cycle/index'
import StarCyclesPage from '@/packages/secretary/stars/index'
import PledgeReviewPage from '@/packages/secretary/pledges/index'
import { installFetch, type SentRequest } from '../support/fetch-double'
import { tap } from '../support/h5-actions'

configure({ asyncUtilTimeout: 5000 })
jest.setTimeout(20_000)

type Caller = 'secretary' | 'organiser'

const cycles = (caller: Caller) => starsContract.actions.list.output.parse({ cycles: [], canOpen: caller === 'secretary' })

const pledges = (caller: Caller) =>
  pledgesContract.actions.listForOrg.output.parse({
    org: { id: 'org-qingshan', name: '青山村党支部' },
    year: 2026,
    pledges: [],
    counts: Object.fromEntries(PLEDGE_STATUSES.map((status) => [status, 0])),
    membersWithout: [],
    branchPledges: { made: 0, minimum: 1 },
    fulfilmentRate: null,
    canWriteBranchPledge: caller === 'secretary',
  })

/** A cycle at the committee: one member waiting for the committee's decision. */
const cycle = (caller: Caller) =>
  cycleViewSchema.parse({
    id: 'sc-qingshan-2026q4',
    orgId: 'org-qingshan',
    orgName: '青山村党支部',
    periodLabel: '2026年第四季度',
    stage: 'committee',
    stageLabel: '支委会评定',
    rubricKind: 'points',
    rubricName: DEFAULT_POINTS_RUBRIC.name,
    members: 1,
    publicityEndsAt: null,
    rubric: DEFAULT_POINTS_RUBRIC,
    nextStep: { to: 'publicity', label: '开始公示' },
    canManage: caller === 'secretary',
    entries: [{ memberId: 'm-qingshan-01', memberName: '王秀兰', evidence: null, selfAssessment: null, peers: { assigned: 0, done: 0, averageStars: null, comments: [] }, outcome: null }],
    objections: [],
    openObjections: 0,
  })

/** The gateway as the stars and pledges functions answer this caller; anything else (getHome included) is unknown. */
function answerAs(caller: Caller) {
  return installFetch((request) => {
    const action = (request.body as { action: string }).action
    if (action === 'list') return { ok: true, data: cycles(caller) }
    if (action === 'get') return { ok: true, data: cycle(caller) }
    if (action === 'listForOrg') return { ok: true, data: pledges(caller) }
    return { ok: false, code: 'COMMON.UNKNOWN_ACTION', message: action }
  })
}

const actionsOf = (sent: SentRequest[]) => sent.map((request) => (request.body as { action: string }).action)

beforeEach(() => {
  jest.mocked(useRouter).mockReturnValue({ params: { orgId: 'org-qingshan', id: 'sc-qingshan-2026q4' }, path: '' } as unknown as ReturnType<typeof useRouter>)
})
afterAll(() => {
  jest.mocked(useRouter).mockReturnValue({ params: {}, path: '' } as unknown as ReturnType<typeof useRouter>)
})

it('offers the secretary 开启星级评定, and tells an organiser that the secretary opens it, asking only for the list', async () => {
  const asSecretary = answerAs('secretary')
  const secretary = render(<StarCyclesPage />)
  expect(await screen.findByText('开启星级评定')).toBeTruthy()
  expect(screen.queryByText(/开启和推进评定由支部书记操作/)).toBeNull()
  expect(actionsOf(asSecretary.sent)).toEqual(['list'])
  secretary.unmount()

  const asOrganiser = answerAs('organiser')
  render(<StarCyclesPage />)
  expect(await screen.findByText(/开启和推进评定由支部书记操作/)).toBeTruthy()
  expect(screen.queryByText('开启星级评定')).toBeNull()
  await act(async () => undefined)
  expect(actionsOf(asOrganiser.sent)).toEqual(['list'])
})

it('gives the secretary the next step and the committee’s form in a cycle; an organiser reads it without them', async () => {
  const asSecretary = answerAs('secretary')
  const secretary = render(<StarCyclePage />)
  expect(await screen.findByText('下一步：开始公示')).toBeTruthy()
  await tap('王秀兰 · 待评定 ›')
  expect(screen.getByText('评定理由')).toBeTruthy()
  expect(actionsOf(asSecretary.sent)).toEqual(['get'])
  secretary.unmount()

  const asOrganiser = answerAs('organiser')
  render(<StarCyclePage />)
  expect(await screen.findByText(/评定由支部书记推进/)).toBeTruthy()
  // No button for the step, and the member's name opens no form.
  expect(screen.queryByText('开始公示')).toBeNull()
  expect(screen.queryByText('王秀兰 · 待评定 ›')).toBeNull()
  await tap('王秀兰')
  expect(screen.queryByText('评定理由')).toBeNull()
  expect(actionsOf(asOrganiser.sent)).toEqual(['get'])
})

it('offers the secretary 写一条支部承诺, and shows an organiser the pledges without it, asking only for the list', async () => {
  const asSecretary = answerAs('secretary')
  const secretary = render(<PledgeReviewPage />)
  expect(await screen.findByText('写一条支部承诺')).toBeTruthy()
  expect(actionsOf(asSecretary.sent)).toEqual(['listForOrg'])
  secretary.unmount()

  const asOrganiser = answerAs('organiser')
  render(<PledgeReviewPage />)
  expect(await screen.findByText(/支部承诺 0 条/)).toBeTruthy()
  expect(screen.queryByText('写一条支部承诺')).toBeNull()
  await act(async () => undefined)
  expect(actionsOf(asOrganiser.sent)).toEqual(['listForOrg'])
})
