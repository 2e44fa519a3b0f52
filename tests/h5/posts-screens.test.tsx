/**
 * The 设岗 / 认岗 / 定岗 / 明岗 screens, 履岗记录 and the branch pledge, rendered with the real Taro
 * H5 components; every fixture the "server" answers is parsed by the contract's own schema.
 */
import { act, configure, fireEvent, render, screen, waitFor } from '@testing-library/react'
import Taro, { useRouter } from '@tarojs/taro'
import { pledgeViewSchema, type PledgeView } from '@/core/contracts/pledges.contract'
import { assignmentViewSchema, postsContract, type AssignmentView } from '@/core/contracts/posts.contract'
import { todayString } from '@/components/Form'
import VolunteerPage from '@/packages/member/posts/index'
import DutyHistoryPage from '@/packages/member/records/index'
import AssignPostPage from '@/packages/secretary/post-assign/index'
import BranchPostsPage from '@/packages/secretary/posts/index'
import BranchPledgePage from '@/packages/secretary/branch-pledge/index'
import PostsBoardPage from '@/packages/villager/posts-board/index'
import { installFetch, type SentRequest } from '../support/fetch-double'
import { tap } from '../support/h5-actions'
import { chinaYear } from '@/core/china-time'

// Two cores shared with builds and browsers: give slow renders time before failing.
configure({ asyncUtilTimeout: 5000 })
jest.setTimeout(30_000)

function openWith(params: Record<string, string>) {
  jest.mocked(useRouter).mockReturnValue({ params, path: '' } as unknown as ReturnType<typeof useRouter>)
}

const calls = (sent: SentRequest[], action: string) => sent.filter((request) => request.url.startsWith('/api/fn/') && (request.body as { action?: string }).action === action).map((request) => request.body)

async function type(tag: 'input' | 'textarea', name: string, value: string) {
  const box = await waitFor(() => {
    const found = document.querySelector<HTMLInputElement>(`${tag}[name="${name}"]`)
    if (!found) throw new Error(`no ${tag} named ${name} yet`)
    return found
  })
  await act(async () => {
    fireEvent.input(box, { target: { value } })
  })
}

const CATALOGUE = postsContract.actions.catalogue.output.parse({
  posts: [
    { id: 'policy', name: '政策宣传岗', description: '向联系户宣讲党的政策和村里的大事', custom: false, duties: [{ title: '走访联系户，宣讲政策', cadence: 'monthly' }] },
    { id: 'sanitation', name: '环境卫生监督岗', description: '督促责任区内的环境卫生和垃圾分类', custom: false, duties: [{ title: '巡查责任区环境卫生', cadence: 'weekly' }] },
    { id: 'post-tea', name: '茶园技术服务岗', description: '', custom: true, duties: [] },
  ],
})

function assignment(overrides: Partial<AssignmentView>): AssignmentView {
  return assignmentViewSchema.parse({
    id: 'pa-1',
    orgId: 'org-taohua',
    postId: 'sanitation',
    postName: '环境卫生监督岗',
    memberId: 'm-taohua-09',
    memberName: '黄长青',
    status: 'volunteered',
    statusLabel: '已认岗，待定岗',
    area: null,
    duties: [],
    totals: { due: 0, doneOnTime: 0, overdue: 0, dueNow: 0, onTimeRate: null },
    reviews: [],
    ...overrides,
  })
}

const AREA = { name: '四组西片', kind: 'households' as const, households: [{ name: '周大勇', addressNote: '四组2号', phone: '13712345678' }, { name: '吴秀英', addressNote: '', phone: null }], place: null }
const DUTY = { id: 'd1', title: '巡查四组西片卫生', cadence: 'weekly' as const, cadenceLabel: '每周', since: '2026-11-26', due: 0, doneOnTime: 0, overdue: 0, overduePeriods: [], current: null, lastDoneOn: null }

beforeEach(() => {
  jest.mocked(Taro.navigateTo).mockClear()
  jest.mocked(Taro.redirectTo).mockClear()
})

