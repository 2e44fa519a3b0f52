import { act, fireEvent, render, screen } from '@testing-library/react'
import HomePage from '@/pages/home/index'
import { installFetch, type SentRequest } from '../support/fetch-double'
import { secretaryHome, villagerHome } from '../support/home-mother'

const IDENTITIES = [
  { openid: 'dev-secretary-qingshan', role: 'secretary', roleLabel: '支部书记', displayName: '王建国', orgId: 'org-qingshan', orgName: '青山村党支部' },
  { openid: 'dev-villager-1', role: 'villager', roleLabel: '群众', displayName: '', orgId: null, orgName: null },
]

/** A local cloud that knows two demo identities and answers getHome for whoever the header names. */
function gateway(request: SentRequest): unknown {
  if (request.url === '/api/dev/identities') return IDENTITIES
  const openid = request.headers['x-dev-openid']
  return { ok: true, data: openid === 'dev-villager-1' ? villagerHome() : secretaryHome() }
}

beforeEach(() => localStorage.clear())

describe('dev identity switcher (h5 only)', () => {
  it('is marked 开发调试 and, with no identity chosen yet, lists the demo identities by itself', async () => {
    installFetch(gateway)
    render(<HomePage />)

    expect(screen.getByText('开发调试')).toBeTruthy()
    expect(await screen.findByText('王建国 · 支部书记')).toBeTruthy()
    expect(screen.getByText('（群众） · 群众')).toBeTruthy()
    expect(screen.getByText('不属于任何组织')).toBeTruthy()
  })

  it('acting as another identity sends its openid in x-dev-openid, reloads the page and remembers the choice', async () => {
    localStorage.setItem('zcwh.dev-openid', 'dev-secretary-qingshan')
    const { sent } = installFetch(gateway)
    render(<HomePage />)
    expect(await screen.findByText('青山村党支部')).toBeTruthy()
    expect(sent[0].headers['x-dev-openid']).toBe('dev-secretary-qingshan')

    fireEvent.click(screen.getByText('切换身份'))
    const villager = await screen.findByText('（群众） · 群众')
    await act(async () => {
      fireEvent.click(villager)
    })

    expect(await screen.findByText('您好，乡亲')).toBeTruthy()
    const last = sent[sent.length - 1]
    expect(last).toMatchObject({ url: '/api/fn/org', body: { action: 'getHome' } })
    expect(last.headers['x-dev-openid']).toBe('dev-villager-1')
    expect(screen.getByText('当前身份：dev-villager-1')).toBeTruthy()
    expect(localStorage.getItem('zcwh.dev-openid')).toBe('dev-villager-1')
  })

  it('says plainly when the local cloud is not running', async () => {
    installFetch((request) => {
      if (request.url === '/api/dev/identities') throw new TypeError('Failed to fetch')
      return { ok: true, data: secretaryHome() }
    })
    render(<HomePage />)
    expect(await screen.findByText('连不上本地云，请先启动本地云（npm start）。')).toBeTruthy()
  })
})
