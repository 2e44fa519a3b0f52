/**
 * Issue 7 through the gateway, the runner and the emulator: a whole rating cycle in a small branch
 * (刘家坪村, six members), every illegal step refused, actions outside the caller's branch refused,
 * peer reviews unlinkable by the reviewed, objections changing an outcome only through a committee
 * decision, the generated star board readable without binding, and the contest between branches.
 */
import type { ActionInput, ActionName } from '../../src/core/contract'
import { boardsContract } from '../../src/core/contracts/boards.contract'
import { starsContract } from '../../src/core/contracts/stars.contract'
import type { StarCycleDoc, StarReviewDoc } from '../../src/core/stars/stars.docs'
import { dataOf, startTestCloud, type TestCloud } from '../support/local-cloud'
import { restoreStore, snapshotStore, type StoreSnapshot } from '../support/store-snapshot'

jest.setTimeout(90_000)

const SECRETARY = 'demo-secretary-liujia' // 孙立新, m-liujia-01
const MEMBER = 'demo-member-liujia' // 周淑芬, m-liujia-06
const OTHER_SECRETARY = 'demo-secretary-taohua'
const OTHER_MEMBER = 'demo-member-taohua'
const TOWNSHIP = 'demo-organiser-dongling'
const OTHER_TOWNSHIP = 'demo-organiser-xihe'
const UNBOUND = 'x-stars-stranger'
const CYCLE = 'sc-liujia-2026q4'

