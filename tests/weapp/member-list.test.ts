/**
 * @jest-environment jsdom
 */
import { qingshanRoll } from '../support/member-mother'
import { launchApp, renderPage, tapText, waitForText } from '../support/weapp-harness'

type Request = { name: string; data: Record<string, unknown> }
const callFunction = jest.fn(async (_request: Request) => ({
  result: { ok: true, data: { org: { id: 'org-qingshan', name: '青山村党支部' }, members: qingshanRoll().filter((member) => member.status === 'active') } },
}))
const navigateTo = jest.fn((options: { url: string; success?: (r: unknown) => void }) => options.success?.({ errMsg: 'navigateTo:ok' }))

beforeAll(() => {
  launchApp((wx) => {
    // The simulator has no wx.cloud: answer members.list as the members function would.
    wx.cloud = { init: jest.fn(), callFunction }
    wx.navigateTo = navigateTo
  })
})

describe('weapp build: 党员名册', () => {
  let page: ReturnType<typeof renderPage>

  it('renders the roll from the cloud answer: seats, binding, and phones only masked', async () => {
    page = renderPage('packages/secretary/members/index', { orgId: 'org-qingshan' })
    await waitForText(page, '李秀英')
    expect(page.text()).toContain('青山村党支部')
    expect(page.text()).toContain('在册党员 3 名')
    expect(page.text()).toContain('电话 138****5678')
    expect(page.text()).toContain('未登记电话')
    expect(page.text()).toContain('组织委员')
    expect(page.text()).toContain('未绑定微信')
    expect(page.text()).not.toMatch(/1[3-9]\d{9}/)
    expect(callFunction).toHaveBeenCalledWith({ name: 'members', data: { action: 'list', orgId: 'org-qingshan', includeArchived: false } })
  })

  it('opens a member’s record when the name is tapped', async () => {
    tapText(page, '张福生')
    const until = Date.now() + 3000
    while (navigateTo.mock.calls.length === 0 && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 20))
    expect(navigateTo).toHaveBeenCalledWith(expect.objectContaining({ url: '/packages/secretary/member/index?id=m-qingshan-03' }))
  })
})
