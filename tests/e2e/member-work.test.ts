/**
 * Member work on phones (issue 5): a member submits a pledge, the secretary returns it with a
 * reason, the member edits and resubmits, the secretary approves, an unbound identity reads it on
 * the branch's public pledge board, the member logs progress with a photo that passes the content
 * check and shows on the board; then the member records a duty
 * visit from 我的任务 and the secretary's coverage table changes.
 */
import type { Page } from 'playwright-core'
import { PNG } from 'pngjs'
import { postsContract } from '../../src/core/contracts/posts.contract'
import type { PhoneBrowser } from '../support/browser'
import { startPhoneCloud, stopPhoneCloud } from '../support/e2e'
import type { TestCloud } from '../support/local-cloud'

const MEMBER = 'demo-member-taohua'
const MEMBER_ID = 'm-taohua-09'
const SECRETARY = 'demo-secretary-taohua'
const UNBOUND = 'e2e-passer-by'
const TITLE = '每月给五组老人读报'
const REASON = '请写清楚给哪几户读、每月几次'

jest.setTimeout(180_000)

let cloud: TestCloud
let phones: PhoneBrowser

beforeAll(async () => {
  ;({ cloud, phones } = await startPhoneCloud())
})

afterAll(() => stopPhoneCloud({ cloud, phones }))

/** A small photo the phone picks: a 64×48 PNG, red over green, so it is visibly an image. */
function photoPng(): Buffer {
  const png = new PNG({ width: 64, height: 48 })
  for (let y = 0; y < 48; y++) {
    for (let x = 0; x < 64; x++) {
      const at = (y * 64 + x) * 4
      png.data[at] = y < 24 ? 200 : 40
      png.data[at + 1] = y < 24 ? 30 : 160
      png.data[at + 2] = 40
      png.data[at + 3] = 255
    }
  }
  return PNG.sync.write(png)
}

/** NutUI's button catches the finger, not its label: tap the button that carries the words. */
function button(scope: Page | ReturnType<Page['locator']>, text: string) {
  return scope.locator('.big-button', { hasText: text })
}

async function openAsMember(): Promise<Page> {
  const { page } = await phones.newPhone({ openid: MEMBER })
  await page.goto(cloud.url + '/#/packages/member/tasks/index')
  await page.getByText(/我的承诺（\d{4}年）/).waitFor()
  return page
}

async function openReviewQueue(): Promise<Page> {
  const { page } = await phones.newPhone({ openid: SECRETARY })
  await page.goto(cloud.url + '/#/packages/secretary/pledges/index')
  await page.getByText(/等您处理（\d+）/).waitFor()
  return page
}

