/**
 * 设岗定责 on phones (issue 5): a member volunteers for a post (认岗) → the secretary assigns it
 * with an area of two households and a weekly duty (定岗) and publishes it (明岗) → the member
 * sees the duty on 我的任务 → an unbound passer-by reads the public posts board, phone masked.
 */
import type { Page } from 'playwright-core'
import { membersContract } from '../../src/core/contracts/members.contract'
import { orgContract } from '../../src/core/contracts/org.contract'
import { postsContract } from '../../src/core/contracts/posts.contract'
import type { PhoneBrowser } from '../support/browser'
import { startPhoneCloud, stopPhoneCloud } from '../support/e2e'
import type { TestCloud } from '../support/local-cloud'

const MEMBER = 'demo-member-taohua' // 黄长青
const SECRETARY = 'demo-secretary-taohua'
const UNBOUND = 'e2e-posts-passer-by'
const PHONE = '13712345678'

jest.setTimeout(180_000)

let cloud: TestCloud
let phones: PhoneBrowser

/** Starts each function this flow uses before a phone waits on it (a cold start on a busy machine can take tens of seconds). */
async function warmUp(): Promise<void> {
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const answers = await Promise.all([
      cloud.call(MEMBER, membersContract, 'getMine', {}),
      cloud.call(SECRETARY, orgContract, 'getHome', {}),
      cloud.call(UNBOUND, postsContract, 'board', { orgId: 'org-taohua' }),
    ])
    if (answers.every((answer) => answer.ok)) return
  }
}

beforeAll(async () => {
  ;({ cloud, phones } = await startPhoneCloud())
  await warmUp()
}, 180_000)

afterAll(() => stopPhoneCloud({ cloud, phones }))

/** NutUI's button catches the finger, not its label: tap the button that carries the words. */
function button(scope: Page | ReturnType<Page['locator']>, text: string) {
  return scope.locator('.big-button', { hasText: text })
}

describe('a post from 认岗 to the public board, on phones', () => {
  it('the member volunteers for 环境卫生监督岗 from 我的任务', async () => {
    const { page } = await phones.newPhone({ openid: MEMBER })
    await page.goto(cloud.url + '/#/packages/member/tasks/index')
    await page.getByText('认领岗位').first().tap()
    const card = page.locator('.work-card', { hasText: '环境卫生监督岗' })
    await button(card, '我愿意认领这个岗位').tap()
    await card.getByText('已认岗，待定岗').waitFor()
    await page.context().close()
  })

  it('the secretary assigns it with two households and a weekly duty, then publishes it', async () => {
    const { page } = await phones.newPhone({ openid: SECRETARY })
    await page.goto(cloud.url + '/#/packages/secretary/posts/index')
    const waiting = page.locator('.work-card', { hasText: '黄长青 · 环境卫生监督岗' })
    await button(waiting, '定岗：划责任区、定职责').tap()
    await page.locator('input[name="areaName"]').fill('四组西片')
    await page.locator('input[name="household-0-name"]').fill('周大勇')
    await page.locator('input[name="household-0-address"]').fill('四组2号')
    await page.locator('input[name="household-0-phone"]').fill(PHONE)
    await button(page, '再加一户').tap()
    await page.locator('input[name="household-1-name"]').fill('吴秀英')
    await page.locator('input[name="duty-0-title"]').fill('巡查四组西片卫生')
    // The post's usual cadence is weekly, already chosen.
    await page.locator('.choices__item--on', { hasText: '每周' }).waitFor()
    await button(page, '确定定岗').tap()
    await page.getByText('已定岗：黄长青 · 环境卫生监督岗 · 四组西片').waitFor()
    await button(page, '现在明岗公示').tap()
    await page.getByText('已明岗公示，职责从现在起计。').waitFor()
    await page.context().close()
  })

  it('the member sees the weekly duty of the new area on 我的任务', async () => {
    const { page } = await phones.newPhone({ openid: MEMBER })
    await page.goto(cloud.url + '/#/packages/member/tasks/index')
    const duty = page.locator('.work-card', { hasText: '巡查四组西片卫生' })
    await duty.getByText('四组西片 · 每周').waitFor()
    await button(duty, '记一笔').waitFor()
    await page.context().close()
  })

  it('an unbound passer-by reads the posts board with the phone masked', async () => {
    const { page } = await phones.newPhone({ openid: UNBOUND })
    await page.goto(cloud.url + '/#/packages/villager/posts-board/index?orgId=org-taohua')
    const post = page.locator('.work-card', { hasText: '黄长青 · 环境卫生监督岗' })
    await post.getByText('周大勇，四组2号，137****5678').waitFor()
    await post.getByText('巡查四组西片卫生（每周）').waitFor()
    expect(await page.content()).not.toContain(PHONE)
    await page.context().close()
  })
})
