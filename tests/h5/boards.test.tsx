/**
 * The board screens in jsdom with the real Taro h5 components: the public reader (blocks at
 * reading size, tables as cards, a scanned scene, the h5 copy link), the 公开栏 tab (the caller's
 * organisation, pinned first) and the staff editor (blocks added, reordered, deleted, a table
 * filled row by row, saved and published; a refusal shown in Chinese where it belongs).
 */
import { act, configure, fireEvent, render, screen, waitFor } from '@testing-library/react'
import Taro, { useRouter } from '@tarojs/taro'
import { boardViewSchema, type BoardView } from '@/core/contracts/boards.contract'
import BoardsTab from '@/pages/boards/index'
import BoardPage from '@/packages/villager/board/index'
import BoardEditPage from '@/packages/secretary/board-edit/index'
import BoardsManagePage from '@/packages/secretary/boards/index'
import { installFetch, type SentRequest } from '../support/fetch-double'
import { tap } from '../support/h5-actions'

configure({ asyncUtilTimeout: 5000 })
jest.setTimeout(20_000)

const PHOTO = 'cloud://local-dev.6c6f-local-dev-1300000000/boards/1-abc.jpg'

function openWith(params: Record<string, string>) {
  jest.mocked(useRouter).mockReturnValue({ params, path: '' } as unknown as ReturnType<typeof useRouter>)
}

const calls = (sent: SentRequest[], action: string) => sent.filter((request) => (request.body as { action?: string } | undefined)?.action === action)

async function typeInto(selector: string, value: string) {
  const box = await waitFor(() => {
    const found = document.querySelector<HTMLInputElement>(selector)
    if (!found) throw new Error(`no ${selector} yet`)
    return found
  })
  await act(async () => {
    fireEvent.input(box, { target: { value } })
  })
}

function boardView(overrides: Partial<BoardView>): BoardView {
  return boardViewSchema.parse({
    id: 'board-taohua-study',
    orgId: 'org-taohua',
    kind: 'study',
    kindLabel: '学习园地',
    title: '学习园地：党员“三会一课”',
    status: 'published',
    pinned: false,
    generated: false,
    publishedAt: '2026-03-02T01:00:00.000Z',
    updatedAt: '2026-03-02T01:00:00.000Z',
    org: { id: 'org-taohua', name: '桃花村党支部' },
    blocks: [
      { type: 'heading', text: '什么是三会一课' },
      { type: 'text', text: '“三会一课”是党的组织生活的基本制度。' },
      { type: 'image', fileID: PHOTO, caption: '3月主题党日' },
      { type: 'table', columns: ['名称', '多长时间一次'], rows: [['支部党员大会', '一般每季度一次'], ['党课', '每季度至少一次']] },
    ],
    path: 'packages/villager/board/index?id=board-taohua-study',
    check: null,
    can: [],
    ...overrides,
  })
}

beforeEach(() => {
  localStorage.clear()
  jest.mocked(Taro.setClipboardData).mockClear()
})

/** Three pictures of a board and their content checks: one passed, one held for review, one refused with its reason. */
function threeCheckedImages(passed: string, held: string, refused: string) {
  return {
    blocks: [
      { type: 'image' as const, fileID: passed, caption: '党员大会' },
      { type: 'image' as const, fileID: held, caption: '戏台' },
      { type: 'image' as const, fileID: refused, caption: '横幅' },
    ],
    imageChecks: [
      { fileID: passed, check: 'passed' as const, reason: null },
      { fileID: held, check: 'pending' as const, reason: null },
      { fileID: refused, check: 'rejected' as const, reason: '含有时政相关内容' },
    ],
  }
}