describe('认领岗位 (认岗, member)', () => {
  it('lists the branch posts with their duties, marks the one already offered for, and volunteers for another in one tap', async () => {
    openWith({})
    const { sent } = installFetch((request) => {
      const body = request.body as { action: string; postId?: string }
      if (body.action === 'getMine') return { ok: true, data: { account: null, member: { id: 'm-taohua-09' } } }
      if (body.action === 'getHome') return { ok: true, data: { org: { id: 'org-taohua' } } }
      if (body.action === 'catalogue') return { ok: true, data: CATALOGUE }
      if (body.action === 'myTasks') return { ok: true, data: { asOf: '2026-11-26', assignments: [assignment({ postId: 'policy', postName: '政策宣传岗' })], totals: assignment({}).totals } }
      return { ok: true, data: assignment({ postId: body.postId ?? '', postName: '环境卫生监督岗' }) }
    })
    render(<VolunteerPage />)

    expect(await screen.findByText('环境卫生监督岗')).toBeTruthy()
    expect(screen.getByText('每周：巡查责任区环境卫生')).toBeTruthy()
    // 政策宣传岗 is already offered for: no second button for it.
    expect(screen.getByText('已认岗，待定岗')).toBeTruthy()
    expect(screen.getAllByText('我愿意认领这个岗位')).toHaveLength(2)

    await tap('我愿意认领这个岗位', 0)
    await waitFor(() => expect(screen.getAllByText('已认岗，待定岗')).toHaveLength(2))
    expect(calls(sent, 'volunteer')).toEqual([{ action: 'volunteer', memberId: 'm-taohua-09', postId: 'sanitation' }])
  })
})

describe('定岗 (secretary)', () => {
  it('assigns a volunteered post with an area of two households and the post\'s weekly duty, then publishes it (明岗)', async () => {
    openWith({ orgId: 'org-taohua', memberId: 'm-taohua-09', postId: 'sanitation' })
    const member = { id: 'm-taohua-09', orgId: 'org-taohua', orgName: '桃花村党支部', name: '黄长青', gender: '男', birthYear: 1970, joinedAt: '1995-07-01', phone: null, duty: null, committeeRole: null, status: 'active', bound: true, history: [] }
    const { sent } = installFetch((request) => {
      const body = request.body as { action: string }
      if (body.action === 'catalogue') return { ok: true, data: CATALOGUE }
      if (body.action === 'list') return { ok: true, data: { org: { id: 'org-taohua', name: '桃花村党支部' }, members: [member] } }
      if (body.action === 'assign') return { ok: true, data: assignment({ status: 'assigned', statusLabel: '已定岗，待明岗', area: { ...AREA, households: [{ ...AREA.households[0], phone: '137****5678' }, AREA.households[1]] }, duties: [DUTY] }) }
      return { ok: true, data: assignment({ status: 'published', statusLabel: '已明岗', area: AREA, duties: [DUTY] }) }
    })
    render(<AssignPostPage />)

    expect(await screen.findByText('黄长青')).toBeTruthy()
    // The post's usual duty is offered, weekly, ready to change.
    await waitFor(() => expect(document.querySelector<HTMLInputElement>('input[name="duty-0-title"]')?.value).toBe('巡查责任区环境卫生'))
    await type('input', 'duty-0-title', '巡查四组西片卫生')
    await type('input', 'areaName', '四组西片')
    await type('input', 'household-0-name', '周大勇')
    await type('input', 'household-0-address', '四组2号')
    await type('input', 'household-0-phone', '13712345678')
    await tap('再加一户')
    await type('input', 'household-1-name', '吴秀英')
    await tap('确定定岗')

    expect(await screen.findByText('已定岗：黄长青 · 环境卫生监督岗 · 四组西片')).toBeTruthy()
    expect(calls(sent, 'assign')).toEqual([
      {
        action: 'assign',
        memberId: 'm-taohua-09',
        postId: 'sanitation',
        area: { name: '四组西片', kind: 'households', households: [{ name: '周大勇', addressNote: '四组2号', phone: '13712345678' }, { name: '吴秀英', addressNote: '' }] },
        duties: [{ title: '巡查四组西片卫生', cadence: 'weekly' }],
        since: todayString(),
      },
    ])
    await tap('现在明岗公示')
    expect(await screen.findByText('已明岗公示，职责从现在起计。')).toBeTruthy()
    expect(calls(sent, 'publish')).toEqual([{ action: 'publish', id: 'pa-1' }])
  })

  it('asks for the member and the post before sending anything', async () => {
    openWith({ orgId: 'org-taohua' })
    const { sent } = installFetch((request) => {
      const body = request.body as { action: string }
      if (body.action === 'catalogue') return { ok: true, data: CATALOGUE }
      if (body.action === 'list') return { ok: true, data: { org: { id: 'org-taohua', name: '桃花村党支部' }, members: [] } }
      return { ok: false, code: 'POST.ALREADY_HELD', message: '这名党员已经认领或担任了这个岗位。' }
    })
    render(<AssignPostPage />)
    await screen.findByText('环境卫生监督岗')
    await tap('确定定岗')
    expect(screen.getByText('请先选党员和岗位。')).toBeTruthy()
    expect(calls(sent, 'assign')).toEqual([])
  })
})

