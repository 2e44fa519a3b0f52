/**
 * 调整责任区 (posts.adjust) against the real local cloud: the secretary changes the households
 * and a duty's cadence of a published post; the member's 我的任务 and the public board follow at
 * once, the records already made stay with their duty and what the duty owed before keeps its
 * figures; another village's secretary is refused and nothing changes; bad input gets the codes
 * and words of 定岗.
 */
import { postsContract } from '../../src/core/contracts'
import { chinaDate } from '../../src/core/china-time'
import type { PostAssignmentDoc } from '../../src/core/member-work/member-work.docs'
import { dataOf, startTestCloud, type TestCloud } from '../support/local-cloud'

jest.setTimeout(60_000)

const MEMBER = 'demo-member-taohua' // 黄长青, m-taohua-09
const SECRETARY = 'demo-secretary-taohua'
const OTHER_SECRETARY = 'demo-secretary-shangwan'
const TOWNSHIP = 'demo-organiser-dongling'
const VILLAGER = 'demo-villager-1'
const POLICY = 'pa-m-taohua-09-policy' // published: six households, 走访联系户 monthly (d1) and a quarterly report (d2) since 1 January

describe('posts.adjust (调整责任区) through the gateway', () => {
  let cloud: TestCloud
  const stored = (id: string): PostAssignmentDoc => cloud.emulator.db.find<PostAssignmentDoc>('postAssignments', { _id: id }, { limit: 1 })[0]

  beforeAll(async () => {
    cloud = await startTestCloud({ functions: ['posts'] })
  }, 60_000)
  afterAll(() => cloud?.close())

  it('a secretary changes the households and makes the monthly visit weekly: 我的任务 and the board follow, past records and figures stay', async () => {
    const today = chinaDate(new Date())
    const before = dataOf(await cloud.call(MEMBER, postsContract, 'myTasks', { memberId: 'm-taohua-09' }))
    const policyBefore = before.assignments.find((assignment) => assignment.id === POLICY)
    const visitBefore = policyBefore?.duties.find((duty) => duty.id === 'd1')
    expect(visitBefore).toMatchObject({ title: '走访联系户', cadence: 'monthly' })
    const recordsBefore = dataOf(await cloud.call(MEMBER, postsContract, 'history', { assignmentId: POLICY })).records

    // The secretary starts from what 设岗定责 shows them (whole phones for their own branch).
    const list = dataOf(await cloud.call(SECRETARY, postsContract, 'listForOrg', { orgId: 'org-taohua' }))
    const current = list.assignments.find((assignment) => assignment.id === POLICY)
    const [first, second] = current?.area?.households ?? []
    const adjusted = dataOf(
      await cloud.call(SECRETARY, postsContract, 'adjust', {
        id: POLICY,
        area: {
          name: '五组全片',
          kind: 'households',
          households: [
            { name: first.name, addressNote: first.addressNote, ...(first.phone ? { phone: first.phone } : {}) },
            { name: second.name, addressNote: '五组新房12号', ...(second.phone ? { phone: second.phone } : {}) },
            { name: '孙桂兰', addressNote: '五组20号', phone: '13900001111' },
          ],
        },
        duties: [
          { id: 'd1', title: '走访联系户', cadence: 'weekly' },
          { id: 'd2', title: '向支部汇报联系户情况', cadence: 'quarterly' },
        ],
      }),
    )
    expect(adjusted.area?.households.map((household) => household.name)).toEqual([first.name, second.name, '孙桂兰'])
    expect(adjusted.area?.households[2].phone).toBe('13900001111')

    // 我的任务: the weekly visit from today, the report as it was; the monthly visit stopped today with its figures.
    const after = dataOf(await cloud.call(MEMBER, postsContract, 'myTasks', { memberId: 'm-taohua-09' }))
    const policy = after.assignments.find((assignment) => assignment.id === POLICY)
    expect(policy?.area?.name).toBe('五组全片')
    // In the order the secretary listed them.
    expect(policy?.duties.map((duty) => [duty.title, duty.cadenceLabel, duty.since])).toEqual([
      ['走访联系户', '每周', today],
      ['向支部汇报联系户情况', '每季度', '2026-01-01'],
    ])
    expect(policy?.duties.some((duty) => duty.id === 'd1')).toBe(false)
    expect(policy?.endedDuties).toEqual([expect.objectContaining({ id: 'd1', title: '走访联系户', cadence: 'monthly', until: today, current: null })])
    const ended = policy?.endedDuties[0]
    expect({ due: ended?.due, doneOnTime: ended?.doneOnTime, overdue: ended?.overdue, lastDoneOn: ended?.lastDoneOn }).toEqual({ due: visitBefore?.due, doneOnTime: visitBefore?.doneOnTime, overdue: visitBefore?.overdue, lastDoneOn: visitBefore?.lastDoneOn })
    // What was owed before stays owed or done; nothing is lost from the totals.
    expect({ due: policy?.totals.due, doneOnTime: policy?.totals.doneOnTime, overdue: policy?.totals.overdue }).toEqual({ due: policyBefore?.totals.due, doneOnTime: policyBefore?.totals.doneOnTime, overdue: policyBefore?.totals.overdue })
    // The records already made stay attached to their duty, with its title.
    const recordsAfter = dataOf(await cloud.call(MEMBER, postsContract, 'history', { assignmentId: POLICY })).records
    expect(recordsAfter.map((record) => [record.id, record.dutyId, record.dutyTitle])).toEqual(recordsBefore.map((record) => [record.id, record.dutyId, record.dutyTitle]))
    expect(recordsAfter.length).toBeGreaterThan(0)

    // 履岗 goes to the running duties only.
    const weekly = policy?.duties.find((duty) => duty.cadence === 'weekly')
    expect(await cloud.call(MEMBER, postsContract, 'recordDuty', { assignmentId: POLICY, dutyId: 'd1', doneOn: today, note: '走访了三户。' })).toMatchObject({ ok: false, code: 'DUTY.NOT_FOUND' })
    dataOf(await cloud.call(MEMBER, postsContract, 'recordDuty', { assignmentId: POLICY, dutyId: weekly?.id ?? '', doneOn: today, note: '走访了三户。' }))

    // The public board shows the new area at once, phones masked as before, and only the running duties.
    const board = dataOf(await cloud.call(VILLAGER, postsContract, 'board', { orgId: 'org-taohua' }))
    const post = board.posts.find((candidate) => candidate.id === POLICY)
    expect(post?.area.name).toBe('五组全片')
    expect(post?.area.households).toContainEqual({ name: '孙桂兰', addressNote: '五组20号', phone: '139****1111' })
    expect(post?.duties).toEqual([
      { title: '走访联系户', cadenceLabel: '每周' },
      { title: '向支部汇报联系户情况', cadenceLabel: '每季度' },
    ])
    expect(JSON.stringify(board)).not.toContain('13900001111')

    // The history entry: who, when, what changed, in names only; no OPENID, no phone.
    const entries = stored(POLICY).adjustments ?? []
    expect(entries).toHaveLength(1)
    expect(Object.keys(entries[0]).sort()).toEqual(['at', 'by', 'changes'])
    expect(entries[0].by).not.toBe('')
    expect(entries[0].changes).toEqual(expect.arrayContaining([`责任区名称：${current?.area?.name} → 五组全片`, '新增联系户：孙桂兰', `${second.name}的住址说明改了`, '“走访联系户”由每月改为每周']))
    expect(JSON.stringify(entries)).not.toContain(SECRETARY)
    expect(JSON.stringify(entries)).not.toContain('1390000')
    expect(policy?.adjustments).toEqual(entries)
  })

  it('refuses another village\'s secretary and changes nothing', async () => {
    const before = stored('pa-m-taohua-05-policy')
    const answer = await cloud.call(OTHER_SECRETARY, postsContract, 'adjust', {
      id: 'pa-m-taohua-05-policy',
      area: { name: '别村的片区', kind: 'place', place: '上湾村口' },
      duties: [{ title: '巡查', cadence: 'weekly' }],
    })
    expect(answer).toMatchObject({ ok: false, code: 'AUTH.OUT_OF_SCOPE' })
    expect(stored('pa-m-taohua-05-policy')).toEqual(before)
  })

  it('lets the township keep phones it only sees masked, and adjusts an assigned post before 明岗 by rewriting 定岗', async () => {
    const list = dataOf(await cloud.call(TOWNSHIP, postsContract, 'listForOrg', { orgId: 'org-taohua' }))
    const area = list.assignments.find((assignment) => assignment.id === 'pa-m-taohua-05-policy')?.area
    const masked = area?.households.find((household) => household.phone !== null)
    const whole = stored('pa-m-taohua-05-policy').area?.households.find((household) => household.name === masked?.name)?.phone
    expect(masked?.phone).toMatch(/^1\d{2}\*{4}\d{4}$/)
    dataOf(
      await cloud.call(TOWNSHIP, postsContract, 'adjust', {
        id: 'pa-m-taohua-05-policy',
        area: { name: '一组联系户', kind: 'households', households: [{ name: masked?.name ?? '', addressNote: masked?.addressNote ?? '', phone: masked?.phone ?? '' }] },
        duties: [{ id: 'd1', title: '走访联系户', cadence: 'monthly' }, { id: 'd2', title: '向支部汇报联系户情况', cadence: 'quarterly' }],
      }),
    )
    expect(stored('pa-m-taohua-05-policy').area?.households).toEqual([{ name: masked?.name, addressNote: masked?.addressNote, phone: whole }])
    // A masked phone that is not the one shown is refused, not stored.
    expect(
      await cloud.call(TOWNSHIP, postsContract, 'adjust', {
        id: 'pa-m-taohua-05-policy',
        area: { name: '一组联系户', kind: 'households', households: [{ name: '不认识的人', addressNote: '', phone: '139****0000' }] },
        duties: [{ id: 'd1', title: '走访联系户', cadence: 'monthly' }],
      }),
    ).toMatchObject({ ok: false, code: 'COMMON.BAD_REQUEST' })

    // Before 明岗 nothing was owed: a removed duty simply goes, a cadence change keeps the duty.
    const patrol = dataOf(
      await cloud.call(SECRETARY, postsContract, 'adjust', {
        id: 'pa-m-taohua-09-patrol',
        area: { name: '村口到小学路段', kind: 'place', place: '村口桥头到村小学的主路和学校门口' },
        duties: [{ id: 'd1', title: '巡查治安和安全隐患', cadence: 'monthly' }],
      }),
    )
    expect(patrol.duties.map((duty) => [duty.id, duty.cadence, duty.since])).toEqual([['d1', 'monthly', '2026-03-02']])
    expect(patrol.endedDuties).toEqual([])
    // A volunteered post has no area yet: 定岗 first.
    expect(
      await cloud.call(SECRETARY, postsContract, 'adjust', { id: 'pa-m-taohua-03-assistance', area: { name: '三组东片', kind: 'place', place: '三组' }, duties: [{ title: '帮扶', cadence: 'monthly' }] }),
    ).toMatchObject({ ok: false, code: 'POST.NOT_ASSIGNED' })
    // A duty id the post does not run.
    expect(
      await cloud.call(SECRETARY, postsContract, 'adjust', { id: 'pa-m-taohua-09-patrol', area: { name: '村口到小学路段', kind: 'place', place: '主路' }, duties: [{ id: 'd9', title: '巡查', cadence: 'weekly' }] }),
    ).toMatchObject({ ok: false, code: 'DUTY.NOT_FOUND' })
  })

  it.each([
    ['no household in a households area', { name: '三组东片', kind: 'households', households: [] }, [{ title: '走访联系户', cadence: 'monthly' }]],
    ['an area name too short', { name: '东', kind: 'place', place: '村口' }, [{ title: '走访联系户', cadence: 'monthly' }]],
    ['no duty at all', { name: '三组东片', kind: 'place', place: '村口' }, []],
    ['a phone that is not a mobile number', { name: '三组东片', kind: 'households', households: [{ name: '王德福', addressNote: '', phone: '12345' }] }, [{ title: '走访联系户', cadence: 'monthly' }]],
    ['an unknown cadence', { name: '三组东片', kind: 'place', place: '村口' }, [{ title: '走访联系户', cadence: 'daily' }]],
  ])('answers bad input (%s) with the code of 定岗 and stores nothing', async (_, area, duties) => {
    const before = stored('pa-m-taohua-09-patrol')
    const assign = await cloud.call(SECRETARY, postsContract, 'assign', { memberId: 'm-taohua-06', postId: 'sanitation', area, duties, since: '2026-12-01' } as never)
    const adjust = await cloud.call(SECRETARY, postsContract, 'adjust', { id: 'pa-m-taohua-09-patrol', area, duties } as never)
    expect(assign.ok).toBe(false)
    expect(adjust.ok).toBe(false)
    if (assign.ok || adjust.ok) return
    expect(adjust.code).toBe(assign.code)
    expect(adjust.code).toBe('COMMON.BAD_REQUEST')
    // The same Chinese words as 定岗 (the phone row also accepts the masked form, so its words may differ).
    if (!JSON.stringify(area).includes('12345')) expect(adjust.message).toBe(assign.message)
    expect(stored('pa-m-taohua-09-patrol')).toEqual(before)
  })
})
