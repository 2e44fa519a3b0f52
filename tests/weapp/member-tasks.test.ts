/**
 * @jest-environment jsdom
 */
import { launchApp, renderPage, tapText, waitForText } from '../support/weapp-harness'

type Request = { name: string; data: Record<string, unknown> }

const visit = {
  id: 'd-visit',
  title: '走访联系户',
  cadence: 'weekly',
  cadenceLabel: '每周',
  since: '2026-01-05',
  due: 46,
  doneOnTime: 44,
  overdue: 2,
  overduePeriods: [],
  current: { start: '2026-11-23', end: '2026-11-29', done: false },
  lastDoneOn: '2026-11-18',
}
const totals = { due: 46, doneOnTime: 44, overdue: 2, dueNow: 1, onTimeRate: 0.96 }
const assignment = {
  id: 'pa-1',
  orgId: 'org-taohua',
  postId: 'post-1',
  postName: '联系群众岗',
  memberId: 'm-taohua-02',
  memberName: '王建国',
  status: 'published',
  statusLabel: '已明岗',
  area: { name: '三组东片', kind: 'households', households: [], place: null },
  duties: [visit],
  totals,
  reviews: [],
}

/** Answers as the members, posts and pledges functions would for a member with one area and no pledge yet. */
const callFunction = jest.fn(async (request: Request) => {
  if (request.data.action === 'getMine') return { result: { ok: true, data: { account: null, member: { id: 'm-taohua-02' } } } }
  if (request.data.action === 'myTasks') return { result: { ok: true, data: { asOf: '2026-11-26', assignments: [assignment], totals } } }
  return { result: { ok: true, data: { year: 2026, minimum: 1, made: 0, pledges: [], reminderTemplateId: 'tmpl-pledge-reminder' } } }
})
const navigateTo = jest.fn((options: { url: string; success?: (r: unknown) => void }) => options.success?.({ errMsg: 'navigateTo:ok' }))
/** The member accepts the one-time subscription for whichever template the page asks about. */
const requestSubscribeMessage = jest.fn((options: { tmplIds: string[]; success?: (r: unknown) => void; complete?: (r: unknown) => void }) => {
  const answer = { errMsg: 'requestSubscribeMessage:ok', ...Object.fromEntries(options.tmplIds.map((id) => [id, 'accept'])) }
  options.success?.(answer)
  options.complete?.(answer)
})

beforeAll(() => {
  launchApp((wx) => {
    // The simulator has no wx.cloud: the stub answers the three functions 我的任务 reads.
    wx.cloud = { init: jest.fn(), callFunction }
    wx.navigateTo = navigateTo
    wx.requestSubscribeMessage = requestSubscribeMessage
  })
})

describe('weapp build: 我的任务', () => {
  let page: ReturnType<typeof renderPage>

  it('renders the duties due this period from the cloud answer, and the pledge still to write', async () => {
    page = renderPage('packages/member/tasks/index')
    await waitForText(page, '走访联系户')
    expect(page.text()).toContain('三组东片 · 每周')
    expect(page.text()).toContain('本周（11月23日—11月29日）还没有记')
    expect(page.text()).toContain('今年还没有承诺')
    expect(callFunction).toHaveBeenCalledWith({ name: 'posts', data: { action: 'myTasks', memberId: 'm-taohua-02' } })
  })

  it('asks the member to subscribe to the reminder with the template id the pledges answer carried', async () => {
    tapText(page, '现在没空写？到时候提醒我')
    await waitForText(page, '好的，到时候会提醒您一次。')
    expect(requestSubscribeMessage.mock.calls[0]?.[0].tmplIds).toEqual(['tmpl-pledge-reminder'])
  })

  it('opens the record form with one tap on 记一笔, and the form offers photos and a place the member chooses', async () => {
    tapText(page, '记一笔')
    const until = Date.now() + 3000
    while (navigateTo.mock.calls.length === 0 && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 20))
    const url = navigateTo.mock.calls[0]?.[0].url ?? ''
    expect(url.startsWith('/packages/member/record/index?assignmentId=pa-1&dutyId=d-visit')).toBe(true)

    const query = Object.fromEntries(new URL(url, 'https://x').searchParams)
    const form = renderPage('packages/member/record/index', query)
    await waitForText(form, '保存这条记录')
    expect(form.text()).toContain('走访联系户')
    expect(form.text()).toContain('做了什么')
    expect(form.text()).toContain('添加照片')
    expect(form.text()).toContain('附上位置')
  })
})