describe('设岗定责 (secretary)', () => {
  it('lists 认岗 waiting for 定岗, publishes an assigned post in one tap, shows whole phones to the secretary, and adds a custom post', async () => {
    openWith({ orgId: 'org-taohua' })
    const volunteered = assignment({ id: 'pa-v', memberName: '李宏伟', memberId: 'm-taohua-03', postId: 'assistance', postName: '帮扶岗' })
    const assigned = assignment({ status: 'assigned', statusLabel: '已定岗，待明岗', area: AREA, duties: [DUTY] })
    const { sent } = installFetch((request) => {
      const body = request.body as { action: string }
      if (body.action === 'catalogue') return { ok: true, data: CATALOGUE }
      if (body.action === 'listForOrg') return { ok: true, data: { org: { id: 'org-taohua', name: '桃花村党支部' }, assignments: [volunteered, assigned] } }
      if (body.action === 'publish') return { ok: true, data: { ...assigned, status: 'published', statusLabel: '已明岗' } }
      return { ok: true, data: { id: 'post-new', name: '文明新风岗', description: '劝导红白事简办', custom: true, duties: [] } }
    })
    render(<BranchPostsPage />)

    expect(await screen.findByText('党员认领了，等您定岗（1）')).toBeTruthy()
    await tap('定岗：划责任区、定职责')
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/secretary/post-assign/index?orgId=org-taohua&memberId=m-taohua-03&postId=assistance' })

    expect(screen.getByText('联系户 2 户：周大勇（13712345678）、吴秀英')).toBeTruthy()
    expect(screen.getByText('已明岗（0）')).toBeTruthy()
    await tap('明岗公示')
    expect(await screen.findByText('已明岗（1）')).toBeTruthy()
    expect(calls(sent, 'publish')).toEqual([{ action: 'publish', id: 'pa-1' }])

    await type('input', 'postName', '文明新风岗')
    await type('textarea', 'postDescription', '劝导红白事简办')
    await tap('增加这个岗位')
    expect(await screen.findByText('文明新风岗')).toBeTruthy()
    expect(screen.getByText('岗位目录（4）')).toBeTruthy()
    expect(calls(sent, 'definePost')).toEqual([{ action: 'definePost', orgId: 'org-taohua', name: '文明新风岗', description: '劝导红白事简办' }])
  })
})

