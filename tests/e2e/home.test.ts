import type { PhoneBrowser } from '../support/browser'
import { startPhoneCloud, stopPhoneCloud } from '../support/e2e'
import type { TestCloud } from '../support/local-cloud'

const HOME = '/#/pages/home/index'

jest.setTimeout(60_000)

let cloud: TestCloud
let phones: PhoneBrowser

beforeAll(async () => {
  ;({ cloud, phones } = await startPhoneCloud())
})

afterAll(() => stopPhoneCloud({ cloud, phones }))

describe('the home page on a phone', () => {
  it('shows a village secretary their village, its type and its five criteria from the cloud', async () => {
    const { page, context } = await phones.newPhone({ openid: 'demo-secretary-taohua' })
    await page.goto(cloud.url + HOME)
    await expect(page.getByText('桃花村党支部').first().waitFor()).resolves.toBeUndefined()
    await page.getByText('有一个群众满意的好形象').first().waitFor()
    const text = await page.locator('body').innerText()
    expect(text).toContain('村党组织')
    for (const title of ['有一个好班子', '有一支好的党员干部队伍', '有一个好的工作机制', '有一个好的小康建设业绩']) expect(text).toContain(title)
    await context.close()
  })

  it('lets a person pick and switch identity with the dev switcher, each time showing that identity’s organisation', async () => {
    const { page, context } = await phones.newPhone()
    await page.goto(cloud.url + HOME)
    // With no identity chosen yet the switcher opens its list by itself.
    const item = (org: string) => page.locator('.dev-switcher__item', { hasText: org }).filter({ hasText: '支部书记' }).first()
    await item('青山绿源农业科技有限公司党支部').tap()
    await page.getByText('非公有制企业党组织').first().waitFor()
    await page.getByText('发展业绩好').first().waitFor()
    expect(await page.locator('body').innerText()).toContain('群众反映好')

    await page.getByText('切换身份').first().tap()
    await item('桃花村党支部').tap()
    await page.getByText('有一个群众满意的好形象').first().waitFor()
    expect(await page.locator('body').innerText()).not.toContain('发展业绩好')
    await context.close()
  })

  it('shows a villager the public welcome instead of a member’s organisation', async () => {
    const { page, context } = await phones.newPhone({ openid: 'demo-villager-3' })
    await page.goto(cloud.url + HOME)
    await page.getByText('群众').first().waitFor()
    expect(await page.locator('body').innerText()).not.toContain('桃花村党支部')
    await context.close()
  })
})
