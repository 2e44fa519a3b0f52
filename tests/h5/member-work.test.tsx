import { act, configure, fireEvent, render, screen } from '@testing-library/react'
import Taro, { useRouter } from '@tarojs/taro'
import { pledgesContract, pledgeViewSchema, type PledgeView } from '@/core/contracts/pledges.contract'
import { assignmentViewSchema, type AssignmentView } from '@/core/contracts/posts.contract'
import { todayString } from '@/components/Form'
import MyTasksPage from '@/packages/member/tasks/index'
import RecordDutyPage from '@/packages/member/record/index'
import CoveragePage from '@/packages/secretary/duty-coverage/index'
import PledgeReviewPage from '@/packages/secretary/pledges/index'
import { postsContract } from '@/core/contracts/posts.contract'
import { installFetch, type SentRequest } from '../support/fetch-double'
import { tap, type } from '../support/h5-actions'

function openWith(params: Record<string, string>) {
  jest.mocked(useRouter).mockReturnValue({ params, path: '' } as unknown as ReturnType<typeof useRouter>)
}

const fnCalls = (sent: SentRequest[]) => sent.filter((request) => request.url.startsWith('/api/fn/'))

/** A pledge as the server answers it, checked against the contract so the fixture cannot drift from it. */
function pledge(overrides: Partial<PledgeView>): PledgeView {
  return pledgeViewSchema.parse({
    id: 'pl-1',
    orgId: 'org-taohua',
    owner: 'member',
    memberId: 'm-taohua-02',
    ownerName: '王建国',
    year: 2026,
    title: '帮三组老人代购药品',
    content: '每月两次去镇上给三组三户老人代购常用药',
    status: 'submitted',
    statusLabel: '待审核',
    returnReason: null,
    progress: [],
    selfAssessment: null,
    verdict: null,
    verdictLabel: null,
    verdictComment: null,
    history: [],
    can: ['approve', 'return'],
    ...overrides,
  })
}

function assignment(): AssignmentView {
  return assignmentViewSchema.parse({
    id: 'pa-1',
    orgId: 'org-taohua',
    postId: 'post-1',
    postName: '联系群众岗',
    memberId: 'm-taohua-02',
    memberName: '王建国',
    status: 'published',
    statusLabel: '已明岗',
    area: { name: '三组东片', kind: 'households', households: [{ name: '张大爷', addressNote: '三组12号', phone: '138****5678' }], place: null },
    duties: [
      { id: 'd-visit', title: '走访联系户', cadence: 'weekly', cadenceLabel: '每周', since: '2026-01-05', due: 46, doneOnTime: 44, overdue: 2, overduePeriods: [], current: { start: '2026-11-23', end: '2026-11-29', done: false }, lastDoneOn: '2026-11-18' },
      { id: 'd-clean', title: '清理公共区域', cadence: 'monthly', cadenceLabel: '每月', since: '2026-01-05', due: 10, doneOnTime: 10, overdue: 0, overduePeriods: [], current: { start: '2026-11-01', end: '2026-11-30', done: true }, lastDoneOn: '2026-11-10' },
    ],
    totals: { due: 56, doneOnTime: 54, overdue: 2, dueNow: 1, onTimeRate: 0.96 },
    reviews: [],
  })
}

// The whole suite runs beside browsers and compilers on two cores: give slow renders time before failing.
configure({ asyncUtilTimeout: 5000 })

beforeEach(() => {
  localStorage.clear()
  jest.mocked(Taro.navigateTo).mockClear()
})

