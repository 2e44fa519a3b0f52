import type { Page } from 'playwright-core'
import { membersContract } from '../../src/core/contracts/members.contract'
import type { PhoneBrowser } from '../support/browser'
import { startPhoneCloud, stopPhoneCloud } from '../support/e2e'
import type { TestCloud } from '../support/local-cloud'

const MEMBERS = '/#/packages/secretary/members/index'
const BIND = '/#/packages/member/bind/index'
const SECRETARY = 'demo-secretary-taohua'
const OTHER_VILLAGE_SECRETARY = 'demo-secretary-hexi'
/** Nobody has seen this identity before: no account, so it starts as a villager. */
const NEW_PHONE = 'e2e-new-member-wang'

jest.setTimeout(90_000)

let cloud: TestCloud
let phones: PhoneBrowser

beforeAll(async () => {
  ;({ cloud, phones } = await startPhoneCloud())
})

afterAll(() => stopPhoneCloud({ cloud, phones }))

/** Taro keeps earlier pages in the DOM, hidden: act only on what the person can see. */
const visible = (page: Page, text: string) => page.getByText(text).filter({ visible: true }).first()
const input = (page: Page, placeholder: string) => page.locator(`input[placeholder="${placeholder}"]`).filter({ visible: true }).first()
const tapButton = (page: Page, label: string) => page.locator('taro-button-core', { hasText: label }).filter({ visible: true }).first().tap()

describe('a secretary invites a new member, who binds with the code', () => {
  let code = ''
  let memberId = ''

  it('adds 王新民 through the form, sees the phone masked, and gets a one-time invite with its mini-program code', async () => {
    const { page, context } = await phones.newPhone({ openid: SECRETARY })
    await page.goto(cloud.url + MEMBERS)
    await visible(page, '桃花村党支部').waitFor()
    await tapButton(page, '添加党员')

    await visible(page, '出生年份').waitFor()
    await input(page, '例如 张建国').fill('王新民')
    await visible(page, '男').tap()
    await input(page, '例如 1968').fill('1995')
    await visible(page, '点这里选择日期').tap()
    // The date wheel opens on today; 确定 takes it.
    await visible(page, '确定').tap()
    await input(page, '11 位手机号').fill('13912345678')
    await tapButton(page, '保存')

    await visible(page, '已添加 王新民').waitFor()
    memberId = new URL(page.url().replace('#', '')).searchParams.get('id') ?? ''
    expect(memberId).not.toBe('')
    const record = await page.locator('body').innerText()
    expect(record).toContain('139****5678')
    expect(record).not.toContain('13912345678')

    await tapButton(page, '发邀请码，让王新民绑定微信')
    await tapButton(page, '生成邀请码')
    await visible(page, '有效期到').waitFor()
    code = (await page.locator('.invite__code').filter({ visible: true }).innerText()).replace(/\s+/g, '')
    expect(code).toMatch(/^[A-Z2-9]{8}$/)
    // The mini-program code is a real image the phone loaded.
    const qrWidth = await page.locator('.invite__qr img').filter({ visible: true }).evaluate((img: HTMLImageElement) => (img.complete ? img.naturalWidth : 0))
    expect(qrWidth).toBeGreaterThan(100)
    await context.close()
  })

  it('lets a phone with no account bind through the code the QR scene carries, then shows its organisation at home', async () => {
    const { page, context } = await phones.newPhone({ openid: NEW_PHONE })
    await page.goto(`${cloud.url}${BIND}?scene=${code}`)
    await visible(page, '绑定党员身份').waitFor()
    expect(await input(page, '例如 ABCD2345').inputValue()).toBe(code)
    await tapButton(page, '绑定')

    await visible(page, '绑定成功').waitFor()
    expect(await page.locator('body').innerText()).toContain('所在组织：桃花村党支部')
    await tapButton(page, '进入首页')
    await visible(page, '王新民，您好').waitFor()
    await visible(page, '有一个群众满意的好形象').waitFor()
    expect(await page.locator('body').innerText()).toContain('桃花村党支部')
    await context.close()
  })

  it('tells a second phone that the used code cannot bind again', async () => {
    const { page, context } = await phones.newPhone({ openid: 'e2e-someone-else' })
    await page.goto(cloud.url + BIND)
    await input(page, '例如 ABCD2345').fill(code.toLowerCase())
    await tapButton(page, '绑定')
    await visible(page, '没有绑定成功').waitFor()
    expect(await page.locator('body').innerText()).toContain('这个邀请码已经用过了')
    await context.close()
  })

  it('refuses the secretary of another village, on the screen and at the gateway, and changes nothing', async () => {
    const { page, context } = await phones.newPhone({ openid: OTHER_VILLAGE_SECRETARY })
    await page.goto(`${cloud.url}/#/packages/secretary/member/index?id=${memberId}`)
    await visible(page, '没能读取到内容').waitFor()
    expect(await page.locator('body').innerText()).toContain('不在您的管理范围内')
    expect(await page.locator('body').innerText()).not.toContain('王新民')
    await context.close()

    const edit = await cloud.call(OTHER_VILLAGE_SECRETARY, membersContract, 'edit', { id: memberId, name: '李冒名' })
    expect(edit).toMatchObject({ ok: false, code: 'AUTH.OUT_OF_SCOPE' })
    const archive = await cloud.call(OTHER_VILLAGE_SECRETARY, membersContract, 'archive', { id: memberId, reason: '不是本村的人' })
    expect(archive).toMatchObject({ ok: false, code: 'AUTH.OUT_OF_SCOPE' })
    const unchanged = await cloud.call(SECRETARY, membersContract, 'get', { id: memberId })
    expect(unchanged).toMatchObject({ ok: true, data: { name: '王新民', status: 'active', bound: true } })
  })
})