describe('调整责任区 (secretary)', () => {
  const published = assignment({
    id: 'pa-p',
    status: 'published',
    statusLabel: '已明岗',
    area: AREA,
    duties: [DUTY, { ...DUTY, id: 'd2', title: '督促垃圾分类', cadence: 'monthly', cadenceLabel: '每月' }],
  })
  const member = { id: 'm-taohua-09', orgId: 'org-taohua', orgName: '桃花村党支部', name: '黄长青', gender: '男', birthYear: 1970, joinedAt: '1995-07-01', phone: null, duty: null, committeeRole: null, status: 'active', bound: true, history: [] }

  beforeEach(() => jest.mocked(Taro.navigateBack).mockClear())

  it('offers 调整责任区 on an assigned and on a published card, opening the 定岗 form for that post', async () => {
    openWith({ orgId: 'org-taohua' })
    const assigned = assignment({ status: 'assigned', statusLabel: '已定岗，待明岗', area: AREA, duties: [DUTY] })
    installFetch((request) => {
      const body = request.body as { action: string }
      if (body.action === 'catalogue') return { ok: true, data: CATALOGUE }
      return { ok: true, data: { org: { id: 'org-taohua', name: '桃花村党支部' }, assignments: [assigned, { ...published, adjustments: [{ at: '2026-11-20T02:00:00.000Z', by: '胡金花', changes: ['新增联系户：吴秀英'] }] }] } }
    })
    render(<BranchPostsPage />)
    expect(await screen.findByText('已明岗（1）')).toBeTruthy()
    expect(screen.getAllByText('调整责任区')).toHaveLength(2)
    expect(screen.getByText('2026年11月20日调整过')).toBeTruthy()
    await tap('调整责任区', 1)
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/secretary/post-assign/index?orgId=org-taohua&assignmentId=pa-p' })
  })

  it('fills the 定岗 form with the current households and duties, sends exactly the change, says 已调整 and goes back', async () => {
    openWith({ orgId: 'org-taohua', assignmentId: 'pa-p' })
    const { sent } = installFetch((request) => {
      const body = request.body as { action: string }
      if (body.action === 'catalogue') return { ok: true, data: CATALOGUE }
      if (body.action === 'list') return { ok: true, data: { org: { id: 'org-taohua', name: '桃花村党支部' }, members: [member] } }
      if (body.action === 'listForOrg') return { ok: true, data: { org: { id: 'org-taohua', name: '桃花村党支部' }, assignments: [published] } }
      return { ok: true, data: { ...published, area: { ...AREA, name: '四组全片' } } }
    })
    render(<AssignPostPage />)

    expect(await screen.findByText('黄长青 · 环境卫生监督岗')).toBeTruthy()
    const value = (name: string) => document.querySelector<HTMLInputElement>(`input[name="${name}"]`)?.value
    await waitFor(() => expect(value('areaName')).toBe('四组西片'))
    expect([value('household-0-name'), value('household-0-address'), value('household-0-phone'), value('household-1-name')]).toEqual(['周大勇', '四组2号', '13712345678', '吴秀英'])
    expect([value('duty-0-title'), value('duty-1-title')]).toEqual(['巡查四组西片卫生', '督促垃圾分类'])
    // Neither the member, the post nor a start day to choose: the change counts from today.
    expect(screen.queryByText('哪名党员')).toBeNull()
    expect(screen.queryByText('从哪天起')).toBeNull()

    await type('input', 'areaName', '四组全片')
    await tap('再加一户')
    await type('input', 'household-2-name', '孙桂兰')
    await type('input', 'household-2-phone', '13900001111')
    // The weekly check becomes monthly; the sorting duty goes.
    await tap('每月', 0)
    await tap('删去这项职责', 1)
    await tap('保存调整')

    expect(await screen.findByText('已调整：黄长青 · 环境卫生监督岗 · 四组全片')).toBeTruthy()
    expect(calls(sent, 'adjust')).toEqual([
      {
        action: 'adjust',
        id: 'pa-p',
        area: {
          name: '四组全片',
          kind: 'households',
          households: [
            { name: '周大勇', addressNote: '四组2号', phone: '13712345678' },
            { name: '吴秀英', addressNote: '' },
            { name: '孙桂兰', addressNote: '', phone: '13900001111' },
          ],
        },
        duties: [{ id: 'd1', title: '巡查四组西片卫生', cadence: 'monthly' }],
      },
    ])
    expect(calls(sent, 'assign')).toEqual([])
    await waitFor(() => expect(Taro.navigateBack).toHaveBeenCalled())
  })

  it('shows a refusal in the server\'s words and keeps what was written', async () => {
    openWith({ orgId: 'org-taohua', assignmentId: 'pa-p' })
    installFetch((request) => {
      const body = request.body as { action: string }
      if (body.action === 'catalogue') return { ok: true, data: CATALOGUE }
      if (body.action === 'list') return { ok: true, data: { org: { id: 'org-taohua', name: '桃花村党支部' }, members: [member] } }
      if (body.action === 'listForOrg') return { ok: true, data: { org: { id: 'org-taohua', name: '桃花村党支部' }, assignments: [published] } }
      return { ok: false, code: 'AUTH.OUT_OF_SCOPE', message: '这个岗位属于另一个党组织（黄长青），不在您的管理范围内。' }
    })
    render(<AssignPostPage />)
    await screen.findByText('黄长青 · 环境卫生监督岗')
    await type('input', 'areaName', '四组全片')
    await tap('保存调整')
    expect(await screen.findByText('这个岗位属于另一个党组织（黄长青），不在您的管理范围内。')).toBeTruthy()
    expect(document.querySelector<HTMLInputElement>('input[name="areaName"]')?.value).toBe('四组全片')
    expect(Taro.navigateBack).not.toHaveBeenCalled()
  })
})