describe('我的任务', () => {
  it('shows what is due this period, what is already done, my pledges with the return reason, and opens the record form in one tap', async () => {
    openWith({})
    installFetch((request) => {
      const body = request.body as { action: string }
      if (body.action === 'getMine') return { ok: true, data: { account: null, member: { id: 'm-taohua-02' } } }
      if (body.action === 'myTasks') return { ok: true, data: { asOf: '2026-11-26', assignments: [assignment()], totals: assignment().totals } }
      return { ok: true, data: { year: 2026, minimum: 1, made: 0, pledges: [pledge({ status: 'returned', statusLabel: '已退回', returnReason: '请写清楚帮哪几户', can: ['edit', 'submit'] })], reminderTemplateId: 'pledge-reminder-template' } }
    })
    render(<MyTasksPage />)

    expect(await screen.findByText('走访联系户')).toBeTruthy()
    expect(screen.getByText('本周（11月23日—11月29日）还没有记')).toBeTruthy()
    expect(screen.getByText('本月已记下 ✓')).toBeTruthy()
    expect(screen.getByText('退回原因：请写清楚帮哪几户')).toBeTruthy()
    expect(document.body.textContent).not.toMatch(/连续|打卡天数|排名/)

    await act(async () => {
      fireEvent.click(screen.getAllByText('记一笔')[0])
    })
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/member/record/index?assignmentId=pa-1&dutyId=d-visit&duty=%E8%B5%B0%E8%AE%BF%E8%81%94%E7%B3%BB%E6%88%B7&area=%E4%B8%89%E7%BB%84%E4%B8%9C%E7%89%87' })
  })

  it('asks the member to subscribe to the reminder with the template id the server answered, not a built-in one', async () => {
    openWith({})
    installFetch((request) => {
      const body = request.body as { action: string }
      if (body.action === 'getMine') return { ok: true, data: { account: null, member: { id: 'm-taohua-02' } } }
      if (body.action === 'myTasks') return { ok: true, data: { asOf: '2026-11-26', assignments: [], totals: { due: 0, doneOnTime: 0, overdue: 0, dueNow: 0, onTimeRate: null } } }
      return { ok: true, data: { year: 2026, minimum: 1, made: 0, pledges: [], reminderTemplateId: 'tmpl-county-deployment' } }
    })
    const { rerender } = render(<MyTasksPage />)
    expect(await screen.findByText(/今年还没有承诺/)).toBeTruthy()
    // Subscription messages exist only in WeChat: the h5 build offers no reminder.
    expect(screen.queryByText('现在没空写？到时候提醒我')).toBeNull()

    // Drawn again as the weapp build draws it (the loaded answer stays; nothing is fetched again).
    const built = process.env.TARO_ENV
    process.env.TARO_ENV = 'weapp'
    try {
      rerender(<MyTasksPage />)
      await tap('现在没空写？到时候提醒我')
    } finally {
      process.env.TARO_ENV = built
    }
    expect(Taro.requestSubscribeMessage).toHaveBeenCalledWith({ tmplIds: ['tmpl-county-deployment'], entityIds: [] })
    expect(await screen.findByText('好的，到时候会提醒您一次。')).toBeTruthy()
  })
})

describe('记一笔 (the duty record form)', () => {
  it('defaults to today, says photos are checked before others see them, and keeps the text when the server refuses', async () => {
    openWith({ assignmentId: 'pa-1', dutyId: 'd-visit', duty: '走访联系户', area: '三组东片' })
    let refuse = true
    const { sent } = installFetch(() =>
      refuse ? { ok: false, code: 'POSTS.NOT_YOUR_AREA', message: '这不是您的责任区，不能在这里记录。' } : { ok: true, data: { record: {}, assignment: assignment() } },
    )
    render(<RecordDutyPage />)

    expect(screen.getByText('走访联系户')).toBeTruthy()
    expect(screen.getByText('责任区：三组东片')).toBeTruthy()
    const [year, month, day] = todayString().split('-')
    expect(screen.getByText(`${year}年${Number(month)}月${Number(day)}日`)).toBeTruthy()
    expect(screen.getByText('照片审核通过后，别人才能看到。')).toBeTruthy()
    // No place is asked for on h5: only WeChat's own picker, after a tap, may add one.
    expect(screen.queryByText('附上位置')).toBeNull()

    await type('note', '走访张大爷家，帮他问了医保报销')
    await tap('保存这条记录')
    expect(await screen.findByText('这不是您的责任区，不能在这里记录。')).toBeTruthy()
    expect((document.querySelector('textarea[name="note"]') as HTMLTextAreaElement).value).toBe('走访张大爷家，帮他问了医保报销')

    refuse = false
    await tap('保存这条记录')
    expect(await screen.findByText('已记下')).toBeTruthy()
    expect(fnCalls(sent)[1]).toMatchObject({
      url: '/api/fn/posts',
      body: { action: 'recordDuty', assignmentId: 'pa-1', dutyId: 'd-visit', doneOn: todayString(), note: '走访张大爷家，帮他问了医保报销', photos: [] },
    })
    expect(fnCalls(sent)[1].body).not.toHaveProperty('place')
  })

  it('defaults to today in China whatever the phone’s zone: a visit at 0:45 on New Year’s Day is not filed under last year', async () => {
    // The test machine's zone is UTC, where it is still 12月31日.
    jest.useFakeTimers({ now: new Date('2026-12-31T16:45:00.000Z'), doNotFake: ['setTimeout', 'setInterval', 'clearTimeout', 'clearInterval', 'queueMicrotask', 'nextTick', 'setImmediate', 'clearImmediate', 'requestAnimationFrame', 'cancelAnimationFrame', 'requestIdleCallback', 'cancelIdleCallback', 'performance', 'hrtime'] })
    try {
      openWith({ assignmentId: 'pa-1', dutyId: 'd-visit', duty: '走访联系户', area: '三组东片' })
      const { sent } = installFetch(() => ({ ok: true, data: { record: {}, assignment: assignment() } }))
      render(<RecordDutyPage />)
      expect(screen.getByText('2027年1月1日')).toBeTruthy()
      await type('note', '新年走访联系户')
      await tap('保存这条记录')
      expect(await screen.findByText('已记下')).toBeTruthy()
      expect(fnCalls(sent)[0].body).toMatchObject({ action: 'recordDuty', doneOn: '2027-01-01' })
    } finally {
      jest.useRealTimers()
    }
  })
})

