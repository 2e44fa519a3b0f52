/**
 * Pages opened one after another share the caller's home: the secretary's workbench, then 群众意见建议,
 * ask the server for it once, so the second page starts its own call a round trip sooner on a rural
 * network. A write that changes the home (binding an invite), a failed answer, another dev identity
 * or a minute's wait make the next page ask again.
 */
import { configure, render, screen } from '@testing-library/react'
import SecretaryHome from '@/packages/secretary/index/index'
import BranchSuggestionsPage from '@/packages/secretary/suggestions/index'
import { bindWithCode } from '@/services/accounts'
import { setDevOpenid } from '@/services/dev-identity'
import { HOME_SHARED_MS } from '@/services/org'
import { installFetch, type SentRequest } from '../support/fetch-double'
import { secretaryHome } from '../support/home-mother'

configure({ asyncUtilTimeout: 5000 })
jest.setTimeout(20_000)

const homeAsks = (sent: SentRequest[]) => sent.filter((request) => (request.body as { action?: string } | undefined)?.action === 'getHome').length

function gateway(options: { failHomeOnce?: boolean } = {}) {
  let failing = options.failHomeOnce ?? false
  return installFetch((request) => {
    const { action } = request.body as { action: string }
    if (action === 'getHome') {
      if (failing) {
        failing = false
        return { ok: false, code: 'COMMON.TIMEOUT', message: '网络不太好，请稍后再试。' }
      }
      return { ok: true, data: secretaryHome() }
    }
    if (action === 'listForOrg') return { ok: true, data: { suggestions: [], answerDays: 7 } }
    if (action === 'bind') return { ok: true, data: { memberId: 'm-1', memberName: '王建国', orgId: 'org-qingshan', orgName: '青山村党支部', role: 'member', roleLabel: '党员' } }
    return { ok: false, code: 'COMMON.BAD_REQUEST', message: `unexpected ${action}` }
  })
}

async function openWorkbenchThenSuggestions() {
  const workbench = render(<SecretaryHome />)
  await screen.findByText('群众满意度')
  workbench.unmount()
  const page = render(<BranchSuggestionsPage />)
  await screen.findByText(/还没有群众留言|暂无|没有/)
  page.unmount()
}

afterEach(() => {
  jest.useRealTimers()
  setDevOpenid(null)
})

it('asks for the home once when the workbench and then a branch page open', async () => {
  const { sent } = gateway()
  await openWorkbenchThenSuggestions()
  expect(homeAsks(sent)).toBe(1)
  expect(sent.map((request) => (request.body as { action: string }).action)).toEqual(['getHome', 'listForOrg'])
})

it('asks again after binding an invite, after a failure, for another dev identity, and after a minute', async () => {
  const { sent } = gateway({ failHomeOnce: true })
  const failed = render(<SecretaryHome />)
  await screen.findByText('网络不太好，请稍后再试。')
  failed.unmount()
  await openWorkbenchThenSuggestions()
  // The first answer failed: it was not kept.
  expect(homeAsks(sent)).toBe(2)

  expect((await bindWithCode('ABCD2345')).ok).toBe(true)
  await openWorkbenchThenSuggestions()
  expect(homeAsks(sent)).toBe(3)

  setDevOpenid('demo-secretary-taohua')
  await openWorkbenchThenSuggestions()
  expect(homeAsks(sent)).toBe(4)

  const later = Date.now() + HOME_SHARED_MS + 1
  jest.spyOn(Date, 'now').mockReturnValue(later)
  await openWorkbenchThenSuggestions()
  expect(homeAsks(sent)).toBe(5)
  jest.mocked(Date.now).mockRestore()
})