const HISTORY = postsContract.actions.history.output.parse({
  title: '黄长青',
  records: [
    { id: 'r2', assignmentId: 'pa-1', dutyId: 'd1', doneOn: '2026-11-20', note: '巡查了四组西片，清走两堆垃圾。', photos: [{ fileID: 'cloud://env/duties/a.jpg', check: 'pending' }], place: { latitude: 30.1, longitude: 110.2, name: '四组晒谷场' }, postName: '环境卫生监督岗', areaName: '四组西片', dutyTitle: '巡查四组西片卫生', memberName: '黄长青' },
    { id: 'r1', assignmentId: 'pa-2', dutyId: 'd1', doneOn: '2026-10-12', note: '走访了六户，讲了医保缴费。', photos: [], place: null, postName: '政策宣传岗', areaName: '二组', dutyTitle: '走访联系户', memberName: '黄长青' },
  ],
})

describe('履岗记录', () => {
  it('shows my records newest first with the duty, the area, the note, photos waiting for the check and the place; no streaks or counts of days', async () => {
    openWith({})
    const { sent } = installFetch((request) => {
      const body = request.body as { action: string }
      if (body.action === 'getMine') return { ok: true, data: { account: null, member: { id: 'm-taohua-09' } } }
      return { ok: true, data: HISTORY }
    })
    render(<DutyHistoryPage />)

    expect(await screen.findByText('我的履岗记录')).toBeTruthy()
    const dates = await screen.findAllByText(/^2026年\d+月\d+日$/)
    expect(dates.map((node) => node.textContent)).toEqual(['2026年11月20日', '2026年10月12日'])
    expect(screen.getByText('巡查四组西片卫生 · 四组西片')).toBeTruthy()
    expect(screen.getByText('巡查了四组西片，清走两堆垃圾。')).toBeTruthy()
    expect(screen.getByText('照片正在审核。')).toBeTruthy()
    expect(screen.getByText('位置：四组晒谷场')).toBeTruthy()
    expect(document.body.textContent).not.toMatch(/连续|打卡|天数|排名|时长/)
    expect(calls(sent, 'history')).toEqual([{ action: 'history', memberId: 'm-taohua-09' }])
  })

  it('asks for one area\'s records when opened from the coverage table', async () => {
    openWith({ assignmentId: 'pa-m-taohua-05-policy' })
    const { sent } = installFetch(() => ({ ok: true, data: { title: '二组（张建国）', records: [] } }))
    render(<DutyHistoryPage />)
    expect(await screen.findByText('二组（张建国）记下的每一笔，新的在前。')).toBeTruthy()
    expect(screen.getByText('还没有记录。')).toBeTruthy()
    expect(calls(sent, 'history')).toEqual([{ action: 'history', assignmentId: 'pa-m-taohua-05-policy' }])
  })
})

