import { postsContract } from '../../src/core/contracts'
import { chinaDate } from '../../src/core/china-time'
import type { DutyRecordDoc } from '../../src/core/member-work/member-work.docs'
import { dataOf, startTestCloud, type TestCloud } from '../support/local-cloud'

jest.setTimeout(60_000)

const MEMBER = 'demo-member-taohua' // 黄长青, m-taohua-09
const SECRETARY = 'demo-secretary-taohua'
const PHOTO = 'cloud://local-dev.6c6f-local-dev-1300000000/duties/m-taohua-09/visit.jpg'

describe('posts (设岗定责) through the gateway', () => {
  let cloud: TestCloud
  const records = (): DutyRecordDoc[] => cloud.emulator.db.find<DutyRecordDoc>('dutyRecords', {}, { limit: 10_000 })

  beforeAll(async () => {
    cloud = await startTestCloud({ functions: ['posts'] })
  }, 60_000)
  afterAll(() => cloud?.close())

  it('takes a post through 设岗 → 认岗 → 定岗 → 明岗 → 履岗 → 评岗, and the coverage table changes when the member records a visit', async () => {
    const custom = dataOf(await cloud.call(SECRETARY, postsContract, 'definePost', { orgId: 'org-taohua', name: '文明新风岗', description: '劝导红白事简办' }))
    const catalogue = dataOf(await cloud.call(MEMBER, postsContract, 'catalogue', { orgId: 'org-taohua' }))
    expect(catalogue.posts.map((post) => post.name)).toEqual(['政策宣传岗', '环境卫生监督岗', '矛盾调解岗', '帮扶岗', '治安巡逻岗', '茶园技术服务岗', '文明新风岗'])

    const volunteered = dataOf(await cloud.call(MEMBER, postsContract, 'volunteer', { memberId: 'm-taohua-09', postId: custom.id }))
    expect(volunteered).toMatchObject({ status: 'volunteered', statusLabel: '已认岗，待定岗', area: null, duties: [] })

    const today = chinaDate(new Date())
    const assigned = dataOf(
      await cloud.call(SECRETARY, postsContract, 'assign', {
        memberId: 'm-taohua-09',
        postId: custom.id,
        area: { name: '三组东片', kind: 'households', households: [{ name: '王德福', addressNote: '三组5号', phone: '13912345678' }, { name: '李桂兰', addressNote: '三组7号' }] },
        duties: [{ title: '走访联系户，劝导移风易俗', cadence: 'monthly' }],
        since: `${today.slice(0, 4)}-01-01`,
      }),
    )
    expect(assigned).toMatchObject({ id: volunteered.id, status: 'assigned', area: { households: [{ name: '王德福', phone: '139****5678' }, { name: '李桂兰', phone: null }] } })
    expect(await cloud.call(MEMBER, postsContract, 'recordDuty', { assignmentId: assigned.id, dutyId: 'd1', doneOn: today, note: '走访了王德福家。' })).toMatchObject({ ok: false, code: 'DUTY.NOT_PUBLISHED' })

    expect(dataOf(await cloud.call(SECRETARY, postsContract, 'publish', { id: assigned.id }))).toMatchObject({ status: 'published', statusLabel: '已明岗' })
    const tableBefore = dataOf(await cloud.call(SECRETARY, postsContract, 'coverage', { orgId: 'org-taohua' }))
    const rowBefore = tableBefore.areas.find((area) => area.assignmentId === assigned.id)
    expect(rowBefore?.totals.dueNow).toBe(1)

    const recorded = dataOf(await cloud.call(MEMBER, postsContract, 'recordDuty', { assignmentId: assigned.id, dutyId: 'd1', doneOn: today, note: '走访了王德福家，讲了红白事简办。', photos: [PHOTO], place: { latitude: 30.1, longitude: 110.2, name: '三组' } }))
    expect(recorded.record).toMatchObject({ doneOn: today, photos: [{ fileID: PHOTO, check: 'pending' }], place: { latitude: 30.1, longitude: 110.2, name: '三组' } })
    expect(recorded.assignment.duties[0].current).toMatchObject({ done: true })
    expect(recorded.assignment.duties[0].lastDoneOn).toBe(today)

    const tableAfter = dataOf(await cloud.call(SECRETARY, postsContract, 'coverage', { orgId: 'org-taohua' }))
    expect(tableAfter.areas.find((area) => area.assignmentId === assigned.id)?.totals.dueNow).toBe(0)
    expect(tableAfter.branch.dueNow).toBe(tableBefore.branch.dueNow - 1)

    const reviewed = dataOf(await cloud.call(SECRETARY, postsContract, 'review', { id: assigned.id, period: '本年度', rating: 'competent', comment: '走访认真。' }))
    expect(reviewed.reviews).toEqual([expect.objectContaining({ rating: 'competent', ratingLabel: '称职', comment: '走访认真。', by: '胡金花' })])
  })

  it('keeps a record without a place when none is given (location only with consent)', async () => {
    const answer = dataOf(await cloud.call(MEMBER, postsContract, 'recordDuty', { assignmentId: 'pa-m-taohua-09-policy', dutyId: 'd2', doneOn: '2026-10-08', note: '向支部汇报了联系户情况。' }))
    expect(answer.record).toMatchObject({ place: null, photos: [] })
    expect(records().find((record) => record._id === answer.record.id)).toMatchObject({ place: null, doneOn: '2026-10-08' })
  })

  it.each([
    ['recording a duty in someone else\'s area', MEMBER, 'recordDuty', { assignmentId: 'pa-m-taohua-05-policy', dutyId: 'd1', doneOn: '2026-06-10', note: '替别人记一笔' }, 'DUTY.NOT_YOUR_AREA'],
    ['a secretary recording in a member\'s area', SECRETARY, 'recordDuty', { assignmentId: 'pa-m-taohua-09-policy', dutyId: 'd1', doneOn: '2026-06-10', note: '替党员记一笔' }, 'DUTY.NOT_YOUR_AREA'],
    ['recording in another village\'s area', 'demo-member-shangwan', 'recordDuty', { assignmentId: 'pa-m-taohua-09-policy', dutyId: 'd1', doneOn: '2026-06-10', note: '走错了村' }, 'AUTH.OUT_OF_SCOPE'],
    ['recording before the post is published', 'demo-member-taohua', 'recordDuty', { assignmentId: 'pa-m-taohua-09-patrol', dutyId: 'd1', doneOn: '2026-06-10', note: '巡查了一趟' }, 'DUTY.NOT_PUBLISHED'],
    ['recording a duty the area does not have', MEMBER, 'recordDuty', { assignmentId: 'pa-m-taohua-09-policy', dutyId: 'd9', doneOn: '2026-06-10', note: '不知道哪一项' }, 'DUTY.NOT_FOUND'],
    ['recording a day still to come', MEMBER, 'recordDuty', { assignmentId: 'pa-m-taohua-09-policy', dutyId: 'd1', doneOn: '2099-01-01', note: '提前记上' }, 'DUTY.FUTURE_DATE'],
    ['publishing a post that was only volunteered for', SECRETARY, 'publish', { id: 'pa-m-taohua-03-assistance' }, 'POST.NOT_ASSIGNED'],
    ['volunteering twice for the same post', MEMBER, 'volunteer', { memberId: 'm-taohua-09', postId: 'policy' }, 'POST.ALREADY_HELD'],
    ['assigning a post the member already holds', SECRETARY, 'assign', { memberId: 'm-taohua-05', postId: 'policy', area: { name: '一组', kind: 'place', place: '村部广场' }, duties: [{ title: '巡查', cadence: 'weekly' }], since: '2026-01-01' }, 'POST.ALREADY_HELD'],
    ['a custom post named like a common one', SECRETARY, 'definePost', { orgId: 'org-taohua', name: '帮扶岗' }, 'POST.NAME_TAKEN'],
    ['a post that does not exist', SECRETARY, 'volunteer', { memberId: 'm-taohua-05', postId: 'post-nowhere' }, 'POST.NOT_FOUND'],
    ['another village\'s coverage', 'demo-secretary-shangwan', 'coverage', { orgId: 'org-taohua' }, 'AUTH.OUT_OF_SCOPE'],
    ['a member reading another member\'s tasks', MEMBER, 'myTasks', { memberId: 'm-taohua-05' }, 'AUTH.OUT_OF_SCOPE'],
    ['a member reviewing posts', MEMBER, 'review', { id: 'pa-m-taohua-09-policy', period: '本年度', rating: 'excellent' }, 'AUTH.FORBIDDEN'],
  ] as const)('refuses %s with its own code and writes nothing', async (_what, openid, action, input, code) => {
    const before = records().length
    const assignments = cloud.emulator.db.find('postAssignments', {}, { limit: 10_000 })
    const answer = await cloud.post('posts', { ...input, action }, { openid })
    expect(answer.body).toMatchObject({ ok: false, code, message: expect.stringMatching(/[\u4e00-\u9fa5]/) })
    expect(records()).toHaveLength(before)
    expect(cloud.emulator.db.find('postAssignments', {}, { limit: 10_000 })).toEqual(assignments)
  })

  it('shows the branch coverage from the seed: May missed in every published area, a quarterly report done each quarter, what waits for 定岗 and 明岗', async () => {
    const table = dataOf(await cloud.call(SECRETARY, postsContract, 'coverage', { orgId: 'org-taohua', from: '2026-01-01' }))
    const zhang = table.areas.find((area) => area.assignmentId === 'pa-m-taohua-05-policy')
    expect(zhang).toMatchObject({ memberName: '张建国', postName: '政策宣传岗' })
    expect(zhang?.totals.overdue).toBeGreaterThanOrEqual(1)
    expect(table.overdue).toContainEqual({ assignmentId: 'pa-m-taohua-05-policy', memberName: '张建国', areaName: expect.any(String), dutyTitle: '走访联系户', period: { start: '2026-05-01', end: '2026-05-31' } })
    expect(table.overdue.filter((entry) => entry.dutyTitle === '向支部汇报联系户情况' && entry.period.end <= '2026-09-30')).toEqual([])
    expect(table.waiting).toEqual(expect.arrayContaining([expect.objectContaining({ assignmentId: 'pa-m-taohua-03-assistance', statusLabel: '已认岗，待定岗' }), expect.objectContaining({ assignmentId: 'pa-m-taohua-05-patrol', statusLabel: '已定岗，待明岗' })]))
    for (const row of [...table.members, ...table.areas]) expect(row.totals.doneOnTime + row.totals.overdue).toBe(row.totals.due)
  })

  it('gives a member "我的任务": their posts, what is due this period, phones of linked households masked', async () => {
    const tasks = dataOf(await cloud.call(MEMBER, postsContract, 'myTasks', { memberId: 'm-taohua-09' }))
    expect(tasks.assignments.map((assignment) => assignment.postName)).toEqual(expect.arrayContaining(['政策宣传岗', '治安巡逻岗']))
    const policy = tasks.assignments.find((assignment) => assignment.id === 'pa-m-taohua-09-policy')
    expect(policy?.duties.map((duty) => duty.cadenceLabel)).toEqual(['每月', '每季度'])
    expect(policy?.area?.households.every((household) => household.phone === null || /^\d{3}\*{4}\d{4}$/.test(household.phone))).toBe(true)
  })
})
