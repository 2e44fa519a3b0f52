import { chinaDate } from '../../src/core/china-time'
import type { PledgeDoc } from '../../src/core/member-work/member-work.docs'
import { pledgeReminderContract, pledgesContract } from '../../src/core/contracts'
import { dataOf, startTestCloud, type TestCloud } from '../support/local-cloud'

jest.setTimeout(60_000)

const MEMBER = 'demo-member-taohua' // 黄长青, m-taohua-09
const SECRETARY = 'demo-secretary-taohua'
const VILLAGER = 'demo-villager-1'
/** The deployment's subscription template (PLEDGE_REMINDER_TEMPLATE_ID), unlike the built-in default. */
const TEMPLATE = 'tmpl-county-pledge-42'
const PHOTO = 'cloud://local-dev.6c6f-local-dev-1300000000/pledges/m-taohua-09/river.jpg'

describe('pledges (承诺践诺) through the gateway', () => {
  let cloud: TestCloud
  const stored = (id: string): PledgeDoc | null => cloud.emulator.db.findOne<PledgeDoc>('pledges', { _id: id })

  beforeAll(async () => {
    // The reminder day set to 1 January, so the reminder is due whenever the test runs; the deployment's own subscription template.
    cloud = await startTestCloud({ functions: ['pledges', 'pledgeReminder'], functionEnvironment: { PLEDGE_REMINDER_DAY: '01-01', PLEDGE_REMINDER_TEMPLATE_ID: TEMPLATE } })
  }, 60_000)
  afterAll(() => cloud?.close())

  it('walks a pledge from draft to the published verdict: returned with a reason, edited, resubmitted, approved onto the public board, progress with a photo, self-assessment, verdict', async () => {
    const draft = dataOf(await cloud.call(MEMBER, pledgesContract, 'create', { memberId: 'm-taohua-09', year: 2026, title: '清理村前河道', content: '每季度组织一次清理村前河道。' }))
    expect(draft).toMatchObject({ status: 'draft', statusLabel: '草稿', ownerName: '黄长青', can: ['edit', 'submit'] })

    const submitted = dataOf(await cloud.call(MEMBER, pledgesContract, 'submit', { id: draft.id }))
    expect(submitted).toMatchObject({ status: 'submitted', can: [] })
    expect(dataOf(await cloud.call(SECRETARY, pledgesContract, 'get', { id: draft.id })).can).toEqual(['return', 'approve'])

    const returned = dataOf(await cloud.call(SECRETARY, pledgesContract, 'return', { id: draft.id, reason: '请写清楚清理哪一段、几个人。' }))
    expect(returned).toMatchObject({ status: 'returned', statusLabel: '已退回', returnReason: '请写清楚清理哪一段、几个人。' })
    const mine = dataOf(await cloud.call(MEMBER, pledgesContract, 'listForMember', { memberId: 'm-taohua-09', year: 2026 }))
    expect(mine.pledges.find((pledge) => pledge.id === draft.id)).toMatchObject({ status: 'returned', returnReason: '请写清楚清理哪一段、几个人。', can: ['edit', 'submit'] })

    const edited = dataOf(await cloud.call(MEMBER, pledgesContract, 'edit', { id: draft.id, content: '每季度组织五名党员清理桥头到村口一段河道。' }))
    expect(edited).toMatchObject({ status: 'returned', content: '每季度组织五名党员清理桥头到村口一段河道。' })
    expect(dataOf(await cloud.call(MEMBER, pledgesContract, 'submit', { id: draft.id }))).toMatchObject({ status: 'submitted', returnReason: null })

    const boardBefore = dataOf(await cloud.call(VILLAGER, pledgesContract, 'board', { orgId: 'org-taohua', year: 2026 }))
    expect(boardBefore.pledges.map((pledge) => pledge.id)).not.toContain(draft.id)
    expect(dataOf(await cloud.call(SECRETARY, pledgesContract, 'approve', { id: draft.id }))).toMatchObject({ status: 'approved', statusLabel: '公示中' })
    const board = dataOf(await cloud.call(VILLAGER, pledgesContract, 'board', { orgId: 'org-taohua', year: 2026 }))
    expect(board.pledges.find((pledge) => pledge.id === draft.id)).toEqual({ id: draft.id, owner: 'member', ownerName: '黄长青', title: '清理村前河道', content: '每季度组织五名党员清理桥头到村口一段河道。', statusLabel: '公示中', progress: [], verdictLabel: null })

    const progressed = dataOf(await cloud.call(MEMBER, pledgesContract, 'addProgress', { id: draft.id, date: '2026-05-02', text: '清理了桥头一段，运走三车垃圾。', photos: [PHOTO] }))
    expect(progressed.progress).toEqual([{ id: 'p1', date: '2026-05-02', text: '清理了桥头一段，运走三车垃圾。', photos: [{ fileID: PHOTO, check: 'pending' }] }])
    // The photo waits for its content check: the board shows the entry, not the photo.
    const boardWithProgress = dataOf(await cloud.call(VILLAGER, pledgesContract, 'board', { orgId: 'org-taohua', year: 2026 }))
    expect(boardWithProgress.pledges.find((pledge) => pledge.id === draft.id)?.progress).toEqual([{ date: '2026-05-02', text: '清理了桥头一段，运走三车垃圾。', photos: [] }])

    expect(dataOf(await cloud.call(MEMBER, pledgesContract, 'selfAssess', { id: draft.id, text: '清理了四次，河道干净了。' }))).toMatchObject({ status: 'selfAssessed', selfAssessment: '清理了四次，河道干净了。' })
    expect(dataOf(await cloud.call(SECRETARY, pledgesContract, 'judge', { id: draft.id, verdict: 'partly', comment: '第四季度没有组织。' }))).toMatchObject({ status: 'reviewed', verdict: 'partly', verdictLabel: '部分兑现' })
    // The verdict reaches the board only when published.
    expect(dataOf(await cloud.call(VILLAGER, pledgesContract, 'board', { orgId: 'org-taohua', year: 2026 })).pledges.find((pledge) => pledge.id === draft.id)?.verdictLabel).toBeNull()
    const published = dataOf(await cloud.call(SECRETARY, pledgesContract, 'publish', { id: draft.id }))
    expect(published).toMatchObject({ status: 'published', can: [] })
    expect(published.history.map((entry) => entry.event)).toEqual(['created', 'submitted', 'returned', 'edited', 'submitted', 'approved', 'edited', 'selfAssessed', 'judged', 'published'])
    expect(dataOf(await cloud.call(VILLAGER, pledgesContract, 'board', { orgId: 'org-taohua', year: 2026 })).pledges.find((pledge) => pledge.id === draft.id)?.verdictLabel).toBe('部分兑现')
  })

  it.each([
    ['approving a draft', SECRETARY, 'approve', { id: 'pl-m-taohua-05-draft' }, 'PLEDGE.NOT_SUBMITTED'],
    ['returning an approved pledge', SECRETARY, 'return', { id: 'pl-m-taohua-05-approved', reason: '再改改' }, 'PLEDGE.NOT_SUBMITTED'],
    ['editing an approved pledge', MEMBER, 'edit', { id: 'pl-m-taohua-09-approved', title: '改一个字' }, 'PLEDGE.LOCKED'],
    ['editing a submitted pledge', MEMBER, 'edit', { id: 'pl-m-taohua-09-submitted', title: '改一个字' }, 'PLEDGE.LOCKED'],
    ['submitting twice', MEMBER, 'submit', { id: 'pl-m-taohua-09-submitted' }, 'PLEDGE.ALREADY_SUBMITTED'],
    ['progress before approval', MEMBER, 'addProgress', { id: 'pl-m-taohua-09-submitted', date: '2026-05-01', text: '做了一些事' }, 'PLEDGE.NOT_APPROVED'],
    ['progress after the self-assessment', MEMBER, 'addProgress', { id: 'pl-m-taohua-09-selfAssessed', date: '2026-05-01', text: '又做了一些事' }, 'PLEDGE.ALREADY_ASSESSED'],
    ['self-assessing a draft', MEMBER, 'selfAssess', { id: 'pl-m-taohua-09-draft', text: '做到了' }, 'PLEDGE.NOT_APPROVED'],
    ['a verdict before the self-assessment', SECRETARY, 'judge', { id: 'pl-m-taohua-09-approved', verdict: 'fulfilled' }, 'PLEDGE.NOT_SELF_ASSESSED'],
    ['publishing before the verdict', SECRETARY, 'publish', { id: 'pl-m-taohua-09-selfAssessed' }, 'PLEDGE.NOT_REVIEWED'],
    ['a secretary approving their own branch\'s pledge', SECRETARY, 'approve', { id: 'pl-org-taohua-2' }, 'PLEDGE.OWN_BRANCH'],
    ['a member editing another member\'s draft', MEMBER, 'edit', { id: 'pl-m-taohua-05-draft', title: '改别人的' }, 'AUTH.OUT_OF_SCOPE'],
    ['another village\'s secretary approving', 'demo-secretary-shangwan', 'approve', { id: 'pl-m-taohua-05-submitted' }, 'AUTH.OUT_OF_SCOPE'],
    ['the other township approving', 'demo-organiser-xihe', 'approve', { id: 'pl-m-taohua-05-submitted' }, 'AUTH.OUT_OF_SCOPE'],
    ['a member approving their own pledge', MEMBER, 'approve', { id: 'pl-m-taohua-09-submitted' }, 'AUTH.FORBIDDEN'],
    ['a villager writing a pledge', VILLAGER, 'submit', { id: 'pl-m-taohua-09-draft' }, 'AUTH.NOT_BOUND'],
    ['a pledge that does not exist', SECRETARY, 'approve', { id: 'pl-nobody' }, 'PLEDGE.NOT_FOUND'],
  ] as const)('refuses %s with its own code and writes nothing', async (_what, openid, action, input, code) => {
    const before = typeof input.id === 'string' ? stored(input.id) : null
    const answer = await cloud.post('pledges', { ...input, action }, { openid })
    expect(answer.body).toMatchObject({ ok: false, code, message: expect.stringMatching(/[\u4e00-\u9fa5]/) })
    expect(stored(input.id)).toEqual(before)
  })

  it('lets the township review the branch\'s own pledge', async () => {
    expect(dataOf(await cloud.call('demo-organiser-dongling', pledgesContract, 'approve', { id: 'pl-org-taohua-2' }))).toMatchObject({ owner: 'branch', ownerName: '桃花村党支部', status: 'approved' })
  })

  it('refuses a photo that was not uploaded to cloud storage, and progress dated in the future', async () => {
    expect(await cloud.call(MEMBER, pledgesContract, 'addProgress', { id: 'pl-m-taohua-09-approved', date: '2026-05-01', text: '做了一些事', photos: ['https://example.com/a.jpg'] })).toMatchObject({ ok: false, code: 'COMMON.BAD_REQUEST', message: expect.stringContaining('photos') })
    expect(await cloud.call(MEMBER, pledgesContract, 'addProgress', { id: 'pl-m-taohua-09-approved', date: '2099-01-01', text: '做了一些事' })).toMatchObject({ ok: false, code: 'DUTY.FUTURE_DATE' })
  })

  it('gives the secretary the review queue, the members without a pledge, the branch minimum and the fulfilment rate', async () => {
    const org = dataOf(await cloud.call(SECRETARY, pledgesContract, 'listForOrg', { orgId: 'org-taohua', year: 2026, status: 'submitted' }))
    expect(org.pledges.every((pledge) => pledge.status === 'submitted')).toBe(true)
    expect(org.pledges.map((pledge) => pledge.id)).toContain('pl-m-taohua-05-submitted')
    // 胡金花 (the secretary), 李建国 and 李宏伟 have none; 高长青 has only a draft, which does not count.
    expect(org.membersWithout.map((member) => member.memberId)).toEqual(['m-taohua-01', 'm-taohua-02', 'm-taohua-03', 'm-taohua-04'])
    expect(org.branchPledges.minimum).toBe(2)
    expect(org.fulfilmentRate).not.toBeNull()
  })

  it('tells the branch\'s secretary, and not the township organiser over it, that they may write a branch pledge, as create decides', async () => {
    const asSecretary = dataOf(await cloud.call(SECRETARY, pledgesContract, 'listForOrg', { orgId: 'org-taohua', year: 2026 }))
    const asTownship = dataOf(await cloud.call('demo-organiser-dongling', pledgesContract, 'listForOrg', { orgId: 'org-taohua', year: 2026 }))
    expect(asSecretary.canWriteBranchPledge).toBe(true)
    expect(asTownship.canWriteBranchPledge).toBe(false)
    // The township reads the same queue; only the write it would be refused is not offered.
    expect(asTownship.pledges.map((pledge) => pledge.id)).toEqual(asSecretary.pledges.map((pledge) => pledge.id))

    expect(await cloud.call('demo-organiser-dongling', pledgesContract, 'create', { orgId: 'org-taohua', year: 2026, title: '乡镇代写', content: '乡镇不能以支部名义写承诺。' })).toMatchObject({ ok: false, code: 'AUTH.FORBIDDEN' })
    expect(dataOf(await cloud.call(SECRETARY, pledgesContract, 'create', { orgId: 'org-taohua', year: 2026, title: '修通村西机耕道', content: '支部组织党员修通村西两公里机耕道。' }))).toMatchObject({ owner: 'branch', status: 'draft' })
  })

  it('sends the one-time reminder to bound members with no pledge this year, once, from the timer only', async () => {
    const year = Number(chinaDate(new Date()).slice(0, 4))
    // 黄长青 makes this year's pledge; 胡金花 (the secretary's own record) makes none.
    const own = dataOf(await cloud.call(MEMBER, pledgesContract, 'create', { memberId: 'm-taohua-09', year, title: '照看留守老人', content: '每月看望两位留守老人。' }))
    dataOf(await cloud.call(MEMBER, pledgesContract, 'submit', { id: own.id }))
    cloud.emulator.outbox.clear()
    // 我的任务 asks the member's consent for the template the server answers: the deployment's, not the default.
    const secretaryOwn = dataOf(await cloud.call(SECRETARY, pledgesContract, 'listForMember', { memberId: 'm-taohua-01', year }))
    expect(secretaryOwn).toMatchObject({ made: 0, reminderTemplateId: TEMPLATE })

    const first = await cloud.runner.call('pledgeReminder', { Type: 'Timer', TriggerName: 'pledgeReminder', Time: new Date().toISOString() })
    expect(first).toMatchObject({ ok: true, data: { year, due: true, failed: 0 } })
    const sent = cloud.emulator.outbox.list()
    const recipients = sent.map((message) => message.touser)
    expect(recipients).toContain(SECRETARY)
    expect(recipients).not.toContain(MEMBER)
    expect(new Set(recipients).size).toBe(recipients.length)
    expect(sent.find((message) => message.touser === SECRETARY)).toMatchObject({ page: 'pages/home/index', data: { thing1: { value: `${year}年党员承诺` } } })
    // …and the reminder goes out with that same template, so the consent given covers it.
    expect(new Set(sent.map((message) => message.templateId))).toEqual(new Set([TEMPLATE]))

    const second = await cloud.runner.call('pledgeReminder', { Type: 'Timer', TriggerName: 'pledgeReminder', Time: new Date().toISOString() })
    expect(second).toMatchObject({ ok: true, data: { sent: 0, skipped: recipients.length } })
    expect(cloud.emulator.outbox.list()).toHaveLength(recipients.length)

    expect((await cloud.post('pledgeReminder', { Type: 'Timer', TriggerName: 'pledgeReminder', Time: '' }, { openid: MEMBER })).body).toMatchObject({ ok: false })
    expect(await cloud.call(SECRETARY, pledgeReminderContract, 'run', {})).toMatchObject({ ok: false, code: 'AUTH.FORBIDDEN' })
    expect(dataOf(await cloud.call('demo-admin', pledgeReminderContract, 'run', { year }))).toMatchObject({ sent: 0 })
  })
})