describe('stars function (rating cycles and the contest)', () => {
  let cloud: TestCloud
  let seeded: StoreSnapshot

  const cycleDoc = () => cloud.emulator.db.findOne<StarCycleDoc>('starCycles', { _id: CYCLE })
  const call = <A extends ActionName<typeof starsContract>>(openid: string | null, action: A, input: ActionInput<typeof starsContract, A>) => cloud.call(openid, starsContract, action, input)

  async function openAndGather(): Promise<void> {
    dataOf(await call(SECRETARY, 'open', { orgId: 'org-liujia', period: { kind: 'quarter', year: 2026, quarter: 4 } }))
    dataOf(await call(SECRETARY, 'advance', { id: CYCLE, to: 'evidence' }))
  }

  async function toPublicity(): Promise<void> {
    await openAndGather()
    dataOf(await call(SECRETARY, 'advance', { id: CYCLE, to: 'selfAssessment' }))
    dataOf(await call(SECRETARY, 'advance', { id: CYCLE, to: 'peerReview' }))
    dataOf(await call(SECRETARY, 'advance', { id: CYCLE, to: 'committee' }))
    const view = dataOf(await call(SECRETARY, 'get', { id: CYCLE }))
    for (const entry of view.entries) dataOf(await call(SECRETARY, 'decide', { id: CYCLE, memberId: entry.memberId, ids: ['pledge-fulfilled', 'duty-on-time'], reason: '承诺兑现，按时履岗。' }))
    dataOf(await call(SECRETARY, 'advance', { id: CYCLE, to: 'publicity', publicityDays: 3 }))
  }

  beforeAll(async () => {
    cloud = await startTestCloud()
    seeded = snapshotStore(cloud.emulator.db)
  }, 90_000)
  beforeEach(() => restoreStore(cloud.emulator.db, seeded))
  afterAll(() => cloud?.close())

  it('runs a whole cycle: evidence, self-assessment, peer review, decision, publicity with a public star board, final', async () => {
    const opened = dataOf(await call(SECRETARY, 'open', { orgId: 'org-liujia', period: { kind: 'quarter', year: 2026, quarter: 4 } }))
    expect(opened).toMatchObject({ id: CYCLE, stage: 'open', members: 6, rubricKind: 'points', nextStep: { to: 'evidence' } })

    const gathered = dataOf(await call(SECRETARY, 'advance', { id: CYCLE, to: 'evidence' }))
    expect(gathered.entries.every((entry) => entry.evidence !== null)).toBe(true)

    dataOf(await call(SECRETARY, 'advance', { id: CYCLE, to: 'selfAssessment' }))
    const mine = dataOf(await call(MEMBER, 'memberStars', { memberId: 'm-liujia-06' }))
    expect(mine.todo).toEqual([expect.objectContaining({ kind: 'selfAssess', cycleId: CYCLE, periodLabel: '2026年第四季度' })])
    const assessed = dataOf(await call(MEMBER, 'selfAssess', { cycleId: CYCLE, ids: ['study', 'service'], text: '按时参加组织生活，帮邻居修了水渠。' }))
    expect(assessed.todo).toEqual([])
    expect(dataOf(await call(SECRETARY, 'get', { id: CYCLE })).entries.find((entry) => entry.memberId === 'm-liujia-06')?.selfAssessment).toMatchObject({ score: 70, stars: 2 })

    dataOf(await call(SECRETARY, 'advance', { id: CYCLE, to: 'peerReview' }))
    const reviews = cloud.emulator.db.find<StarReviewDoc>('starReviews', { cycleId: CYCLE })
    // Six members, each reviews three others and is reviewed by three.
    expect(reviews).toHaveLength(18)
    const todo = dataOf(await call(MEMBER, 'memberStars', { memberId: 'm-liujia-06' })).todo
    expect(todo).toHaveLength(3)
    expect(todo.every((item) => item.kind === 'peerReview' && item.revieweeId !== 'm-liujia-06')).toBe(true)
    for (const item of todo) if (item.kind === 'peerReview') dataOf(await call(MEMBER, 'peerReview', { cycleId: CYCLE, revieweeId: item.revieweeId, stars: 4, comment: '为人热心' }))
    expect(dataOf(await call(MEMBER, 'memberStars', { memberId: 'm-liujia-06' })).todo).toEqual([])

    dataOf(await call(SECRETARY, 'advance', { id: CYCLE, to: 'committee' }))
    const view = dataOf(await call(SECRETARY, 'get', { id: CYCLE }))
    for (const entry of view.entries) dataOf(await call(SECRETARY, 'decide', { id: CYCLE, memberId: entry.memberId, ids: entry.memberId === 'm-liujia-06' ? ['pledge-fulfilled', 'duty-on-time', 'service'] : ['study'], reason: '对照标准和实绩评定。' }))
    const publicised = dataOf(await call(SECRETARY, 'advance', { id: CYCLE, to: 'publicity', publicityDays: 3 }))
    expect(publicised.stage).toBe('publicity')

    const board = dataOf(await cloud.call(UNBOUND, boardsContract, 'get', { id: 'board-stars-liujia-2026' }))
    expect(board).toMatchObject({ kind: 'stars', status: 'published', generated: true })
    expect(board.blocks[0]).toMatchObject({ type: 'heading', text: expect.stringContaining('2026年第四季度党员星级评定（公示中') })
    const table = board.blocks.find((block) => block.type === 'table')
    expect(table && table.type === 'table' ? table.rows.find((row) => row[0] === '周淑芬') : null).toEqual(['周淑芬', '★★★', '对照标准和实绩评定。'])
    expect(dataOf(await cloud.call(UNBOUND, boardsContract, 'list', { orgId: 'org-liujia' })).boards.map((entry) => entry.id)).toContain('board-stars-liujia-2026')

    expect(await call(SECRETARY, 'advance', { id: CYCLE, to: 'final' })).toMatchObject({ ok: false, code: 'STARS.PUBLICITY_RUNNING' })
    cloud.emulator.db.updateMany('starCycles', { _id: CYCLE }, { $set: { publicityEndsAt: '2020-01-01T00:00:00.000Z' } })
    const final = dataOf(await call(SECRETARY, 'advance', { id: CYCLE, to: 'final' }))
    expect(final).toMatchObject({ stage: 'final', nextStep: null })
    const own = dataOf(await call(MEMBER, 'memberStars', { memberId: 'm-liujia-06' }))
    expect(own.results[0]).toMatchObject({ cycleId: CYCLE, stars: 3, score: 85, stage: 'final' })
  })

  it('refuses every step out of order, and each member action outside its stage', async () => {
    dataOf(await call(SECRETARY, 'open', { orgId: 'org-liujia', period: { kind: 'quarter', year: 2026, quarter: 4 } }))
    for (const to of ['open', 'selfAssessment', 'peerReview', 'committee', 'publicity', 'final'] as const) {
      expect(await call(SECRETARY, 'advance', { id: CYCLE, to })).toMatchObject({ ok: false, code: 'STARS.BAD_STEP', message: expect.stringContaining('已开启') })
    }
    expect(await call(SECRETARY, 'open', { orgId: 'org-liujia', period: { kind: 'quarter', year: 2026, quarter: 4 } })).toMatchObject({ ok: false, code: 'STARS.CYCLE_EXISTS' })
    expect(await call(MEMBER, 'selfAssess', { cycleId: CYCLE, ids: [], text: '还行吧' })).toMatchObject({ ok: false, code: 'STARS.WRONG_STAGE' })
    expect(await call(SECRETARY, 'decide', { id: CYCLE, memberId: 'm-liujia-02', ids: [], reason: '提前评定试试' })).toMatchObject({ ok: false, code: 'STARS.WRONG_STAGE' })
    expect(await call(UNBOUND, 'object', { cycleId: CYCLE, memberId: 'm-liujia-02', text: '还没公示就想提异议' })).toMatchObject({ ok: false, code: 'STARS.WRONG_STAGE' })
    expect(cycleDoc()?.stage).toBe('open')

    // Publicity needs every member decided.
    dataOf(await call(SECRETARY, 'advance', { id: CYCLE, to: 'evidence' }))
    dataOf(await call(SECRETARY, 'advance', { id: CYCLE, to: 'selfAssessment' }))
    dataOf(await call(SECRETARY, 'advance', { id: CYCLE, to: 'peerReview' }))
    dataOf(await call(SECRETARY, 'advance', { id: CYCLE, to: 'committee' }))
    dataOf(await call(SECRETARY, 'decide', { id: CYCLE, memberId: 'm-liujia-02', ids: ['study'], reason: '按时参加组织生活。' }))
    expect(await call(SECRETARY, 'advance', { id: CYCLE, to: 'publicity' })).toMatchObject({ ok: false, code: 'STARS.UNDECIDED', message: expect.stringContaining('5 名党员') })
    expect(await call(SECRETARY, 'decide', { id: CYCLE, memberId: 'm-liujia-02', ids: ['no-such-item'], reason: '乱选一个条目' })).toMatchObject({ ok: false, code: 'STARS.UNKNOWN_ITEM' })
    expect(cycleDoc()?.stage).toBe('committee')
  })

  it('refuses actions outside the caller’s branch or township', async () => {
    await openAndGather()
    expect(await call(OTHER_SECRETARY, 'advance', { id: CYCLE, to: 'selfAssessment' })).toMatchObject({ ok: false, code: 'AUTH.OUT_OF_SCOPE' })
    expect(await call(OTHER_SECRETARY, 'open', { orgId: 'org-liujia', period: { kind: 'year', year: 2027 } })).toMatchObject({ ok: false, code: 'AUTH.OUT_OF_SCOPE' })
    expect(await call(OTHER_SECRETARY, 'get', { id: CYCLE })).toMatchObject({ ok: false, code: 'AUTH.OUT_OF_SCOPE' })
    dataOf(await call(SECRETARY, 'advance', { id: CYCLE, to: 'selfAssessment' }))
    expect(await call(OTHER_MEMBER, 'selfAssess', { cycleId: CYCLE, ids: [], text: '我不是这个支部的' })).toMatchObject({ ok: false, code: 'AUTH.OUT_OF_SCOPE' })
    expect(await call(OTHER_MEMBER, 'memberStars', { memberId: 'm-liujia-06' })).toMatchObject({ ok: false, code: 'AUTH.OUT_OF_SCOPE' })
    expect(await call(MEMBER, 'memberStars', { memberId: 'm-liujia-02' })).toMatchObject({ ok: false, code: 'AUTH.OUT_OF_SCOPE' })
    expect(await call(UNBOUND, 'selfAssess', { cycleId: CYCLE, ids: [], text: '群众不能自评' })).toMatchObject({ ok: false, code: 'AUTH.NOT_BOUND' })
    expect(await call(OTHER_TOWNSHIP, 'contest', { rootOrgId: 'org-dongling' })).toMatchObject({ ok: false, code: 'AUTH.OUT_OF_SCOPE' })
    expect(await call(SECRETARY, 'contest', { rootOrgId: 'org-liujia' })).toMatchObject({ ok: false, code: 'AUTH.FORBIDDEN' })
    expect(cycleDoc()?.stage).toBe('selfAssessment')
  })

  it('tells the branch\'s secretary, and not the township organiser over it, that they open and run the rating, as open and advance decide', async () => {
    expect(dataOf(await call(SECRETARY, 'list', { orgId: 'org-liujia' })).canOpen).toBe(true)
    expect(dataOf(await call(TOWNSHIP, 'list', { orgId: 'org-liujia' })).canOpen).toBe(false)
    expect(await call(TOWNSHIP, 'open', { orgId: 'org-liujia', period: { kind: 'quarter', year: 2026, quarter: 4 } })).toMatchObject({ ok: false, code: 'AUTH.FORBIDDEN' })
    // The township's own list: no member of a township is rated here, so nobody is offered to open one.
    expect(dataOf(await call(TOWNSHIP, 'list', { orgId: 'org-dongling' })).canOpen).toBe(false)

    await openAndGather()
    expect(dataOf(await call(SECRETARY, 'get', { id: CYCLE })).canManage).toBe(true)
    const read = dataOf(await call(TOWNSHIP, 'get', { id: CYCLE }))
    expect(read).toMatchObject({ canManage: false, stage: 'evidence', members: 6 })
    expect(await call(TOWNSHIP, 'advance', { id: CYCLE, to: 'selfAssessment' })).toMatchObject({ ok: false, code: 'AUTH.FORBIDDEN' })
    // Every answer the secretary's own steps return says the same.
    expect(dataOf(await call(SECRETARY, 'advance', { id: CYCLE, to: 'selfAssessment' })).canManage).toBe(true)
  })

  it('keeps peer reviews unlinkable by the reviewed: no reviewer in any answer, only a keyed hash in the store', async () => {
    await openAndGather()
    dataOf(await call(SECRETARY, 'advance', { id: CYCLE, to: 'selfAssessment' }))
    dataOf(await call(SECRETARY, 'advance', { id: CYCLE, to: 'peerReview' }))
    const todo = dataOf(await call(MEMBER, 'memberStars', { memberId: 'm-liujia-06' })).todo
    const first = todo[0]
    if (first?.kind !== 'peerReview') throw new Error('no review assigned')
    dataOf(await call(MEMBER, 'peerReview', { cycleId: CYCLE, revieweeId: first.revieweeId, stars: 5, comment: '走访很勤快' }))
    // Nobody reviews someone not assigned to them, themselves included.
    expect(await call(MEMBER, 'peerReview', { cycleId: CYCLE, revieweeId: 'm-liujia-06', stars: 5 })).toMatchObject({ ok: false, code: 'STARS.NOT_ASSIGNED' })

    const stored = cloud.emulator.db.find<StarReviewDoc>('starReviews', { cycleId: CYCLE })
    const text = JSON.stringify(stored)
    expect(text).not.toContain(MEMBER)
    expect(stored.every((review) => /^[0-9a-f]{64}$/.test(review.reviewerKey))).toBe(true)
    expect(stored.filter((review) => review.revieweeId === first.revieweeId && review.status === 'done')).toEqual([expect.objectContaining({ stars: 5, comment: '走访很勤快', doneAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) })])

    // What the committee (and later the reviewed) reads: counts, mean, comments; never who.
    dataOf(await call(SECRETARY, 'advance', { id: CYCLE, to: 'committee' }))
    const view = dataOf(await call(SECRETARY, 'get', { id: CYCLE }))
    const reviewed = view.entries.find((entry) => entry.memberId === first.revieweeId)
    expect(reviewed?.peers).toEqual({ assigned: 3, done: 1, averageStars: 5, comments: ['走访很勤快'] })
    const answer = JSON.stringify(view)
    expect(answer).not.toMatch(/reviewer|m-liujia-06.{0,40}走访很勤快/)
    expect(answer).not.toContain(stored[0].reviewerKey)
  })

  it('changes an outcome only through a committee decision: objections alone do not', async () => {
    await toPublicity()
    const before = dataOf(await call(UNBOUND, 'publicStars', { orgId: 'org-liujia' })).cycles[0]
    expect(before).toMatchObject({ cycleId: CYCLE, acceptsObjections: true })
    expect(before.rows.find((row) => row.memberId === 'm-liujia-03')).toMatchObject({ stars: 3, starText: '★★★' })

    const objected = dataOf(await call(UNBOUND, 'object', { cycleId: CYCLE, memberId: 'm-liujia-03', text: '吴建国今年带着全组修了机耕路，应该加分。' }))
    expect(objected.objection).toMatchObject({ status: 'open', authorKind: 'villager', authorKindLabel: '群众' })
    // Its text check is logged as an objection to a star rating, not as a suggestion to the branch.
    expect(cloud.emulator.db.find('moderationDecisions', { targetId: objected.objection.id })).toEqual([expect.objectContaining({ target: 'starObjection', suggest: 'pass' })])
    dataOf(await call(MEMBER, 'object', { cycleId: CYCLE, memberId: 'm-liujia-03', text: '同意群众的意见，他确实出力最多。' }))
    // The objections stand, the outcome does not move.
    expect(dataOf(await call(UNBOUND, 'publicStars', { orgId: 'org-liujia' })).cycles[0].rows.find((row) => row.memberId === 'm-liujia-03')?.stars).toBe(3)
    const view = dataOf(await call(SECRETARY, 'get', { id: CYCLE }))
    expect(view.openObjections).toBe(2)
    expect(view.objections.map((objection) => objection.authorKindLabel).sort()).toEqual(['党员', '群众'])

    // A finalisation with objections open is refused even after the days.
    cloud.emulator.db.updateMany('starCycles', { _id: CYCLE }, { $set: { publicityEndsAt: '2020-01-01T00:00:00.000Z' } })
    expect(await call(SECRETARY, 'advance', { id: CYCLE, to: 'final' })).toMatchObject({ ok: false, code: 'STARS.OBJECTIONS_OPEN' })
    cloud.emulator.db.updateMany('starCycles', { _id: CYCLE }, { $set: { publicityEndsAt: '2099-01-01T00:00:00.000Z' } })

    // An answer without a decision leaves the outcome; with one, the committee's decision changes it.
    const [villagers, members] = [view.objections.find((o) => o.authorKind === 'villager'), view.objections.find((o) => o.authorKind === 'member')]
    if (!villagers || !members) throw new Error('objections missing')
    dataOf(await call(SECRETARY, 'answerObjection', { objectionId: members.id, text: '感谢反映，意见与上一条相同，一并研究。' }))
    expect(dataOf(await call(UNBOUND, 'publicStars', { orgId: 'org-liujia' })).cycles[0].rows.find((row) => row.memberId === 'm-liujia-03')?.stars).toBe(3)
    const changed = dataOf(await call(SECRETARY, 'answerObjection', { objectionId: villagers.id, text: '经支委会核实属实，重新评定。', decision: { ids: ['pledge-fulfilled', 'duty-on-time', 'lead-rich', 'service'], reason: '带领修路，经核实加分。' } }))
    expect(changed.entries.find((entry) => entry.memberId === 'm-liujia-03')?.outcome).toMatchObject({ stars: 4, score: 90, changedAfterObjection: true })
    expect(dataOf(await call(UNBOUND, 'publicStars', { orgId: 'org-liujia' })).cycles[0].rows.find((row) => row.memberId === 'm-liujia-03')).toMatchObject({ stars: 4, reason: '带领修路，经核实加分。' })
    expect(await call(SECRETARY, 'answerObjection', { objectionId: villagers.id, text: '再答复一次试试看' })).toMatchObject({ ok: false, code: 'STARS.OBJECTION_ANSWERED' })
    // The author follows their own objection; another identity sees none of it.
    expect(dataOf(await call(UNBOUND, 'myObjections', {})).objections).toEqual([expect.objectContaining({ id: villagers.id, status: 'answered', answer: expect.objectContaining({ changed: true }) })])
    expect(dataOf(await call('x-someone-else', 'myObjections', {})).objections).toEqual([])
    // A secretary of another branch cannot answer.
    expect(await call(OTHER_SECRETARY, 'answerObjection', { objectionId: members.id, text: '我来替他们答复一下' })).toMatchObject({ ok: false, code: expect.stringMatching(/AUTH.OUT_OF_SCOPE|STARS.OBJECTION_ANSWERED/) })
    // The decide action itself stays closed during publicity.
    expect(await call(SECRETARY, 'decide', { id: CYCLE, memberId: 'm-liujia-02', ids: [], reason: '公示期内直接改结果' })).toMatchObject({ ok: false, code: 'STARS.WRONG_STAGE', message: expect.stringContaining('答复异议') })
  })

  it('limits objections per person and keeps refused text with its author only', async () => {
    await toPublicity()
    for (let i = 0; i < 3; i++) dataOf(await call(UNBOUND, 'object', { cycleId: CYCLE, memberId: 'm-liujia-02', text: `第${i + 1}条意见：评得不符合实际。` }))
    expect(await call(UNBOUND, 'object', { cycleId: CYCLE, memberId: 'm-liujia-02', text: '第四条意见：还是不符合实际。' })).toMatchObject({ ok: false, code: 'STARS.TOO_MANY_OBJECTIONS' })
  })

  it('compares branches for the township: members’ stars with satisfaction, capped under 60 %', async () => {
    const table = dataOf(await call(TOWNSHIP, 'contest', { rootOrgId: 'org-dongling' }))
    expect(table.settings).toEqual({ membersWeight: 0.7, satisfactionWeight: 0.3, capBelowRate: 60, capStars: 2 })
    const names = table.rows.map((row) => row.orgName)
    expect(names).toEqual(expect.arrayContaining(['桃花村党支部', '上湾村党支部', '刘家坪村党支部']))
    const taohua = table.rows.find((row) => row.orgId === 'org-taohua')
    expect(taohua).toMatchObject({ cycleId: 'sc-taohua-2024', periodLabel: '2024年度', rated: expect.any(Number) })
    expect(taohua?.averageStars).not.toBeNull()
    // A branch with no final cycle has no members' part.
    expect(table.rows.find((row) => row.orgId === 'org-liujia')).toMatchObject({ cycleId: null, averageStars: null })
    for (const row of table.rows) if (row.satisfaction !== null && row.satisfaction < 60) expect(row.stars).toBeLessThanOrEqual(2)
    // No individual appears in the contest.
    expect(JSON.stringify(table)).not.toMatch(/m-taohua-|memberName/)
  })
})