describe('承诺审核 (the secretary’s review queue)', () => {
  function orgPledges(pledges: PledgeView[]) {
    return {
      ok: true,
      data: pledgesContract.actions.listForOrg.output.parse({
        org: { id: 'org-taohua', name: '桃花村党支部' },
        year: 2026,
        pledges,
        counts: { draft: 0, submitted: pledges.length, returned: 0, approved: 0, selfAssessed: 0, reviewed: 0, published: 0 },
        membersWithout: [{ memberId: 'm-taohua-05', name: '赵桂兰' }],
        branchPledges: { made: 1, minimum: 2 },
        fulfilmentRate: null,
        canWriteBranchPledge: true,
      }),
    }
  }

  it('returns a pledge with the reason written, then approves another; each leaves the queue', async () => {
    openWith({ orgId: 'org-taohua' })
    const second = pledge({ id: 'pl-2', ownerName: '李秀英', title: '义务清扫村口道路' })
    const { sent } = installFetch((request) => {
      const body = request.body as { action: string; id?: string }
      if (body.action === 'listForOrg') return orgPledges([pledge({}), second])
      if (body.action === 'return') return { ok: true, data: pledge({ status: 'returned', statusLabel: '已退回', returnReason: '请写清楚帮哪几户', can: [] }) }
      return { ok: true, data: pledge({ id: 'pl-2', ownerName: '李秀英', title: '义务清扫村口道路', status: 'approved', statusLabel: '已公示', can: [] }) }
    })
    render(<PledgeReviewPage />)

    expect(await screen.findByText('等您处理（2）')).toBeTruthy()
    expect(screen.getByText('赵桂兰')).toBeTruthy()

    await act(async () => {
      fireEvent.click(screen.getAllByText('退回修改')[0])
    })
    await type('reason-pl-1', '请写清楚帮哪几户')
    await tap('确认退回')
    expect(await screen.findByText('等您处理（1）')).toBeTruthy()
    expect(fnCalls(sent)[1].body).toEqual({ action: 'return', id: 'pl-1', reason: '请写清楚帮哪几户' })

    await tap('审核通过并公示')
    expect(await screen.findByText('现在没有等您审核的承诺。')).toBeTruthy()
    expect(fnCalls(sent)[2].body).toEqual({ action: 'approve', id: 'pl-2' })
    expect(screen.getByText('已公示')).toBeTruthy()
  })

  it('shows the server’s refusal in its own words when a return has no reason', async () => {
    openWith({ orgId: 'org-taohua' })
    installFetch((request) => {
      const body = request.body as { action: string }
      if (body.action === 'listForOrg') return orgPledges([pledge({})])
      return { ok: false, code: 'COMMON.BAD_REQUEST', message: '提交的内容有误：请写明退回的原因。' }
    })
    render(<PledgeReviewPage />)
    await screen.findByText('退回修改')
    await tap('退回修改')
    await tap('确认退回')
    expect(await screen.findByText('提交的内容有误：请写明退回的原因。')).toBeTruthy()
    expect(screen.getByText('等您处理（1）')).toBeTruthy()
  })

  it('takes an approved pledge off the board with a reason the member will read', async () => {
    openWith({ orgId: 'org-taohua' })
    const onBoard = pledge({ status: 'approved', statusLabel: '公示中', can: ['withdraw'] })
    const { sent } = installFetch((request) => {
      const body = request.body as { action: string }
      if (body.action === 'listForOrg') return orgPledges([onBoard])
      return { ok: true, data: pledge({ status: 'returned', statusLabel: '已退回', returnReason: '村里重新安排了送菜，请按新安排改写', can: [] }) }
    })
    render(<PledgeReviewPage />)
    // Nothing waits for the secretary; the approved pledge is among the others, with its one extra step.
    expect(await screen.findByText('现在没有等您审核的承诺。')).toBeTruthy()
    await tap('撤下公示')
    await type('reason-pl-1', '村里重新安排了送菜，请按新安排改写')
    await tap('确认撤下')
    // Back with its author: the card now reads 已退回 and offers nothing more.
    expect(await screen.findByText('已退回')).toBeTruthy()
    expect(fnCalls(sent).map((call) => call.body)).toContainEqual({ action: 'withdraw', id: 'pl-1', reason: '村里重新安排了送菜，请按新安排改写' })
    expect(screen.queryByText('撤下公示')).toBeNull()
  })
})

