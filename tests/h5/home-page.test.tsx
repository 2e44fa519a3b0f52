import { act, fireEvent, render, screen } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { FIVE_GOOD_STANDARDS } from '@/core/standards/five-good'
import HomePage from '@/pages/home/index'
import { ERRORS } from '@/core/errors'
import { installFetch, type SentRequest } from '../support/fetch-double'
import { secretaryHome, villagerHome } from '../support/home-mother'

/** Calls to cloud functions only (the h5 dev switcher also lists identities on its own). */
const fnCalls = (sent: SentRequest[]) => sent.filter((request) => request.url.startsWith('/api/fn/'))

beforeEach(() => {
  localStorage.clear()
  jest.mocked(Taro.navigateTo).mockClear()
})

describe('home page', () => {
  it("shows the caller's organisation, its type and that type's five criteria from the cloud", async () => {
    const { sent } = installFetch(() => ({ ok: true, data: secretaryHome() }))
    render(<HomePage />)

    expect(await screen.findByText('青山村党支部')).toBeTruthy()
    expect(screen.getByText(/村党组织 · 党员 23 名/)).toBeTruthy()
    expect(screen.getByText('村党组织“五个好”标准')).toBeTruthy()
    for (const criterion of FIVE_GOOD_STANDARDS.village) {
      expect(screen.getByText(`${criterion.ordinal}. ${criterion.title}`)).toBeTruthy()
      expect(screen.getByText(criterion.text)).toBeTruthy()
    }
    expect(fnCalls(sent)).toHaveLength(1)
    expect(fnCalls(sent)[0]).toMatchObject({ url: '/api/fn/org', method: 'POST', body: { action: 'getHome' } })
  })

  it('opens the role workbench with the one big button', async () => {
    installFetch(() => ({ ok: true, data: secretaryHome() }))
    render(<HomePage />)
    fireEvent.click(await screen.findByText('进入支部书记工作台'))
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/secretary/index/index' })
  })

  it('says in Chinese that the network failed, and a tap on 重试 loads the page', async () => {
    let online = false
    const { sent } = installFetch(() => {
      if (!online) throw new TypeError('Failed to fetch')
      return { ok: true, data: secretaryHome() }
    })
    render(<HomePage />)

    expect(await screen.findByText(ERRORS['CLIENT.NETWORK'])).toBeTruthy()
    expect(screen.queryByText('青山村党支部')).toBeNull()
    online = true
    await act(async () => {
      fireEvent.click(screen.getByText('重试'))
    })
    expect(await screen.findByText('青山村党支部')).toBeTruthy()
    expect(fnCalls(sent)).toHaveLength(2)
  })

  it("shows the cloud's own message when it refuses", async () => {
    installFetch(() => ({ ok: false, code: 'AUTH.NOT_BOUND', message: '您还没有绑定党员身份，请向支部书记要邀请码。' }))
    render(<HomePage />)
    expect(await screen.findByText('您还没有绑定党员身份，请向支部书记要邀请码。')).toBeTruthy()
    expect(screen.getByText('重试')).toBeTruthy()
  })

  it('treats an answer that is not a Result (e.g. a crashed gateway) as a service failure', async () => {
    installFetch(() => '<html>502 Bad Gateway</html>')
    render(<HomePage />)
    expect(await screen.findByText('服务暂时出了问题，内容没有丢失，请稍后再试。')).toBeTruthy()
  })

  it('greets a villager, shows no organisation or criteria, and leads to the villager services', async () => {
    installFetch(() => ({ ok: true, data: villagerHome() }))
    render(<HomePage />)

    expect(await screen.findByText('您好，乡亲')).toBeTruthy()
    expect(screen.queryByText(/五个好/)).toBeNull()
    fireEvent.click(screen.getByText('进入群众服务'))
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/villager/index/index' })
  })
})
