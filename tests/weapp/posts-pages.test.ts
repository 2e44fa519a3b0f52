/**
 * @jest-environment jsdom
 */
/**
 * The built mini-program's post pages in miniprogram-simulate: the public 明岗公示 a villager opens
 * from the board (phones masked as the server sends them), and a member's 认领岗位, where one tap
 * asks the posts function for the post and the card then says it waits for 定岗.
 */
import { assignmentViewSchema, postsContract } from '@/core/contracts/posts.contract'
import { launchApp, renderPage, tapText, waitForText } from '../support/weapp-harness'

type Request = { name: string; data: Record<string, unknown> }

const board = postsContract.actions.board.output.parse({
  org: { id: 'org-taohua', name: '桃花村党支部' },
  posts: [
    {
      id: 'pa-1',
      postName: '联系群众岗',
      memberName: '王建国',
      area: { name: '三组东片', kind: 'households', households: [{ name: '李大爷', addressNote: '村口第二家', phone: '137****5678' }], place: null },
      duties: [{ title: '走访联系户', cadenceLabel: '每周' }],
      since: '2026-03-01',
    },
  ],
})

const catalogue = postsContract.actions.catalogue.output.parse({
  posts: [
    { id: 'post-env', name: '环境卫生监督岗', description: '督促房前屋后干净整洁。', custom: false, duties: [{ title: '巡查一次责任区卫生', cadence: 'weekly' }] },
    { id: 'post-safety', name: '安全生产宣传岗', description: '', custom: true, duties: [{ title: '讲一次安全常识', cadence: 'monthly' }] },
  ],
})

const totals = { due: 0, doneOnTime: 0, overdue: 0, dueNow: 0, onTimeRate: null }
const volunteered = assignmentViewSchema.parse({
  id: 'pa-2',
  orgId: 'org-taohua',
  postId: 'post-env',
  postName: '环境卫生监督岗',
  memberId: 'm-taohua-02',
  memberName: '王建国',
  status: 'volunteered',
  statusLabel: '已认领，等支部定岗',
  area: null,
  duties: [],
  totals,
  reviews: [],
})

const home = { identity: { role: 'member', roleLabel: '党员', displayName: '王建国' }, org: { id: 'org-taohua', name: '桃花村党支部', type: 'village', typeLabel: '村党组织', ancestors: [], memberCount: 9 }, standards: null }

/** Answers as the org, members and posts functions would for a member of 桃花村 without a post yet. */
const callFunction = jest.fn(async (request: Request) => {
  switch (request.data.action) {
    case 'board':
      return { result: { ok: true, data: board } }
    case 'getHome':
      return { result: { ok: true, data: home } }
    case 'getMine':
      return { result: { ok: true, data: { account: null, member: { id: 'm-taohua-02' } } } }
    case 'catalogue':
      return { result: { ok: true, data: catalogue } }
    case 'myTasks':
      return { result: { ok: true, data: { asOf: '2026-11-26', assignments: [], totals } } }
    case 'volunteer':
      return { result: { ok: true, data: volunteered } }
    default:
      return { result: { ok: false, code: 'COMMON.UNKNOWN_ACTION', message: `no answer for ${String(request.data.action)}` } }
  }
})

beforeAll(() => {
  launchApp((wx) => {
    // The simulator has no wx.cloud: the stub answers as the functions would.
    wx.cloud = { init: jest.fn(), callFunction }
  })
})

describe('weapp build: post pages', () => {
  it('shows the public 明岗公示 of the scanned organisation with the phone masked', async () => {
    const page = renderPage('packages/villager/posts-board/index', { orgId: 'org-taohua' })
    await waitForText(page, '王建国 · 联系群众岗')
    expect(page.text()).toContain('责任区：三组东片')
    expect(page.text()).toContain('李大爷，村口第二家，137****5678')
    expect(page.text()).toContain('走访联系户（每周）')
    expect(callFunction).toHaveBeenCalledWith({ name: 'posts', data: { action: 'board', orgId: 'org-taohua' } })
  })

  it('lets a member offer to take a post with one tap, and then says it waits for 定岗', async () => {
    const page = renderPage('packages/member/posts/index')
    await waitForText(page, '环境卫生监督岗')
    expect(page.text()).toContain('每周：巡查一次责任区卫生')
    expect(page.text()).toContain('安全生产宣传岗')
    tapText(page, '我愿意认领这个岗位')
    await waitForText(page, '已认领，等支部定岗')
    expect(callFunction).toHaveBeenCalledWith({ name: 'posts', data: { action: 'volunteer', memberId: 'm-taohua-02', postId: 'post-env' } })
  })
})