describe('明岗公示 (public)', () => {
  it('shows who holds which post, the households with masked phones, and the duties with their cadence, without NutUI', async () => {
    openWith({ orgId: 'org-taohua' })
    const board = postsContract.actions.board.output.parse({
      org: { id: 'org-taohua', name: '桃花村党支部' },
      posts: [
        { id: 'pa-1', postName: '环境卫生监督岗', memberName: '黄长青', area: { ...AREA, households: [{ ...AREA.households[0], phone: '137****5678' }, AREA.households[1]] }, duties: [{ title: '巡查四组西片卫生', cadenceLabel: '每周' }], since: '2026-11-26' },
        { id: 'pa-2', postName: '治安巡逻岗', memberName: '张建国', area: { name: '村口到小学路段', kind: 'place', households: [], place: '村口桥头到村小学的主路' }, duties: [{ title: '巡查治安和安全隐患', cadenceLabel: '每周' }], since: null },
      ],
    })
    installFetch(() => ({ ok: true, data: board }))
    render(<PostsBoardPage />)
    expect(await screen.findByText('黄长青 · 环境卫生监督岗')).toBeTruthy()
    expect(screen.getByText('周大勇，四组2号，137****5678')).toBeTruthy()
    expect(screen.getByText('巡查四组西片卫生（每周）')).toBeTruthy()
    expect(screen.getByText('村口桥头到村小学的主路')).toBeTruthy()
    expect(document.body.textContent).not.toContain('13712345678')
    expect(document.querySelector('.nut-button')).toBeNull()
  })
})

describe('支部承诺 (secretary, 代填)', () => {
  function branchPledge(overrides: Partial<PledgeView>): PledgeView {
    return pledgeViewSchema.parse({
      id: 'pl-b1',
      orgId: 'org-taohua',
      owner: 'branch',
      memberId: null,
      ownerName: '桃花村党支部',
      year: 2026,
      title: '修好三组到村部的路灯',
      content: '年内在三组到村部的路上装十盏路灯。',
      status: 'draft',
      statusLabel: '草稿',
      returnReason: null,
      progress: [],
      selfAssessment: null,
      verdict: null,
      verdictLabel: null,
      verdictComment: null,
      history: [],
      can: ['edit', 'submit'],
      ...overrides,
    })
  }

  it('writes the branch\'s pledge in the branch\'s name and submits it to the township in one tap', async () => {
    openWith({ orgId: 'org-taohua' })
    const { sent } = installFetch((request) => {
      const body = request.body as { action: string }
      if (body.action === 'create') return { ok: true, data: branchPledge({}) }
      return { ok: true, data: branchPledge({ status: 'submitted', statusLabel: '待审核', can: [] }) }
    })
    render(<BranchPledgePage />)
    await type('input', 'title', '修好三组到村部的路灯')
    await type('textarea', 'content', '年内在三组到村部的路上装十盏路灯。')
    await tap('提交给乡镇党委审核')
    await waitFor(() => expect(Taro.redirectTo).toHaveBeenCalledWith({ url: '/packages/secretary/branch-pledge/index?id=pl-b1' }))
    expect(calls(sent, 'create')).toEqual([{ action: 'create', orgId: 'org-taohua', year: chinaYear(), title: '修好三组到村部的路灯', content: '年内在三组到村部的路上装十盏路灯。' }])
    expect(calls(sent, 'submit')).toEqual([{ action: 'submit', id: 'pl-b1' }])
  })

  it('records progress on an approved branch pledge', async () => {
    openWith({ id: 'pl-b1' })
    const approved = branchPledge({ status: 'approved', statusLabel: '公示中', can: ['addProgress', 'selfAssess'] })
    const { sent } = installFetch((request) => {
      const body = request.body as { action: string }
      if (body.action === 'get') return { ok: true, data: approved }
      return { ok: true, data: { ...approved, progress: [{ id: 'p1', date: todayString(), text: '装好了前五盏。', photos: [] }] } }
    })
    render(<BranchPledgePage />)
    expect(await screen.findByText('修好三组到村部的路灯')).toBeTruthy()
    await type('textarea', 'progress', '装好了前五盏。')
    await tap('记下这条进展')
    expect(await screen.findByText('装好了前五盏。')).toBeTruthy()
    expect(calls(sent, 'addProgress')).toEqual([{ action: 'addProgress', id: 'pl-b1', date: todayString(), text: '装好了前五盏。', photos: [] }])
  })
})