describe('a pledge from draft to the public board, on phones', () => {
  it('the member writes a pledge and submits it', async () => {
    const page = await openAsMember()
    await button(page, '写一条承诺').tap()
    await page.locator('input[name="title"]').fill(TITLE)
    await page.locator('textarea[name="content"]').fill('给五组的老人读报')
    await button(page, '提交给支部审核').tap()
    await page.getByText('已提交，等支部审核。').waitFor()
    await page.context().close()
  })

  it('the secretary returns it with a reason the member then reads and acts on', async () => {
    const secretary = await openReviewQueue()
    const card = secretary.locator('.work-card', { hasText: TITLE })
    await button(card, '退回修改').tap()
    await card.locator('textarea').fill(REASON)
    await button(card, '确认退回').tap()
    await secretary.locator('.work-card', { hasText: TITLE }).getByText('已退回').waitFor()
    await secretary.context().close()

    const member = await openAsMember()
    await member.getByText(`退回原因：${REASON}`).waitFor()
    await member.getByText(TITLE).tap()
    await member.getByText(`支部退回的原因：${REASON}。请按意见修改后再提交。`).waitFor()
    await member.locator('textarea[name="content"]').fill('每月第一个星期六，给五组张大爷、李奶奶、王大爷三户读报，讲讲新政策')
    await button(member, '提交给支部审核').tap()
    await member.getByText('已提交，等支部审核。').waitFor()
    await member.context().close()
  })

  it('the secretary approves it and anyone, unbound too, reads it on the branch’s pledge board', async () => {
    const secretary = await openReviewQueue()
    const card = secretary.locator('.work-card', { hasText: TITLE })
    await button(card, '审核通过并公示').tap()
    await secretary.locator('.work-card', { hasText: TITLE }).getByText(/公示/).first().waitFor()
    await secretary.context().close()

    const { page } = await phones.newPhone({ openid: UNBOUND })
    await page.goto(cloud.url + '/#/packages/villager/pledge-board/index?orgId=org-taohua')
    await page.getByText('桃花村党支部', { exact: false }).first().waitFor()
    const board = page.locator('.work-card', { hasText: TITLE })
    await board.waitFor()
    expect(await board.innerText()).toContain('每月第一个星期六')
    // The return and its reason stay between the member and the branch.
    expect(await page.locator('body').innerText()).not.toContain(REASON)
    await page.context().close()
  })

  it('the member logs progress with a photo (uploaded through the gateway); once the check passes the board shows it to an unbound identity', async () => {
    const member = await openAsMember()
    await member.getByText(TITLE).tap()
    await member.locator('textarea[name="progress"]').fill('给三户老人读了《农民日报》，讲了医保新政策')
    // h5: chooseMedia opens the phone's file picker; the photo goes to POST /api/storage/upload.
    const [chooser] = await Promise.all([member.waitForEvent('filechooser'), button(member, '添加照片').tap()])
    await chooser.setFiles({ name: 'reading.png', mimeType: 'image/png', buffer: photoPng() })
    const attached = member.locator('img[src*="/api/storage/file?fileID="]').first()
    await attached.waitFor()
    expect(await attached.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth > 0)).toBe(true)
    // Kept for a person to look at (docs/screenshots/member-progress-photo.png is a copy of one run).
    await member.screenshot({ path: 'tests/.artifacts/member-progress-photo.png', fullPage: true })
    await button(member, '记下这条进展').tap()
    const entry = member.locator('.work-card', { hasText: '讲了医保新政策' })
    await entry.waitFor()
    // The author sees the photo at once, marked as being checked.
    await entry.getByText(/审核中|已公开/).first().waitFor()
    await member.context().close()

    await cloud.emulator.mediaCheck.settled()
    expect(cloud.emulator.mediaCheck.list().at(-1)).toMatchObject({ verdict: { suggest: 'pass' }, outcome: { ok: true, data: { state: 'passed' } } })

    const { page } = await phones.newPhone({ openid: UNBOUND })
    await page.goto(cloud.url + '/#/packages/villager/pledge-board/index?orgId=org-taohua')
    const card = page.locator('.work-card', { hasText: TITLE })
    await card.getByText(/讲了医保新政策/).waitFor()
    const shown = card.locator('img[src*="/api/storage/file?fileID="]').first()
    await shown.waitFor()
    expect(await shown.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth > 0)).toBe(true)
    await page.context().close()
  })
})

describe('a duty visit recorded from 我的任务 shows in the coverage table', () => {
  it('the member records a visit with one tap and the secretary’s table changes', async () => {
    const tasks = await cloud.call(MEMBER, postsContract, 'myTasks', { memberId: MEMBER_ID })
    if (!tasks.ok) throw new Error(tasks.message)
    const due = tasks.data.assignments.filter((assignment) => assignment.status === 'published').flatMap((assignment) => assignment.duties.filter((duty) => duty.current && !duty.current.done).map((duty) => ({ assignment, duty })))
    expect(due.length).toBeGreaterThan(0)
    const { assignment, duty } = due[0]
    const areaName = assignment.area?.name ?? ''

    const secretary = await phones.newPhone({ openid: SECRETARY })
    await secretary.page.goto(cloud.url + '/#/packages/secretary/duty-coverage/index')
    const areaRow = secretary.page.locator('.work-table__row', { hasText: `${areaName}（` })
    await areaRow.waitFor()
    const before = await areaRow.innerText()

    const member = await openAsMember()
    const card = member.locator('.work-card', { hasText: duty.title }).filter({ hasText: areaName })
    await button(card, '记一笔').tap()
    await member.locator('textarea[name="note"]').fill('走访了两户联系户，宣传了医保缴费政策')
    await button(member, '保存这条记录').tap()
    await member.getByText('已记下').waitFor()
    await button(member, '回到我的任务').tap()
    await member.locator('.work-card', { hasText: duty.title }).filter({ hasText: areaName }).getByText(/已记下 ✓/).waitFor()
    await member.context().close()

    await secretary.page.reload()
    await areaRow.waitFor()
    const after = await areaRow.innerText()
    expect(after).not.toBe(before)
    const coverage = await cloud.call(SECRETARY, postsContract, 'coverage', { orgId: 'org-taohua' })
    if (!coverage.ok) throw new Error(coverage.message)
    const totals = coverage.data.areas.find((area) => area.assignmentId === assignment.id)?.totals
    expect(after).toContain(`应 ${totals?.due} · 按时 ${totals?.doneOnTime} · 逾期 ${totals?.overdue}`)
    // The visit counts for the period still open: one duty fewer waits to be recorded.
    expect(totals?.dueNow).toBe(due.filter((item) => item.assignment.id === assignment.id).length - 1)
    await secretary.context.close()
  })
})
