/**
 * The satisfaction survey across roles on a phone: a secretary opens a round and downloads its
 * poster, an unbound WeChat identity answers through the poll page the poster's code opens, the
 * secretary sees the new count, and the township organiser's table flags an organisation below 70 %.
 */
import { readFileSync } from 'node:fs'
import jsQR from 'jsqr'
import { PNG } from 'pngjs'
import { surveyContract } from '../../src/core/contracts/survey.contract'
import { POLL_PAGE, pollScene } from '../../src/core/survey/survey.round'
import type { Choice } from '../../src/core/survey/survey.types'
import { buildDemoCounty, type SeedData } from '../../local-cloud/seed/demo-county'
import type { Page } from 'playwright-core'
import type { PhoneBrowser } from '../support/browser'
import { startPhoneCloud, stopPhoneCloud } from '../support/e2e'
import type { TestCloud } from '../support/local-cloud'

const SECRETARY = 'demo-secretary-taohua'
const ORGANISER = 'demo-organiser-dongling'
const UNBOUND = 'demo-villager-3'

jest.setTimeout(120_000)

/** The demo county without survey rounds, so this test opens its own and knows every figure. */
function countyWithoutSurveys(): SeedData {
  const demo = buildDemoCounty()
  const collections = { ...demo.collections }
  for (const name of ['surveyRounds', 'surveyAnswers', 'surveyTallies', 'surveyComments']) delete collections[name]
  return { ...demo, collections }
}

function chinaToday(): string {
  return new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10)
}

let cloud: TestCloud
let phones: PhoneBrowser
let roundId = ''

beforeAll(async () => {
  ;({ cloud, phones } = await startPhoneCloud({ seed: countyWithoutSurveys() }))
})

afterAll(() => stopPhoneCloud({ cloud, phones }))

/** NutUI's button catches the finger, not its label: tap the button that carries the words. */
function button(page: Page, text: string) {
  return page.locator('.big-button', { hasText: text })
}

/** Answers a round as `count` different WeChat identities through the real function. */
async function answerMany(round: string, prefix: string, count: number, overall: (i: number) => Choice): Promise<void> {
  const poll = await cloud.call(`${prefix}-0`, surveyContract, 'getPoll', { roundId: round })
  if (!poll.ok) throw new Error(poll.message)
  for (let i = 0; i < count; i++) {
    const choice = overall(i)
    const answer = await cloud.call(`${prefix}-${i}`, surveyContract, 'submit', { roundId: round, choices: poll.data.questions.map((q) => ({ questionId: q.id, choice })) })
    if (!answer.ok || !answer.data.counted) throw new Error(`answer ${i} was not counted`)
  }
}

describe('satisfaction survey on a phone', () => {
  it('a secretary opens a round and downloads an A4 poster whose code opens the poll page', async () => {
    const { page, context } = await phones.newPhone({ openid: SECRETARY })
    await page.goto(cloud.url + '/#/packages/secretary/index/index')
    await page.getByText('群众满意度', { exact: true }).tap()
    await page.getByText('还没有开过满意度调查').waitFor()
    await button(page, '开启新一轮调查').tap()
    await page.getByText('总的来说，您对村党组织满意吗？').waitFor()
    await button(page, '开启调查').tap()

    await page.getByText('下载海报（PNG）').waitFor({ timeout: 20_000 })
    const [download] = await Promise.all([page.waitForEvent('download'), button(page, '下载海报（PNG）').tap()])
    expect(download.suggestedFilename()).toBe('满意度评价海报-桃花村党支部.png')
    const png = PNG.sync.read(readFileSync(await download.path()))
    // A4 portrait at 150 dpi.
    expect([png.width, png.height]).toEqual([1240, 1754])
    const code = jsQR(new Uint8ClampedArray(png.data), png.width, png.height)
    expect(code?.data).toMatch(new RegExp(`^${POLL_PAGE}\\?scene=r%3D(r[0-9a-z]+)$`))
    roundId = /r%3D(r[0-9a-z]+)$/.exec(code?.data ?? '')?.[1] ?? ''
    await context.close()
  })

  it('an unbound WeChat identity answers through the poll page the code opens', async () => {
    expect(roundId).not.toBe('')
    const { page, context } = await phones.newPhone({ openid: UNBOUND })
    await page.goto(`${cloud.url}/#/${POLL_PAGE}?scene=${encodeURIComponent(pollScene(roundId))}`)
    await page.getByText('第 1 题 / 共 5 题').waitFor()
    expect(await page.locator('body').innerText()).toContain('桃花村党支部')
    for (const [index, answer] of ['满意', '基本满意', '满意', '不了解', '满意'].entries()) {
      await page.getByText(`第 ${index + 1} 题 / 共 5 题`).waitFor()
      await page.getByText(answer, { exact: true }).tap()
    }
    await page.locator('textarea').fill('希望村里多开几次院坝会')
    await page.getByText('提交评价').tap()
    await page.getByText('谢谢您！').waitFor()
    expect(await page.locator('body').innerText()).toContain('提交成功，谢谢您的评价！')

    // Scanning again the same day is thanked, not counted.
    await page.reload()
    await page.getByText('谢谢您！').waitFor()
    expect(await page.locator('body').innerText()).toContain('您已经参加过这一轮评价')
    await context.close()
  })

  it('the secretary’s dashboard shows the new count and says how many more answers it needs', async () => {
    const { page, context } = await phones.newPhone({ openid: SECRETARY })
    await page.goto(cloud.url + '/#/packages/secretary/survey/index')
    await page.getByText('已收到 1 份答卷').waitFor()
    expect(await page.locator('body').innerText()).toContain('结果暂不公开：还差 9 份')
    await context.close()
  })

  it('the township organiser’s table flags an organisation below 70 % and leads to its figures', async () => {
    await answerMany(roundId, 'e2e-taohua', 11, () => 'satisfied')
    const today = chinaToday()
    const opened = await cloud.call(ORGANISER, surveyContract, 'openRounds', { orgIds: ['org-shangwan'], title: '2026年冬季群众满意度测评', opensOn: today, closesOn: today })
    if (!opened.ok) throw new Error(opened.message)
    // 4 of 10 satisfied: 40 %, well below the 70 % line.
    await answerMany(opened.data.rounds[0].roundId, 'e2e-shangwan', 10, (i) => (i < 4 ? 'satisfied' : 'dissatisfied'))

    const { page, context } = await phones.newPhone({ openid: ORGANISER })
    await page.goto(cloud.url + '/#/packages/organiser/survey/index')
    await page.getByText('1 个组织满意率低于 70%，需要整改').waitFor()
    const flagged = page.locator('.survey-table-row--flagged')
    expect(await flagged.count()).toBe(1)
    const row = await flagged.innerText()
    expect(row).toContain('上湾村党支部')
    expect(row).toContain('40.0%')
    expect(row).toContain('低于 70%，需整改')
    // Lowest rate first: the flagged village heads the table.
    expect(await page.locator('.survey-table-row').first().innerText()).toContain('上湾村党支部')
    expect(await page.locator('.survey-table-row', { hasText: '桃花村党支部' }).innerText()).toContain('100.0%')

    await flagged.tap()
    await page.getByText('群众满意率（总体评价）').waitFor()
    const detail = await page.locator('body').innerText()
    expect(detail).toContain('需整改')
    expect(detail).toContain('有效样本 10 人')
    await context.close()
  })
})