describe('the public board', () => {
  it('shows every block at reading size, a table as one card per row, the image from storage, and a link to copy', async () => {
    openWith({ id: 'board-taohua-study' })
    const { sent } = installFetch(() => ({ ok: true, data: boardView({}) }))
    render(<BoardPage />)

    expect(await screen.findByText('学习园地：党员“三会一课”')).toBeTruthy()
    expect(calls(sent, 'get')[0].body).toEqual({ action: 'get', id: 'board-taohua-study' })
    expect(screen.getByText('桃花村党支部')).toBeTruthy()
    expect(screen.getByText(/发布于2026年3月2日/)).toBeTruthy()
    expect(screen.getByText('什么是三会一课').className).toContain('board-heading')
    // Each row a card: its first cell as the title, the other columns as “表头：内容”.
    const rows = document.querySelectorAll('.board-table__row')
    expect(rows).toHaveLength(2)
    expect(rows[0].textContent).toBe('名称：支部党员大会多长时间一次：一般每季度一次')
    expect(rows[1].textContent).toContain('党课')
    // Taro's image element carries the address whether or not its inner <img> has been drawn yet.
    const image = document.querySelector('.board-image__img')
    expect(image?.getAttribute('src')).toBe(`/api/storage/file?fileID=${encodeURIComponent(PHOTO)}`)
    expect(screen.getByText('3月主题党日')).toBeTruthy()

    await tap('复制链接，发给别人看')
    expect(Taro.setClipboardData).toHaveBeenCalledWith({ data: expect.stringMatching(/#\/packages\/villager\/board\/index\?id=board-taohua-study$/) })
    expect(screen.getByText(/^已复制：/)).toBeTruthy()
  })

  it('opens the board a scanned code names (scene b=<id>)', async () => {
    openWith({ scene: encodeURIComponent('b=board-taohua-notice') })
    const { sent } = installFetch(() => ({ ok: true, data: boardView({ id: 'board-taohua-notice', title: '关于召开三月份主题党日的通知' }) }))
    render(<BoardPage />)
    expect(await screen.findByText('关于召开三月份主题党日的通知')).toBeTruthy()
    expect(calls(sent, 'get')[0].body).toEqual({ action: 'get', id: 'board-taohua-notice' })
  })

  it('tells the board’s staff (the answer carries imageChecks) each picture’s check: 已公开, 审核中, 未通过 with the reason', async () => {
    const passed = 'cloud://local-dev.6c6f-local-dev-1300000000/boards/2-meeting.jpg'
    const held = 'cloud://local-dev.6c6f-local-dev-1300000000/boards/3-stage.jpg'
    const refused = 'cloud://local-dev.6c6f-local-dev-1300000000/boards/4-banner.jpg'
    const { blocks, imageChecks } = threeCheckedImages(passed, held, refused)
    openWith({ id: 'board-taohua-study' })
    installFetch(() => ({ ok: true, data: boardView({ blocks, imageChecks, can: ['edit', 'unpublish', 'pin'] }) }))
    render(<BoardPage />)
    await screen.findByText('党员大会')
    const under = Array.from(document.querySelectorAll('.board-image')).map((image) => ({ caption: image.querySelector('.board-image__caption')?.textContent, state: image.querySelector('.board-image-state')?.textContent }))
    expect(under).toEqual([
      { caption: '党员大会', state: '已公开' },
      { caption: '戏台', state: '审核中' },
      { caption: '横幅', state: '未通过（含有时政相关内容）' },
    ])
    expect(screen.getByText('通过微信内容检查后群众才看得到。')).toBeTruthy()
    expect(screen.getByText('群众看不到这张图片，请在“版面管理”里点“编辑”换一张。')).toBeTruthy()
  })

  it('tells anyone else (no imageChecks in the answer) nothing about a picture’s check', async () => {
    openWith({ id: 'board-taohua-study' })
    installFetch(() => ({ ok: true, data: boardView({}) }))
    render(<BoardPage />)
    await screen.findByText('3月主题党日')
    expect(document.querySelectorAll('.board-image')).toHaveLength(1)
    expect(document.querySelector('.board-image-state')).toBeNull()
    expect(document.body.textContent).not.toMatch(/已公开|审核中|未通过|审核/)
  })

  it('says in Chinese what to do when the board is not there', async () => {
    openWith({ id: 'board-gone' })
    installFetch(() => ({ ok: false, code: 'BOARD.NOT_FOUND', message: '没有找到这个版面，可能已撤下或删除，请刷新后再试。' }))
    render(<BoardPage />)
    expect(await screen.findByText('没有找到这个版面，可能已撤下或删除，请刷新后再试。')).toBeTruthy()
  })
})

describe('the 公开栏 tab', () => {
  it('lists the caller’s organisation’s published boards in the server’s order (pinned first) and opens one', async () => {
    openWith({})
    installFetch((request) => {
      const body = request.body as { action: string }
      if (body.action === 'getHome') {
        return { ok: true, data: { identity: { role: 'member', roleLabel: '党员', displayName: '黄长青' }, org: { id: 'org-taohua', name: '桃花村党支部', type: 'village', typeLabel: '村党组织', ancestors: [], memberCount: 12 }, standards: null } }
      }
      const summary = (id: string, title: string, pinned: boolean) => ({ id, orgId: 'org-taohua', kind: 'notice', kindLabel: '通知公告', title, status: 'published', pinned, generated: false, publishedAt: '2026-03-02T01:00:00.000Z', updatedAt: '2026-03-02T01:00:00.000Z' })
      return { ok: true, data: { org: { id: 'org-taohua', name: '桃花村党支部' }, boards: [summary('board-a', '置顶的通知', true), summary('board-b', '普通的通知', false)] } }
    })
    render(<BoardsTab />)
    expect(await screen.findByText('置顶的通知')).toBeTruthy()
    const titles = Array.from(document.querySelectorAll('.board-item__title')).map((node) => node.textContent)
    // The organisation's boards first, then what else a villager can do for it.
    expect(titles).toEqual(['置顶的通知', '普通的通知', '明岗公示', '给支部提意见建议'])
    expect(document.querySelector('.board-item')?.textContent).toContain('置顶')
    // A member does not manage boards.
    expect(screen.queryByText('管理本组织的版面')).toBeNull()
    await tap('普通的通知')
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/packages/villager/board/index?id=board-b' })
    await tap('给支部提意见建议')
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/packages/villager/suggest/index?orgId=org-taohua' })
    await tap('明岗公示')
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/packages/villager/posts-board/index?orgId=org-taohua' })
  })
})

describe('the board editor', () => {
  it('builds a board from blocks — added, filled, a table row by row, reordered, one deleted — then saves and publishes it', async () => {
    openWith({ orgId: 'org-taohua' })
    const { sent } = installFetch((request) => {
      const body = request.body as { action: string } & Record<string, unknown>
      if (body.action === 'save') return { ok: true, data: boardView({ id: 'board-taohua-new', status: 'draft', publishedAt: null, title: body.title as string, kind: 'notice', kindLabel: '通知公告', blocks: [] }) }
      if (body.action === 'publish') return { ok: true, data: boardView({ id: 'board-taohua-new' }) }
      return { ok: false, code: 'COMMON.UNKNOWN_ACTION', message: '没有这项操作' }
    })
    render(<BoardEditPage />)
    expect(await screen.findByText('新建版面')).toBeTruthy()

    await tap('通知公告')
    await typeInto('input[name="title"]', '关于冬季防火的通知')
    // The page starts with one paragraph.
    await typeInto('textarea[name="text"]', '冬季天干物燥，请大家注意用火安全。')
    await tap('＋ 表格')
    await typeInto('input[name="column-0"]', '时间')
    await typeInto('input[name="column-1"]', '内容')
    await typeInto('input[name="cell-0-0"]', '12月1日')
    await typeInto('input[name="cell-0-1"]', '消防演练')
    await tap('＋ 加一行')
    await typeInto('input[name="cell-1-0"]', '12月15日')
    await typeInto('input[name="cell-1-1"]', '排查电线')
    await tap('＋ 小标题')
    await typeInto('input[name="heading"]', '安排')
    // The heading (third block) moves up above the table, then the paragraph is deleted after a confirmation.
    await tap('↑ 上移', 2)
    await tap('删除', 0)
    expect(Taro.showModal).toHaveBeenCalled()

    await tap('保存并发布')
    await screen.findByText('已发布，群众不用绑定也能看到。')
    expect(calls(sent, 'save')[0].body).toEqual({
      action: 'save',
      orgId: 'org-taohua',
      kind: 'notice',
      title: '关于冬季防火的通知',
      blocks: [
        { type: 'heading', text: '安排' },
        { type: 'table', columns: ['时间', '内容'], rows: [['12月1日', '消防演练'], ['12月15日', '排查电线']] },
      ],
    })
    expect(calls(sent, 'publish')[0].body).toEqual({ action: 'publish', id: 'board-taohua-new' })
  })

  it('shows a content refusal in Chinese over the content, keeps what was typed, and a bad cell on its own block', async () => {
    openWith({ id: 'board-taohua-study' })
    let answer: 'bad-cell' | 'rejected' = 'bad-cell'
    const { sent } = installFetch((request) => {
      const body = request.body as { action: string }
      if (body.action === 'get') return { ok: true, data: boardView({ status: 'draft', publishedAt: null, can: ['edit', 'publish', 'pin'] }) }
      if (body.action === 'save' && answer === 'bad-cell') return { ok: false, code: 'COMMON.BAD_REQUEST', message: '提交的内容有误：字段“blocks.3.rows.0.0”表格每格最多 100 个字。' }
      if (body.action === 'save') return { ok: true, data: boardView({ status: 'draft', publishedAt: null }) }
      return { ok: false, code: 'CONTENT.REJECTED', message: '版面没有发布：内容含有违法犯罪相关的文字，请修改。' }
    })
    render(<BoardEditPage />)
    expect(await screen.findByText('修改版面')).toBeTruthy()
    await waitFor(() => expect(document.querySelector<HTMLInputElement>('input[name="title"]')?.value).toBe('学习园地：党员“三会一课”'))

    await tap('保存并发布')
    const cellError = await screen.findByText('提交的内容有误：字段“blocks.3.rows.0.0”表格每格最多 100 个字。')
    expect(cellError.closest('.editor-block')?.className).toContain('editor-block--invalid')
    expect(cellError.closest('.editor-block')?.textContent).toContain('表格')

    answer = 'rejected'
    await tap('保存并发布')
    const refusal = await screen.findByText('草稿已保存，但没有发布：版面没有发布：内容含有违法犯罪相关的文字，请修改。')
    expect(refusal.className).toContain('editor-content-error')
    expect(calls(sent, 'publish')).toHaveLength(1)
    // Nothing typed is lost.
    expect(document.querySelector<HTMLInputElement>('input[name="title"]')?.value).toBe('学习园地：党员“三会一课”')
    expect(document.querySelectorAll('.editor-block')).toHaveLength(4)
  })
})

describe('the staff see where each image stands in the content check', () => {
  const image = (name: string) => `cloud://local-dev.6c6f-local-dev-1300000000/boards/${name}.jpg`
  const [passed, held, refused] = [image('1764000000001-meeting'), image('1764000000002-school'), image('1764000000003-banner')]
  const stateOf = (fileID: string) =>
    document.querySelector(`[src="/api/storage/file?fileID=${encodeURIComponent(fileID)}"]`)?.closest('.editor-block')?.querySelector('.board-image-state')?.textContent

  it('the editor shows 已公开, 审核中 and 未通过 with the reason under each image, and 保存后审核 under one just picked until it is saved', async () => {
    openWith({ id: 'board-taohua-study' })
    const { blocks, imageChecks } = threeCheckedImages(passed, held, refused)
    let uploaded = ''
    installFetch((request) => {
      if (request.url.startsWith('/api/storage/upload')) return { ok: true, data: { fileID: uploaded, size: 7 } }
      const body = request.body as { action: string; blocks?: BoardView['blocks'] }
      if (body.action === 'get') return { ok: true, data: boardView({ blocks, imageChecks, can: ['edit', 'unpublish', 'pin'] }) }
      // The save of a published board sends its new image for a check: 审核中 from then on.
      if (body.action === 'save') return { ok: true, data: boardView({ blocks: body.blocks, imageChecks: (body.blocks ?? []).flatMap((block) => (block.type === 'image' ? [imageChecks.find((check) => check.fileID === block.fileID) ?? { fileID: block.fileID, check: 'pending' as const, reason: null }] : [])) }) }
      return { ok: false, code: 'COMMON.UNKNOWN_ACTION', message: '没有这项操作' }
    })
    render(<BoardEditPage />)
    await waitFor(() => expect(stateOf(refused)).toBe('未通过（含有时政相关内容）'))
    expect(stateOf(passed)).toBe('已公开')
    expect(stateOf(held)).toBe('审核中')
    expect(document.querySelector(`[src="/api/storage/file?fileID=${encodeURIComponent(refused)}"]`)?.closest('.editor-block')?.textContent).toContain('群众看不到这张图片，请点“换一张图片”。')

    // The refused one is replaced (h5 picks and uploads through the local gateway): not checked until saved.
    const replacement = image('1764000000004-new')
    const file = new File([new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3])], 'new.jpg', { type: 'image/jpeg' })
    jest.mocked(Taro.chooseMedia).mockResolvedValueOnce({ tempFiles: [{ tempFilePath: 'blob:local/new', originalFileObj: file }], type: 'image' } as unknown as Awaited<ReturnType<typeof Taro.chooseMedia>>)
    uploaded = replacement
    await tap('换一张图片', 2)
    await waitFor(() => expect(stateOf(replacement)).toBe('保存后审核'))

    await tap('保存修改（先过内容检查）')
    await tap('继续修改')
    await waitFor(() => expect(stateOf(replacement)).toBe('审核中'))
    expect(stateOf(passed)).toBe('已公开')
  })

  it('版面管理 says on a board’s card when an image is refused or still held, and nothing on a board whose images all passed', async () => {
    openWith({ orgId: 'org-taohua' })
    const summary = (id: string, title: string, imageChecks: NonNullable<BoardView['imageChecks']>) => {
      const { org: _org, blocks: _blocks, path: _path, can: _can, ...rest } = boardView({ id, title })
      return { ...rest, check: null, imageChecks }
    }
    installFetch((request) => {
      const body = request.body as { action: string }
      if (body.action !== 'listForOrg') return { ok: false, code: 'COMMON.UNKNOWN_ACTION', message: '没有这项操作' }
      return {
        ok: true,
        data: {
          org: { id: 'org-taohua', name: '桃花村党支部' },
          boards: [
            summary('b-refused', '三月党员大会', [{ fileID: passed, check: 'passed', reason: null }, { fileID: refused, check: 'rejected', reason: '含有时政相关内容' }]),
            summary('b-held', '学校开学', [{ fileID: held, check: 'pending', reason: null }]),
            summary('b-clean', '会场照片', [{ fileID: passed, check: 'passed', reason: null }]),
          ],
        },
      }
    })
    render(<BoardsManagePage />)
    const cardOf = async (title: string) => (await screen.findByText(title)).closest('.board-item')?.textContent ?? ''
    expect(await cardOf('三月党员大会')).toContain('1 张图片未通过审核，群众看不到。请点“编辑”换一张。')
    expect(await cardOf('学校开学')).toContain('1 张图片审核中，通过后群众才看得到。')
    expect(await cardOf('会场照片')).not.toMatch(/图片/)
  })
})