describe('履岗情况 (the secretary’s coverage table)', () => {
  const late = { due: 11, doneOnTime: 9, overdue: 2, dueNow: 1, onTimeRate: 0.82 }
  const clean = { due: 4, doneOnTime: 4, overdue: 0, dueNow: 0, onTimeRate: 1 }
  const coverage = postsContract.actions.coverage.output.parse({
    org: { id: 'org-taohua', name: '桃花村党支部' },
    asOf: '2026-11-26',
    from: '2026-01-01',
    branch: { due: 15, doneOnTime: 13, overdue: 2, dueNow: 1, onTimeRate: 0.87 },
    members: [
      { memberId: 'm-taohua-09', memberName: '黄长青', totals: late },
      { memberId: 'm-taohua-05', memberName: '张建国', totals: clean },
    ],
    areas: [{ assignmentId: 'pa-m-taohua-09-policy', memberName: '黄长青', postName: '政策宣传岗', areaName: '3组联系户', totals: late }],
    overdue: [{ assignmentId: 'pa-m-taohua-09-policy', memberName: '黄长青', areaName: '3组联系户', dutyTitle: '走访联系户', period: { start: '2026-05-01', end: '2026-05-31' } }],
    waiting: [{ assignmentId: 'pa-m-taohua-07-help', memberName: '李宏伟', postName: '帮扶岗', statusLabel: '已认岗，待定岗' }],
  })

  it('lists the overdue duty first, figures per member and per area, and rates an area for this quarter (评岗)', async () => {
    openWith({ orgId: 'org-taohua' })
    const { sent } = installFetch((request) => {
      const body = request.body as { action: string }
      if (body.action === 'coverage') return { ok: true, data: coverage }
      return { ok: true, data: assignment() }
    })
    render(<CoveragePage />)

    expect(await screen.findByText('走访联系户：5月1日—5月31日没有记')).toBeTruthy()
    expect(screen.getAllByText('应 11 · 按时 9 · 逾期 2 · 本期待记 1')).toHaveLength(2)
    expect(screen.getByText('应 4 · 按时 4 · 逾期 0 · 本期已记')).toBeTruthy()
    expect(screen.getByText('本周期还有 1 项职责没有记')).toBeTruthy()
    expect(screen.getByText('已认岗，待定岗')).toBeTruthy()

    await tap('3组联系户（黄长青）')
    await tap('称职')
    await tap('确定评岗')
    expect(await screen.findByText('已评岗：2026年第4季度')).toBeTruthy()
    expect(fnCalls(sent)[1].body).toEqual({ action: 'review', id: 'pa-m-taohua-09-policy', period: '2026年第4季度', rating: 'competent', comment: '' })
  })
})
