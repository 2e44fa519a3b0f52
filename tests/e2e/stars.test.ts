/**
 * Star ratings on phones (issue 7): a whole cycle in 刘家坪村 (six members) — the secretary opens
 * this quarter's cycle and gathers the evidence, the member self-assesses and reviews the three
 * members given to her, the committee decides every member with a reason, publicity starts and an
 * unbound identity reads the published 星级公示 board, objects through it, and only the committee's
 * answer with a new decision changes what the board shows.
 */
import type { Page } from 'playwright-core'
import path from 'node:path'
import { launchPhoneBrowser, type PhoneBrowser } from '../support/browser'
import { stopPhoneCloud } from '../support/e2e'
import { startTestCloud, type TestCloud } from '../support/local-cloud'
import { chinaYear } from '../../src/core/china-time'

const SECRETARY = 'demo-secretary-liujia'
const MEMBER = 'demo-member-liujia' // 周淑芬
const UNBOUND = 'e2e-stars-passer-by'
// The year the phone (on China time) rates, not the test machine's.
const YEAR = chinaYear()
const SHOTS = 'tests/.artifacts'

jest.setTimeout(300_000)

let cloud: TestCloud
let phones: PhoneBrowser
let cycleId = ''

// E2E_H5_DIR: a copy of the H5 build, so a build another engineer starts cannot remove it mid-run.
beforeAll(async () => {
  cloud = await startTestCloud({ h5Dir: process.env.E2E_H5_DIR ?? path.resolve(__dirname, '../../dist/h5') })
  phones = await launchPhoneBrowser()
})

afterAll(() => stopPhoneCloud({ cloud, phones }))

const act = (scope: Page | ReturnType<Page['locator']>, text: string | RegExp) => scope.locator('.act-button', { hasText: text })

async function phone(openid: string, path: string): Promise<Page> {
  const { page } = await phones.newPhone({ openid })
  await page.goto(`${cloud.url}/#${path}`)
  return page
}

async function openCycle(): Promise<Page> {
  const page = await phone(SECRETARY, `/packages/secretary/star-cycle/index?id=${cycleId}`)
  await page.locator('.screen__title', { hasText: '星级评定' }).waitFor()
  return page
}

async function step(page: Page, label: string, after: string | RegExp) {
  await act(page, label).tap()
  await page.getByText(after).first().waitFor()
}

