/**
 * @jest-environment jsdom
 */
import { FIVE_GOOD_STANDARDS } from '@/core/standards/five-good'
import { secretaryHome } from '../support/home-mother'
import { launchApp, renderPage, tapText, waitForText } from '../support/weapp-harness'

const callFunction = jest.fn(async (_request: { name: string; data: Record<string, unknown> }) => ({ result: { ok: true, data: secretaryHome() } }))
const navigateTo = jest.fn((options: { url: string; success?: (r: unknown) => void; complete?: (r: unknown) => void }) => {
  options.success?.({ errMsg: 'navigateTo:ok' })
  options.complete?.({ errMsg: 'navigateTo:ok' })
})
const cloudInit = jest.fn()

beforeAll(() => {
  launchApp((wx) => {
    // The simulator has no wx.cloud: answer getHome as the org function would.
    wx.cloud = { init: cloudInit, callFunction }
    wx.navigateTo = navigateTo
  })
})

describe('weapp build: home page', () => {
  const page = () => home
  let home: ReturnType<typeof renderPage>

  it('initialises the cloud once at launch', () => {
    expect(cloudInit).toHaveBeenCalledTimes(1)
    expect(cloudInit).toHaveBeenCalledWith(expect.objectContaining({ traceUser: true }))
  })

  it('renders the organisation and its five criteria from the cloud answer', async () => {
    home = renderPage('pages/home/index')
    await waitForText(page(), '青山村党支部')
    expect(page().text()).toContain('村党组织 · 党员 23 名')
    for (const criterion of FIVE_GOOD_STANDARDS.village) expect(page().text()).toContain(criterion.title)
    expect(callFunction).toHaveBeenCalledWith({ name: 'org', data: { action: 'getHome' } })
  })

  it('opens the secretary workbench when the big button is tapped', async () => {
    tapText(page(), '进入支部书记工作台')
    const until = Date.now() + 3000
    while (navigateTo.mock.calls.length === 0 && Date.now() < until) await new Promise((r) => setTimeout(r, 20))
    expect(navigateTo).toHaveBeenCalledWith(expect.objectContaining({ url: '/packages/secretary/index/index' }))
  })
})
