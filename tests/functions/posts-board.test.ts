/**
 * The server half of the 设岗 / 认岗 / 定岗 / 明岗 screens: the staff's list of a branch's posts
 * (whole household phones only for the branch's own secretary), the public posts board (明岗,
 * phones masked, published posts only), the history of duty records per member and per area, and
 * branch pledges (组织承诺) written by the secretary (代填) and reviewed by the township.
 */
import { pledgesContract, postsContract } from '../../src/core/contracts'
import { chinaDate } from '../../src/core/china-time'
import type { PostAssignmentDoc } from '../../src/core/member-work/member-work.docs'
import { dataOf, startTestCloud, type TestCloud } from '../support/local-cloud'

jest.setTimeout(60_000)

const MEMBER = 'demo-member-taohua' // 黄长青, m-taohua-09
const SECRETARY = 'demo-secretary-taohua'
const OTHER_SECRETARY = 'demo-secretary-shangwan'
const TOWNSHIP = 'demo-organiser-dongling'
const VILLAGER = 'demo-villager-1'
/** Someone who scanned a code and never bound anything. */
const STRANGER = 'o-stranger-posts-board'
const MASKED = /^1\d{2}\*{4}\d{4}$/

describe('posts board, staff list, record history and branch pledges through the gateway', () => {
  let cloud: TestCloud
  const stored = (id: string): PostAssignmentDoc | undefined => cloud.emulator.db.find<PostAssignmentDoc>('postAssignments', { _id: id }, { limit: 1 })[0]

  beforeAll(async () => {
    cloud = await startTestCloud({ functions: ['posts', 'pledges'] })
  }, 60_000)
  afterAll(() => cloud?.close())

  it('volunteer → assign two households and a weekly duty → publish: the public board shows it to an unbound caller with phones masked', async () => {
    const before = dataOf(await cloud.call(STRANGER, postsContract, 'board', { orgId: 'org-taohua' }))
    expect(before.posts.some((post) => post.memberName === '黄长青' && post.postName === '环境卫生监督岗')).toBe(false)

    const volunteered = dataOf(await cloud.call(MEMBER, postsContract, 'volunteer', { memberId: 'm-taohua-09', postId: 'sanitation' }))
    const since = chinaDate(new Date())
    dataOf(
      await cloud.call(SECRETARY, postsContract, 'assign', {
        memberId: 'm-taohua-09',
        postId: 'sanitation',
        area: { name: '四组西片', kind: 'households', households: [{ name: '周大勇', addressNote: '四组2号', phone: '13712345678' }, { name: '吴秀英', addressNote: '四组6号' }] },
        duties: [{ title: '巡查四组西片卫生', cadence: 'weekly' }],
        since,
      }),
    )
    // Not on the board until 明岗.
    const assignedOnly = dataOf(await cloud.call(VILLAGER, postsContract, 'board', { orgId: 'org-taohua' }))
    expect(assignedOnly.posts.some((post) => post.id === volunteered.id)).toBe(false)
    dataOf(await cloud.call(SECRETARY, postsContract, 'publish', { id: volunteered.id }))

    for (const caller of [STRANGER, VILLAGER]) {
      const board = dataOf(await cloud.call(caller, postsContract, 'board', { orgId: 'org-taohua' }))
      const post = board.posts.find((candidate) => candidate.id === volunteered.id)
      expect(post).toEqual({
        id: volunteered.id,
        postName: '环境卫生监督岗',
        memberName: '黄长青',
        area: { name: '四组西片', kind: 'households', households: [{ name: '周大勇', addressNote: '四组2号', phone: '137****5678' }, { name: '吴秀英', addressNote: '四组6号', phone: null }], place: null },
        duties: [{ title: '巡查四组西片卫生', cadenceLabel: '每周' }],
        since,
      })
      expect(JSON.stringify(board)).not.toContain('13712345678')
      // Only published posts: the seed's assigned-but-unpublished 治安巡逻岗 stays off the board.
      expect(board.posts.some((candidate) => candidate.id === 'pa-m-taohua-09-patrol')).toBe(false)
      expect(board.posts.every((candidate) => candidate.area.households.every((household) => household.phone === null || MASKED.test(household.phone)))).toBe(true)
    }
    expect(stored(volunteered.id)?.area?.households[0].phone).toBe('13712345678')
  })

  it('answers ORG.NOT_FOUND for a board of an organisation that does not exist', async () => {
    expect(await cloud.call(VILLAGER, postsContract, 'board', { orgId: 'org-nowhere' })).toMatchObject({ ok: false, code: 'ORG.NOT_FOUND' })
  })

  it('gives the branch secretary every post record with whole phones, the township the same list masked, and refuses another village', async () => {
    const own = dataOf(await cloud.call(SECRETARY, postsContract, 'listForOrg', { orgId: 'org-taohua' }))
    expect(own.org).toEqual({ id: 'org-taohua', name: '桃花村党支部' })
    expect(own.assignments.map((assignment) => assignment.status)).toEqual(expect.arrayContaining(['volunteered', 'assigned', 'published']))
    const policy = own.assignments.find((assignment) => assignment.id === 'pa-m-taohua-09-policy')
    const wholePhones = stored('pa-m-taohua-09-policy')?.area?.households.flatMap((household) => (household.phone ? [household.phone] : [])) ?? []
    expect(wholePhones.length).toBeGreaterThan(0)
    expect(policy?.area?.households.flatMap((household) => (household.phone ? [household.phone] : []))).toEqual(wholePhones)

    const township = dataOf(await cloud.call(TOWNSHIP, postsContract, 'listForOrg', { orgId: 'org-taohua' }))
    const masked = township.assignments.find((assignment) => assignment.id === 'pa-m-taohua-09-policy')
    expect(masked?.area?.households.every((household) => household.phone === null || MASKED.test(household.phone))).toBe(true)
    expect(JSON.stringify(township)).not.toContain(wholePhones[0])

    expect(await cloud.call(OTHER_SECRETARY, postsContract, 'listForOrg', { orgId: 'org-taohua' })).toMatchObject({ ok: false, code: 'AUTH.OUT_OF_SCOPE' })
    expect(await cloud.call(MEMBER, postsContract, 'listForOrg', { orgId: 'org-taohua' })).toMatchObject({ ok: false, code: 'AUTH.FORBIDDEN' })
  })

  it('shows a member their own duty records newest first, with post, area and duty; and the secretary one area\'s records', async () => {
    const mine = dataOf(await cloud.call(MEMBER, postsContract, 'history', { memberId: 'm-taohua-09' }))
    expect(mine.title).toBe('黄长青')
    expect(mine.records.length).toBeGreaterThan(3)
    const days = mine.records.map((record) => record.doneOn)
    expect(days).toEqual([...days].sort().reverse())
    expect(mine.records.find((record) => record.assignmentId === 'pa-m-taohua-09-policy' && record.dutyId === 'd1')).toMatchObject({ postName: '政策宣传岗', dutyTitle: '走访联系户', memberName: '黄长青' })
    // A work record: no clock time, no streak, no count of days in what comes back.
    expect(Object.keys(mine.records[0]).sort()).toEqual(['areaName', 'assignmentId', 'doneOn', 'dutyId', 'dutyTitle', 'id', 'memberName', 'note', 'photos', 'place', 'postName'])

    const area = dataOf(await cloud.call(SECRETARY, postsContract, 'history', { assignmentId: 'pa-m-taohua-05-policy' }))
    expect(area.title).toMatch(/（张建国）$/)
    expect(area.records.length).toBeGreaterThan(0)
    expect(area.records.every((record) => record.assignmentId === 'pa-m-taohua-05-policy')).toBe(true)
  })

  it.each([
    ['a member reading another member\'s records', MEMBER, { memberId: 'm-taohua-05' }, 'AUTH.OUT_OF_SCOPE'],
    ['a member reading another member\'s area', MEMBER, { assignmentId: 'pa-m-taohua-05-policy' }, 'AUTH.OUT_OF_SCOPE'],
    ['a secretary reading another village\'s area', OTHER_SECRETARY, { assignmentId: 'pa-m-taohua-05-policy' }, 'AUTH.OUT_OF_SCOPE'],
    ['an area that does not exist', SECRETARY, { assignmentId: 'pa-nobody' }, 'POST.ASSIGNMENT_NOT_FOUND'],
    ['a member who does not exist', SECRETARY, { memberId: 'm-nobody' }, 'MEMBER.NOT_FOUND'],
    ['a villager', VILLAGER, { memberId: 'm-taohua-09' }, 'AUTH.NOT_BOUND'],
    ['asking for a member and an area at once', SECRETARY, { memberId: 'm-taohua-09', assignmentId: 'pa-m-taohua-09-policy' }, 'COMMON.BAD_REQUEST'],
    ['asking for neither', SECRETARY, {}, 'COMMON.BAD_REQUEST'],
  ])('refuses the record history for %s', async (_what, caller, input, code) => {
    expect(await cloud.call(caller, postsContract, 'history', input)).toMatchObject({ ok: false, code })
  })

  it('lets the secretary write the branch\'s pledge (代填), submit it and log progress; the township approves it onto the public board', async () => {
    const year = Number(chinaDate(new Date()).slice(0, 4))
    const draft = dataOf(await cloud.call(SECRETARY, pledgesContract, 'create', { orgId: 'org-taohua', year, title: '修好三组到村部的路灯', content: '年内在三组到村部的路上装十盏路灯。' }))
    expect(draft).toMatchObject({ owner: 'branch', memberId: null, ownerName: '桃花村党支部', status: 'draft' })
    expect(draft.can).toEqual(expect.arrayContaining(['edit', 'submit']))
    const submitted = dataOf(await cloud.call(SECRETARY, pledgesContract, 'submit', { id: draft.id }))
    expect(submitted.can).not.toContain('approve')
    expect(await cloud.call(SECRETARY, pledgesContract, 'approve', { id: draft.id })).toMatchObject({ ok: false, code: 'PLEDGE.OWN_BRANCH' })
    dataOf(await cloud.call(TOWNSHIP, pledgesContract, 'approve', { id: draft.id }))
    const progressed = dataOf(await cloud.call(SECRETARY, pledgesContract, 'addProgress', { id: draft.id, date: chinaDate(new Date()), text: '装好了前五盏。', photos: [] }))
    expect(progressed.progress).toEqual([expect.objectContaining({ text: '装好了前五盏。' })])
    const board = dataOf(await cloud.call(VILLAGER, pledgesContract, 'board', { orgId: 'org-taohua', year }))
    expect(board.pledges.find((pledge) => pledge.id === draft.id)).toMatchObject({ owner: 'branch', ownerName: '桃花村党支部', progress: [{ text: '装好了前五盏。' }] })
    const queue = dataOf(await cloud.call(SECRETARY, pledgesContract, 'listForOrg', { orgId: 'org-taohua', year }))
    expect(queue.pledges.find((pledge) => pledge.id === draft.id)).toMatchObject({ owner: 'branch', status: 'approved' })
  })

  it.each([
    ['a member writing the branch\'s pledge', MEMBER, 'org-taohua', 'AUTH.OUT_OF_SCOPE'],
    ['a secretary writing another village\'s pledge', OTHER_SECRETARY, 'org-taohua', 'AUTH.OUT_OF_SCOPE'],
    ['a pledge for an organisation that does not exist', SECRETARY, 'org-nowhere', 'ORG.NOT_FOUND'],
  ])('refuses %s', async (_what, caller, orgId, code) => {
    expect(await cloud.call(caller, pledgesContract, 'create', { orgId, year: 2026, title: '修好路灯', content: '年内装十盏路灯。' })).toMatchObject({ ok: false, code })
  })
})
