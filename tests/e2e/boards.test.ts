/**
 * Boards on phones through the H5 build: a secretary writes a board with a picture (uploaded
 * through the h5 upload path), a table and text, and publishes it; a WeChat identity with no
 * account reads it — the picture once its content check has passed — and finds the organisation's
 * boards on the 公开栏 tab after scanning; the secretary's A4 poster of it decodes (jsqr + pngjs)
 * to the board's page and scene.
 */
import { readFileSync } from 'node:fs'
import jsQR from 'jsqr'
import { PNG } from 'pngjs'
import type { Page } from 'playwright-core'
import { boardsContract } from '../../src/core/contracts/boards.contract'
import { BOARD_PAGE, boardRefFromScene } from '../../src/core/publicity/board-path'
import type { PhoneBrowser } from '../support/browser'
import { startPhoneCloud, stopPhoneCloud } from '../support/e2e'
import type { TestCloud } from '../support/local-cloud'

const SECRETARY = 'demo-secretary-taohua'
const UNBOUND = 'e2e-board-stranger'
const TITLE = '关于冬季防火的通知'

jest.setTimeout(180_000)

let cloud: TestCloud
let phones: PhoneBrowser
let boardId = ''

beforeAll(async () => {
  ;({ cloud, phones } = await startPhoneCloud())
})

afterAll(() => stopPhoneCloud({ cloud, phones }))

/** A small photo: a red and white PNG a phone would upload. */
function photo(): Buffer {
  const png = new PNG({ width: 160, height: 120 })
  for (let y = 0; y < 120; y++) {
    for (let x = 0; x < 160; x++) {
      const at = (y * 160 + x) * 4
      const red = x < 80
      png.data[at] = red ? 183 : 255
      png.data[at + 1] = red ? 19 : 255
      png.data[at + 2] = red ? 26 : 255
      png.data[at + 3] = 255
    }
  }
  return PNG.sync.write(png)
}

async function fill(page: Page, selector: string, value: string) {
  const box = page.locator(selector).last()
  await box.fill(value)
  await box.blur()
}

describe('boards on phones', () => {
  it('a secretary writes a board with a picture, a table and text, and publishes it', async () => {
    const { page, context } = await phones.newPhone({ openid: SECRETARY })
    await page.goto(cloud.url + '/#/packages/secretary/boards/index')
    await page.getByText('新建版面').first().waitFor({ timeout: 60_000 })
    await page.locator('.big-button', { hasText: '新建版面' }).tap()
    await page.getByText('添加一块内容：').waitFor()

    await page.getByRole('radio', { name: '通知公告' }).tap()
    await fill(page, 'input[name="title"]', TITLE)
    await fill(page, 'textarea[name="text"]', '冬季天干物燥，请大家注意用火安全，不在山边烧荒。')
    await page.getByText('＋ 图片').tap()
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByText('选择图片').tap()])
    await chooser.setFiles({ name: 'fire-drill.png', mimeType: 'image/png', buffer: photo() })
    await page.locator('.editor-image img').waitFor({ timeout: 30_000 })
    await fill(page, 'input[name="caption"]', '消防演练')
    await page.getByText('＋ 表格').tap()
    await fill(page, 'input[name="column-0"]', '时间')
    await fill(page, 'input[name="column-1"]', '安排')
    await fill(page, 'input[name="cell-0-0"]', '12月1日')
    await fill(page, 'input[name="cell-0-1"]', '消防演练')

    await page.locator('.big-button', { hasText: '保存并发布' }).tap()
    await page.getByText('已发布，群众不用绑定也能看到。').waitFor({ timeout: 30_000 })
    await context.close()

    const listed = await cloud.call(SECRETARY, boardsContract, 'listForOrg', { orgId: 'org-taohua' })
    if (!listed.ok) throw new Error(listed.message)
    const board = listed.data.boards.find((entry) => entry.title === TITLE)
    expect(board).toMatchObject({ status: 'published', kind: 'notice' })
    boardId = board?.id ?? ''
  })

  it('an identity with no account reads it, the picture once its check has passed, and finds it on the 公开栏 tab', async () => {
    expect(boardId).not.toBe('')
    const { page, context } = await phones.newPhone({ openid: UNBOUND })
    await page.goto(`${cloud.url}/#/${BOARD_PAGE}?scene=${encodeURIComponent(`b=${boardId}`)}`)
    await page.getByText(TITLE).waitFor({ timeout: 60_000 })
    // The check answers a moment after publishing; a reload shows the picture once it has passed.
    for (let attempt = 0; attempt < 20 && (await page.locator('.board-image img').count()) === 0; attempt++) {
      await page.waitForTimeout(500)
      await page.reload()
      await page.getByText(TITLE).waitFor()
    }
    const image = page.locator('.board-image img')
    await image.waitFor()
    await page.waitForFunction(() => (document.querySelector('.board-image img') as HTMLImageElement | null)?.naturalWidth === 160)
    const body = await page.locator('body').innerText()
    expect(body).toContain('桃花村党支部')
    expect(body).toContain('冬季天干物燥')
    expect(body).toContain('消防演练')
    expect(await page.locator('.board-table__row').first().innerText()).toMatch(/时间：12月1日\s*安排：\s*消防演练/)

    // The scanned organisation's boards are on the 公开栏 tab, pinned first.
    await page.goto(`${cloud.url}/#/pages/boards/index`)
    await page.locator('.board-item__title', { hasText: TITLE }).waitFor({ timeout: 30_000 })
    const titles = await page.locator('.board-item__title').allInnerTexts()
    expect(titles[0]).toBe('关于召开三月份主题党日的通知')
    expect(titles).toContain(TITLE)
    await context.close()
  })

  it('the secretary downloads the board’s A4 poster whose code opens the board', async () => {
    expect(boardId).not.toBe('')
    const { page, context } = await phones.newPhone({ openid: SECRETARY })
    await page.goto(`${cloud.url}/#/packages/secretary/board-poster/index?id=${encodeURIComponent(boardId)}`)
    await page.getByText('下载海报（PNG）').waitFor({ timeout: 60_000 })
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('.big-button', { hasText: '下载海报（PNG）' }).tap()])
    expect(download.suggestedFilename()).toBe(`版面海报-桃花村党支部-${TITLE}.png`)
    const png = PNG.sync.read(readFileSync(await download.path()))
    expect([png.width, png.height]).toEqual([1240, 1754])
    const code = jsQR(new Uint8ClampedArray(png.data), png.width, png.height)
    expect(code?.data).toBe(`${BOARD_PAGE}?scene=${encodeURIComponent(`b=${boardId}`)}`)
    const scene = /\?scene=(.+)$/.exec(code?.data ?? '')?.[1] ?? ''
    expect(boardRefFromScene(scene)).toBe(boardId)
    await context.close()
  })
})
