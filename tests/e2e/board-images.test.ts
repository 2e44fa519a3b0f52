/**
 * Board pictures on a phone through the H5 build (375 px wide):
 * - a picture much wider than 4:3 takes exactly its scaled height, so its caption (and the next
 *   block) starts right under it — Taro h5's <Image mode='widthFix'> otherwise keeps a 240 px box
 *   and leaves a blank band below a wide picture, in the reader and in the editor;
 * - the branch's secretary reading the public board sees under each picture 已公开 / 审核中 /
 *   未通过（原因）; a villager sees only the passed picture and no word about the others.
 */
import { PNG } from 'pngjs'
import type { Page } from 'playwright-core'
import { boardsContract } from '../../src/core/contracts/boards.contract'
import type { PhoneBrowser } from '../support/browser'
import { startPhoneCloud, stopPhoneCloud } from '../support/e2e'
import type { TestCloud } from '../support/local-cloud'

const SECRETARY = 'demo-secretary-taohua'
const VILLAGER = 'e2e-board-images-stranger'
const TITLE = '村口新修的文化广场'
// A panorama: 4 : 1, far wider than the 4 : 3 box Taro h5 gives an image by default.
const WIDE = { width: 800, height: 200 }

jest.setTimeout(180_000)

let cloud: TestCloud
let phones: PhoneBrowser
let boardId = ''

/** A plain picture of the given size: white with a red band, as a phone would upload. */
function picture(size: { width: number; height: number }): Buffer {
  const png = new PNG(size)
  for (let y = 0; y < size.height; y++) {
    for (let x = 0; x < size.width; x++) {
      const red = y > size.height / 3 && y < (size.height * 2) / 3
      png.data.set(red ? [183, 19, 26, 255] : [250, 246, 240, 255], (y * size.width + x) * 4)
    }
  }
  return PNG.sync.write(png)
}

beforeAll(async () => {
  ;({ cloud, phones } = await startPhoneCloud())
  const [wide, refused, held] = await Promise.all([
    cloud.emulator.storage.writeFile('boards/1764000000201-panorama.png', picture({ ...WIDE })),
    cloud.emulator.storage.writeFile('boards/1764000000202-banner.png', picture({ width: 400, height: 300 })),
    cloud.emulator.storage.writeFile('boards/1764000000203-stage.png', picture({ width: 400, height: 300 })),
  ])
  cloud.emulator.mediaCheck.preset(refused, { suggest: 'risky', label: 20001 })
  const blocks = [
    { type: 'image' as const, fileID: wide, caption: '广场全景' },
    { type: 'text' as const, text: '广场由党员带头出工修建，欢迎乡亲们来跳舞、下棋。' },
    { type: 'image' as const, fileID: refused, caption: '开工横幅' },
  ]
  const saved = await cloud.call(SECRETARY, boardsContract, 'save', { orgId: 'org-taohua', kind: 'notice', title: TITLE, blocks })
  if (!saved.ok) throw new Error(saved.message)
  boardId = saved.data.id
  const published = await cloud.call(SECRETARY, boardsContract, 'publish', { id: boardId })
  if (!published.ok) throw new Error(published.message)
  await cloud.emulator.mediaCheck.settled()
  // The third picture's verdict is held for the whole file: 审核中.
  cloud.emulator.mediaCheck.hold()
  const edited = await cloud.call(SECRETARY, boardsContract, 'save', { id: boardId, orgId: 'org-taohua', kind: 'notice', title: TITLE, blocks: [...blocks, { type: 'image', fileID: held, caption: '戏台' }] })
  if (!edited.ok) throw new Error(edited.message)
}, 180_000)

afterAll(() => stopPhoneCloud({ cloud, phones }))

/** The box of the first element matching `selector` once its picture has loaded, and of what follows it. */
async function imageBoxes(page: Page, selector: string) {
  await page.waitForFunction((sel) => {
    const img = document.querySelector(`${sel} img`) as HTMLImageElement | null
    return Boolean(img && img.complete && img.naturalWidth > 0)
  }, selector)
  return page.evaluate((sel) => {
    const box = document.querySelector(sel) as HTMLElement
    const img = box.querySelector('img') as HTMLImageElement
    const next = box.nextElementSibling as HTMLElement
    const rect = box.getBoundingClientRect()
    return { width: rect.width, height: rect.height, natural: { width: img.naturalWidth, height: img.naturalHeight }, gap: next.getBoundingClientRect().top - rect.bottom }
  }, selector)
}

/**
 * The wide picture's box is its scaled height (343 px wide, 375 less the page's padding → about
 * 86 px high, not Taro's default 240), and what follows sits at its own small margin under it,
 * not under a blank band.
 */
function expectScaledHeight(box: Awaited<ReturnType<typeof imageBoxes>>): void {
  expect(box.natural).toEqual(WIDE)
  expect(Math.abs(box.height - (box.width * WIDE.height) / WIDE.width)).toBeLessThanOrEqual(1)
  expect(box.gap).toBeGreaterThanOrEqual(0)
  expect(box.gap).toBeLessThanOrEqual(16)
}

describe('board pictures on a phone', () => {
  it('a wide picture on the public board takes its scaled height: the caption starts right under it', async () => {
    const { page, context } = await phones.newPhone({ openid: VILLAGER })
    await page.setViewportSize({ width: 375, height: 812 })
    await page.goto(`${cloud.url}/#/packages/villager/board/index?id=${encodeURIComponent(boardId)}`)
    await page.getByText(TITLE).waitFor({ timeout: 60_000 })
    expectScaledHeight(await imageBoxes(page, '.board-image__img'))
    await context.close()
  })

  it('the same picture in the board editor takes its scaled height: its check state starts right under it', async () => {
    const { page, context } = await phones.newPhone({ openid: SECRETARY })
    await page.setViewportSize({ width: 375, height: 812 })
    await page.goto(`${cloud.url}/#/packages/secretary/board-edit/index?id=${encodeURIComponent(boardId)}`)
    await page.getByText('修改版面').first().waitFor({ timeout: 60_000 })
    await page.locator('.editor-image').first().waitFor({ timeout: 30_000 })
    expectScaledHeight(await imageBoxes(page, '.editor-image'))
    await context.close()
  })

  it('the branch’s secretary reading the public board sees each picture’s check; a villager sees only the passed picture and no notes', async () => {
    const staff = await phones.newPhone({ openid: SECRETARY })
    await staff.page.goto(`${cloud.url}/#/packages/villager/board/index?id=${encodeURIComponent(boardId)}`)
    await staff.page.getByText(TITLE).waitFor({ timeout: 60_000 })
    const states = await staff.page.locator('.board-image').evaluateAll((images) => images.map((image) => image.querySelector('.board-image-state')?.textContent ?? ''))
    expect(states).toEqual(['已公开', '未通过（含有时政相关内容）', '审核中'])
    await staff.context.close()

    const villager = await phones.newPhone({ openid: VILLAGER })
    await villager.page.goto(`${cloud.url}/#/packages/villager/board/index?id=${encodeURIComponent(boardId)}`)
    await villager.page.getByText(TITLE).waitFor({ timeout: 60_000 })
    expect(await villager.page.locator('.board-image').count()).toBe(1)
    const body = await villager.page.locator('body').innerText()
    expect(body).toContain('广场全景')
    expect(body).not.toMatch(/已公开|审核中|未通过|开工横幅|戏台/)
    await villager.context.close()
  })
})
