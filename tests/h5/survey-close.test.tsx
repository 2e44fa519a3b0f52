/**
 * Ending a round early from the secretary's 满意度 page, with the real Taro h5 components: a plain
 * confirmation, the round reads 已结束 afterwards and no longer offers the poster; a round the
 * township opened is refused in words under the button, and nothing changes.
 */
import { configure, render, screen } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { orgDashboardSchema, type OrgDashboard } from '@/core/contracts/survey.contract'
import SecretarySurveyPage from '@/packages/secretary/survey/index'
import { installFetch, type SentRequest } from '../support/fetch-double'
import { tap } from '../support/h5-actions'

configure({ asyncUtilTimeout: 5000 })
jest.setTimeout(20_000)

const ROUND = {
  id: 'r0a1b2c3d4e5f',
  orgId: 'org-taohua',
  orgName: '桃花村党支部',
  batchId: 'b0a1b2c3d4e5f',
  title: '2026年下半年群众满意度测评',
  opensOn: '2026-11-20',
  closesOn: '2026-12-20',
  minimumAnswers: 10,
}

function dashboard(status: 'open' | 'closed'): OrgDashboard {
  return orgDashboardSchema.parse({
    org: { id: 'org-taohua', name: '桃花村党支部', type: 'village', typeLabel: '村党组织' },
    settings: { goodThreshold: 0.85, passableThreshold: 0.7 },
    rounds: [
      {
        round: { ...ROUND, status, statusLabel: status === 'open' ? '进行中' : '已结束' },
        respondents: 3,
        visible: false,
        hiddenNote: '满 10 份后显示结果，目前 3 份',
        overall: null,
        change: null,
        questions: null,
      },
    ],
    trend: [],
    comments: null,
  })
}

const calls = (sent: SentRequest[], action: string) => sent.filter((request) => (request.body as { action?: string } | undefined)?.action === action)

beforeEach(() => jest.mocked(Taro.showModal).mockClear())

it('ends an open round after a confirmation; the page then says 已结束 and offers no poster', async () => {
  let status: 'open' | 'closed' = 'open'
  const { sent } = installFetch((request) => {
    const body = request.body as { action: string }
    if (body.action === 'close') {
      status = 'closed'
      return { ok: true, data: { round: { ...ROUND, status: 'closed', statusLabel: '已结束' } } }
    }
    return { ok: true, data: dashboard(status) }
  })
  render(<SecretarySurveyPage />)
  expect(await screen.findByText(/进行中/)).toBeTruthy()
  expect(screen.getByText('评价二维码海报')).toBeTruthy()

  await tap('提前结束这一轮')
  expect(Taro.showModal).toHaveBeenCalledWith(expect.objectContaining({ title: '提前结束调查？' }))
  expect(calls(sent, 'close')[0].body).toEqual({ action: 'close', roundId: ROUND.id })
  expect(await screen.findByText(/已结束/)).toBeTruthy()
  expect(screen.queryByText('评价二维码海报')).toBeNull()
  expect(screen.queryByText('提前结束这一轮')).toBeNull()
})

it('asks nothing of the server when the secretary changes their mind', async () => {
  jest.mocked(Taro.showModal).mockResolvedValueOnce({ confirm: false, cancel: true } as never)
  const { sent } = installFetch(() => ({ ok: true, data: dashboard('open') }))
  render(<SecretarySurveyPage />)
  await screen.findByText('提前结束这一轮')
  await tap('提前结束这一轮')
  expect(calls(sent, 'close')).toHaveLength(0)
  expect(screen.getByText(/进行中/)).toBeTruthy()
})

it('shows the server’s refusal in words when the township opened the round', async () => {
  const refusal = '这轮调查是上级组织开启的，只能由上级组织委员提前结束。'
  installFetch((request) => {
    const body = request.body as { action: string }
    if (body.action === 'close') return { ok: false, code: 'SURVEY.NOT_OPENER', message: refusal }
    return { ok: true, data: dashboard('open') }
  })
  render(<SecretarySurveyPage />)
  await screen.findByText('提前结束这一轮')
  await tap('提前结束这一轮')
  expect(await screen.findByText(refusal)).toBeTruthy()
  expect(screen.getByText(/进行中/)).toBeTruthy()
})
