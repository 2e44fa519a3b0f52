/**
 * Stories and suggestions on phones (issue 6): a secretary submits a typical-experience story, the
 * township organiser recommends it, and another identity reads it in the county feed with its read
 * count; an unbound villager leaves a suggestion, the secretary answers it, the author reads the
 * answer in 我的意见 and another identity finds nothing of it there.
 */
import type { Page } from 'playwright-core'
import { orgContract } from '../../src/core/contracts/org.contract'
import { storiesContract } from '../../src/core/contracts/stories.contract'
import { suggestionsContract } from '../../src/core/contracts/suggestions.contract'
import type { PhoneBrowser } from '../support/browser'
import { startPhoneCloud, stopPhoneCloud } from '../support/e2e'
import type { TestCloud } from '../support/local-cloud'

const SECRETARY = 'demo-secretary-taohua'
const TOWNSHIP = 'demo-organiser-dongling'
const READER = 'e2e-story-reader'
const VILLAGER = 'e2e-suggestion-author'
const OTHER_VILLAGER = 'e2e-someone-else'

const TITLE = '夜校讲政策，群众听得懂'
const SUMMARY = '支部每月办一次夜校，用方言讲新政策，群众来听的越来越多。'
const BODY = '村里老人多，政策文件看不懂。支部在村委会办起夜校，每月第一个周五晚上开课。\n党员轮流备课，用方言讲医保、养老和种粮补贴，讲完留半小时答疑。\n一年来办了十二期，来听的从十几人增加到六十多人，群众说：政策讲明白了，心里就踏实了。'
const SUGGESTION = '村东头的小桥栏杆松了，孩子上学要过桥，希望早点加固。'
const ANSWER = '谢谢您反映，已请施工队查看，本周六前把栏杆加固好。'

jest.setTimeout(300_000)

let cloud: TestCloud
let phones: PhoneBrowser

beforeAll(async () => {
  ;({ cloud, phones } = await startPhoneCloud())
  // Start each function once: on a busy machine a cold start can outlast the client's 15 s network wait.
  await Promise.all([cloud.call(SECRETARY, orgContract, 'getHome', {}), cloud.call(READER, storiesContract, 'feed', {}), cloud.call(READER, suggestionsContract, 'places', {})])
}, 180_000)

afterAll(() => stopPhoneCloud({ cloud, phones }))

/** Our buttons are views with the words on them: tap the one that carries the words. */
function button(scope: Page | ReturnType<Page['locator']>, text: string) {
  return scope.locator('.act-button', { hasText: text })
}

async function open(openid: string, route: string, waitFor: string | RegExp): Promise<Page> {
  const { page } = await phones.newPhone({ openid })
  await page.goto(cloud.url + '/#' + route)
  await page.getByText(waitFor).first().waitFor({ timeout: 60_000 })
  return page
}

describe('a typical-experience story from a branch to the county feed, on phones', () => {
  it('the secretary writes it, picks the criterion it illustrates and submits it to the township', async () => {
    const page = await open(SECRETARY, '/packages/secretary/stories/index', '点击修改、报送')
    await button(page, '写一篇典型经验').tap()
    await page.getByText('体现哪个“好”').waitFor({ timeout: 60_000 })
    await page.locator('input[name="title"]').fill(TITLE)
    await page.locator('.choices__item', { hasText: '有一个群众满意的好形象' }).tap()
    await page.locator('textarea[name="summary"]').fill(SUMMARY)
    await page.locator('textarea[name="body"]').fill(BODY)
    await button(page, '报送乡镇').tap()
    await page.getByText('报送成功').waitFor({ timeout: 60_000 })
    await page.context().close()
  })

  it('the township organiser reads it in the queue and recommends it', async () => {
    const page = await open(TOWNSHIP, '/packages/organiser/story-review/index', /等您审阅（\d+）/)
    const card = page.locator('.pub-card', { hasText: TITLE })
    await card.getByText(SUMMARY).waitFor({ timeout: 60_000 })
    await button(card, '推荐到全县').tap()
    await page.getByText('已推荐到全县典型经验').waitFor({ timeout: 60_000 })
    await page.context().close()
  })

  it('another identity finds it first in the county feed, reads it, and the read count shows', async () => {
    const page = await open(READER, '/packages/villager/stories/index', '点击阅读全文')
    const first = page.locator('.pub-card').first()
    expect(await first.innerText()).toContain(TITLE)
    expect(await first.innerText()).toMatch(/阅读 0 次/)
    await first.tap()
    await page.getByText('群众说：政策讲明白了，心里就踏实了。').waitFor({ timeout: 60_000 })
    expect(await page.locator('body').innerText()).toMatch(/桃花村党支部 · 有一个群众满意的好形象/)
    await page.getByText(/阅读 1 次/).waitFor()
    // A read count, nothing that looks like a vote or a score.
    expect(await page.locator('body').innerText()).not.toMatch(/点赞|投票|评分|打分|排名/)
    await page.context().close()

    const again = await open(OTHER_VILLAGER, '/packages/villager/stories/index', '点击阅读全文')
    expect(await again.locator('.pub-card', { hasText: TITLE }).innerText()).toMatch(/阅读 1 次/)
    await again.context().close()
  })
})

describe('a villager’s suggestion answered by the branch, followed by its author alone', () => {
  it('an unbound villager picks 桃花村 and leaves a suggestion without binding', async () => {
    const page = await open(VILLAGER, '/packages/villager/suggest/index', '桃花村党支部')
    await page.locator('.pub-place', { hasText: '桃花村党支部' }).tap()
    await page.getByText('写给：桃花村党支部', { exact: false }).waitFor({ timeout: 60_000 })
    await page.locator('textarea[name="suggestion"]').fill(SUGGESTION)
    await button(page, '发给支部').tap()
    await page.getByText('已送达桃花村党支部').waitFor({ timeout: 60_000 })
    await page.context().close()
  })

  it('the secretary finds it among the open ones and answers it', async () => {
    const page = await open(SECRETARY, '/packages/secretary/suggestions/index', /待答复（\d+）/)
    const card = page.locator('.pub-card', { hasText: SUGGESTION })
    await card.locator('textarea').fill(ANSWER)
    await button(card, '发出答复').tap()
    await page.locator('.pub-card', { hasText: SUGGESTION }).getByText(`：${ANSWER}`, { exact: false }).waitFor({ timeout: 60_000 })
    // The branch never sees who wrote it.
    expect(await page.locator('body').innerText()).not.toContain(VILLAGER)
    await page.context().close()
  })

  it('the author reads the answer in 我的意见; another identity sees nothing of it there', async () => {
    const page = await open(VILLAGER, '/packages/villager/my-suggestions/index', '桃花村党支部')
    const card = page.locator('.pub-card', { hasText: SUGGESTION })
    expect(await card.innerText()).toContain('支部已答复')
    expect(await card.innerText()).toContain(`桃花村党支部答复`)
    expect(await card.innerText()).toContain(ANSWER)
    await page.context().close()

    const other = await open(OTHER_VILLAGER, '/packages/villager/my-suggestions/index', '您还没有留过意见建议')
    const text = await other.locator('body').innerText()
    expect(text).not.toContain(SUGGESTION)
    expect(text).not.toContain(ANSWER)
    await other.context().close()
  })
})
