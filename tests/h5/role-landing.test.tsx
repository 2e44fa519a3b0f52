/**
 * The role workbenches, with the real Taro h5 components: every row opens something that works,
 * a villager reaches the 公开栏 tab and is told how the satisfaction poll starts, and “还在建设中”
 * shows only where something is still to be built (the organiser's second-stage tasks).
 */
import { act, configure, fireEvent, render, screen } from '@testing-library/react'
import Taro from '@tarojs/taro'
import MemberHome from '@/packages/member/index/index'
import OrganiserHome from '@/packages/organiser/index/index'
import SecretaryHome from '@/packages/secretary/index/index'
import VillagerHome from '@/packages/villager/index/index'
import { installFetch } from '../support/fetch-double'
import { secretaryHome, villagerHome } from '../support/home-mother'

configure({ asyncUtilTimeout: 5000 })
jest.setTimeout(20_000)

beforeEach(() => {
  jest.mocked(Taro.navigateTo).mockClear()
  jest.mocked(Taro.switchTab).mockClear()
})

it('gives a villager the 公开栏 tab and says how the poll starts, with nothing under construction', async () => {
  installFetch(() => ({ ok: true, data: villagerHome() }))
  render(<VillagerHome />)
  const boards = await screen.findByText('看公开栏')
  await act(async () => {
    fireEvent.click(boards)
  })
  expect(Taro.switchTab).toHaveBeenCalledWith({ url: '/pages/boards/index' })
  expect(screen.getByText(/扫村里张贴的测评二维码/)).toBeTruthy()
  expect(screen.queryByText('还在建设中的功能')).toBeNull()
})

it('shows a secretary and a member only what works: no empty 建设中 section', async () => {
  installFetch(() => ({ ok: true, data: secretaryHome() }))
  const secretary = render(<SecretaryHome />)
  expect(await screen.findByText('群众满意度')).toBeTruthy()
  expect(screen.queryByText('还在建设中的功能')).toBeNull()
  expect(screen.queryByText(/正在建设中/)).toBeNull()
  secretary.unmount()

  installFetch(() => ({ ok: true, data: secretaryHome({ role: 'member', roleLabel: '党员' }) }))
  render(<MemberHome />)
  expect(await screen.findByText('我的任务')).toBeTruthy()
  expect(screen.queryByText('还在建设中的功能')).toBeNull()
})

it('lists the organiser’s second-stage tasks as under construction, apart from what opens', async () => {
  installFetch(() => ({ ok: true, data: secretaryHome({ role: 'organiser', roleLabel: '组织委员' }) }))
  render(<OrganiserHome />)
  expect(await screen.findByText('还在建设中的功能')).toBeTruthy()
  expect(screen.getByText('联系点走访')).toBeTruthy()
  await act(async () => {
    fireEvent.click(screen.getByText('群众满意度'))
  })
  expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/organiser/survey/index' })
})