describe('a star rating cycle on phones, ending with a public star board', () => {
  it('the secretary opens this quarter’s cycle, gathers evidence and asks for self-assessment', async () => {
    const page = await phone(SECRETARY, '/packages/secretary/stars/index')
    await act(page, '开启星级评定').tap()
    await page.getByText('下一步：汇总每名党员的实绩').waitFor()
    cycleId = decodeURIComponent(/id=([^&]+)/.exec(page.url())?.[1] ?? '')
    expect(cycleId).toMatch(/^sc-liujia-\d{4}q[1-4]$/)
    await step(page, '汇总每名党员的实绩', '下一步：请党员自评')
    await page.locator('.star-lines__line', { hasText: '履岗' }).first().waitFor()
    await step(page, '请党员自评', '下一步：开始党员互评')
    await page.screenshot({ path: `${SHOTS}/stars-secretary-cycle.png`, fullPage: true })
    await page.context().close()
  })

  it('the member self-assesses against the rubric, then reviews the three members given to her', async () => {
    const page = await phone(MEMBER, '/packages/member/stars/index')
    await page.getByText(/请自评/).waitFor()
    await page.locator('.check-item', { hasText: '按时参加组织生活' }).tap()
    await page.locator('.check-item', { hasText: '为群众办实事' }).tap()
    await page.locator('textarea[name="selfText"]').fill('按时参加组织生活，帮五组修了水渠。')
    await page.screenshot({ path: `${SHOTS}/stars-member-self.png`, fullPage: true })
    await act(page, '提交自评').tap()
    await page.getByText('现在没有要您自评或互评的。').waitFor()
    await page.context().close()

    const secretary = await openCycle()
    await secretary.getByText('自评 2 星：按时参加组织生活，帮五组修了水渠。').waitFor()
    await step(secretary, '开始党员互评', '下一步：交支委会评定')
    await secretary.context().close()

    const member = await phone(MEMBER, '/packages/member/stars/index')
    for (let i = 0; i < 3; i++) {
      await member.getByText(/^互评：/).waitFor()
      const name = (await member.getByText(/^互评：/).innerText()).replace('互评：', '')
      expect(name).not.toBe('周淑芬')
      await member.locator('[aria-label="4 星"]').tap()
      if (i === 0) await member.screenshot({ path: `${SHOTS}/stars-member-peer.png`, fullPage: true })
      await act(member, '提交：4 星').tap()
      await member.getByText(i < 2 ? /^互评：/ : '现在没有要您自评或互评的。').waitFor()
      if (i < 2) await member.waitForFunction((before) => !document.body.innerText.includes(`互评：${before}`), name)
    }
    await member.context().close()
  })

  it('the committee decides every member with a reason and starts three days of publicity', async () => {
    const page = await openCycle()
    await step(page, '交支委会评定', '下一步：开始公示')
    for (let i = 0; i < 6; i++) {
      const waiting = page.locator('.star-table__row', { hasText: '待评定' }).first()
      await waiting.locator('.star-table__name').tap()
      await waiting.locator('.check-item', { hasText: '承诺全部兑现' }).tap()
      await waiting.locator('.check-item', { hasText: '责任区按时履岗' }).tap()
      await waiting.locator('input[name="reason"]').fill('承诺兑现，按时履岗，群众认可。')
      await act(waiting, /评定为 \d 星/).tap()
      await page.getByText(i < 5 ? `还有 ${5 - i} 名党员待评定（点名字评定）。` : '全部党员已评定，可以公示。').waitFor()
    }
    await page.locator('input[name="publicityDays"]').fill('3')
    await page.screenshot({ path: `${SHOTS}/stars-secretary-decided.png`, fullPage: true })
    await step(page, '开始公示', '下一步：公示期满，确定结果')
    await page.context().close()
  })

  it('an unbound identity reads the published star board and objects; only the committee’s new decision changes it', async () => {
    const board = await phone(UNBOUND, `/packages/villager/board/index?id=board-stars-liujia-${YEAR}`)
    await board.getByText(`${YEAR}年党员星级公示`).first().waitFor()
    await board.getByText(/党员星级评定（公示中，至/).waitFor()
    const body = await board.locator('body').innerText()
    expect(body).toContain('周淑芬')
    expect(body).toContain('★★★')
    // Peer reviews and self-assessments stay inside the branch.
    expect(body).not.toContain('帮五组修了水渠')
    await board.screenshot({ path: `${SHOTS}/stars-public-board.png`, fullPage: true })

    await board.locator('.board-button', { hasText: '提出异议' }).tap()
    await board.getByText('对谁的评定有异议，点他的名字。').waitFor()
    await board.locator('.star-table__name', { hasText: '吴建国' }).tap()
    await board.locator('textarea[name="objection"]').fill('吴建国今年带着全组修了机耕路，应该加分。')
    await act(board, '送给支委会').tap()
    await board.getByText('异议已送到支委会').waitFor()
    await board.screenshot({ path: `${SHOTS}/stars-objection.png`, fullPage: true })
    await board.context().close()

    // The objection alone changes nothing on the board.
    const again = await phone(UNBOUND, `/packages/villager/board/index?id=board-stars-liujia-${YEAR}`)
    await again.getByText(/党员星级评定（公示中/).waitFor()
    expect(await again.locator('body').innerText()).not.toContain('带领修路')
    await again.context().close()

    const secretary = await openCycle()
    await secretary.getByText('异议（待答复 1）').waitFor()
    const card = secretary.locator('.star-table__row', { hasText: '对 吴建国 的异议（群众）' })
    await card.locator('textarea[name="answer"]').fill('经支委会核实属实，重新评定。')
    await card.locator('.check-item', { hasText: '支委会重新评定' }).tap()
    await card.locator('.check-item', { hasText: '带头致富、帮带群众' }).tap()
    await card.locator('.check-item', { hasText: '为群众办实事' }).tap()
    await card.locator('input[name="reason"]').fill('带领修路，经核实加分。')
    await act(card, '发出答复').tap()
    await secretary.getByText('异议（待答复 0）').waitFor()
    await secretary.getByText('答复异议后重新评定').waitFor()
    await secretary.context().close()

    const after = await phone(UNBOUND, `/packages/villager/board/index?id=board-stars-liujia-${YEAR}`)
    await after.getByText('带领修路，经核实加分。').waitFor()
    expect(await after.locator('body').innerText()).toContain('★★★★')
    await after.context().close()

    const mine = await phone(UNBOUND, '/packages/villager/star-objection/index?orgId=org-liujia')
    await mine.getByText('支委会答复：经支委会核实属实，重新评定。（已重新评定）').waitFor()
    await mine.context().close()
  })

  it('the township sees the branches compared, and never a ranking of individuals', async () => {
    const page = await phone('demo-organiser-dongling', '/packages/organiser/star-contest/index')
    await page.getByText('刘家坪村党支部').waitFor()
    await page.getByText(/只比较支部，不给党员个人排名/).waitFor()
    await page.screenshot({ path: `${SHOTS}/stars-contest.png`, fullPage: true })
    expect(await page.locator('body').innerText()).not.toContain('周淑芬')
    await page.context().close()
  })
})
