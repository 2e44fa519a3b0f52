/**
 * Photo content security through the real functions: security.mediaCheckAsync v2 answers a trace_id,
 * the emulator pushes `wxa_media_check` to the mediaCheck function a moment later, and only then does
 * a photo reach anyone but its author. The verdict comes from the emulator's test hook: `risky` or
 * `review` in the file name, or a verdict preset through POST /api/dev/media-verdict.
 */
import { boardsContract } from '../../src/core/contracts/boards.contract'
import { pledgesContract } from '../../src/core/contracts/pledges.contract'
import { postsContract } from '../../src/core/contracts/posts.contract'
import { storiesContract } from '../../src/core/contracts/stories.contract'
import type { MediaCheckDoc } from '../../src/core/media/media-check'
import type { ModerationDecisionDoc } from '../../src/core/publicity/publicity.docs'
import { dataOf, startTestCloud, type TestCloud } from '../support/local-cloud'

jest.setTimeout(60_000)

const MEMBER = 'demo-member-taohua' // 黄长青, m-taohua-09
const SECRETARY = 'demo-secretary-taohua'
const UNBOUND = 'x-media-stranger'
const TOWNSHIP = 'demo-organiser-dongling'
const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0xff, 0xd9])

describe('photos are shown to others only after security.mediaCheckAsync passes them', () => {
  let cloud: TestCloud

  beforeAll(async () => {
    cloud = await startTestCloud({ functions: ['pledges', 'posts', 'boards', 'stories', 'mediaCheck'] })
  }, 90_000)
  afterAll(() => cloud?.close())

  const store = (cloudPath: string) => cloud.emulator.storage.writeFile(cloudPath, JPEG)
  const decisions = () => cloud.emulator.db.find<ModerationDecisionDoc>('moderationDecisions', { kind: 'image' }, { limit: 1000 })
  const boardPhotos = async (pledgeId: string) => {
    const board = dataOf(await cloud.call(UNBOUND, pledgesContract, 'board', { orgId: 'org-taohua', year: 2026 }))
    return board.pledges.find((pledge) => pledge.id === pledgeId)?.progress.flatMap((entry) => entry.photos) ?? []
  }

  it('pledge progress: pending and rejected photos stay with the member (with the reason), a passed one reaches the public board, each decision logged without OPENID', async () => {
    const ok = await store('pledges/1764000000001-visit.jpg')
    const risky = await store('pledges/1764000000002-risky.jpg')
    const id = 'pl-m-taohua-09-approved'
    // Hold the pushes so "before the verdict" is not a race with a busy machine.
    cloud.emulator.mediaCheck.hold()
    dataOf(await cloud.call(MEMBER, pledgesContract, 'addProgress', { id, date: '2026-03-02', text: '给三组老人送药上门', photos: [ok, risky] }))

    // Before the verdict: the author sees both as 审核中; nobody else sees either.
    const before = dataOf(await cloud.call(MEMBER, pledgesContract, 'get', { id }))
    expect(before.progress.at(-1)?.photos).toEqual([expect.objectContaining({ fileID: ok, check: 'pending' }), expect.objectContaining({ fileID: risky, check: 'pending' })])
    // (The seeded entries before it carry photos that passed long ago.)
    expect((await boardPhotos(id)).filter((fileID) => fileID === ok || fileID === risky)).toEqual([])
    expect(dataOf(await cloud.call(SECRETARY, pledgesContract, 'get', { id })).progress.at(-1)?.photos).toEqual([])

    cloud.emulator.mediaCheck.release()
    await cloud.emulator.mediaCheck.settled()

    expect((await boardPhotos(id)).filter((fileID) => fileID === ok || fileID === risky)).toEqual([ok])
    expect(dataOf(await cloud.call(SECRETARY, pledgesContract, 'get', { id })).progress.at(-1)?.photos).toEqual([{ fileID: ok, check: 'passed', reason: null }])
    const after = dataOf(await cloud.call(MEMBER, pledgesContract, 'get', { id }))
    expect(after.progress.at(-1)?.photos).toEqual([
      { fileID: ok, check: 'passed', reason: null },
      { fileID: risky, check: 'rejected', reason: '含有色情相关内容' },
    ])

    const logged = decisions().filter((decision) => decision.targetId === id)
    expect(logged).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ target: 'pledge', kind: 'image', orgId: 'org-taohua', suggest: 'pass', decision: 'passed' }),
        expect.objectContaining({ target: 'pledge', kind: 'image', orgId: 'org-taohua', suggest: 'risky', label: 20002, decision: 'rejected' }),
      ]),
    )
    expect(JSON.stringify([...logged, ...cloud.emulator.db.find<MediaCheckDoc>('mediaChecks', {}, { limit: 1000 })])).not.toMatch(/demo-member|OPENID|openid/)
  })

  it('duty records: the secretary sees only passed photos, the member sees theirs with 未通过 and the reason', async () => {
    const ok = await store('duties/1764000000003-door.jpg')
    const review = await store('duties/1764000000004-review.jpg')
    const recorded = dataOf(await cloud.call(MEMBER, postsContract, 'recordDuty', { assignmentId: 'pa-m-taohua-09-policy', dutyId: 'd1', doneOn: '2026-11-02', note: '走访王德福家，讲了医保缴费。', photos: [ok, review] }))
    await cloud.emulator.mediaCheck.settled()

    const mine = dataOf(await cloud.call(MEMBER, postsContract, 'listRecords', { assignmentId: 'pa-m-taohua-09-policy' })).records.find((record) => record.id === recorded.record.id)
    expect(mine?.photos).toEqual([
      { fileID: ok, check: 'passed', reason: null },
      { fileID: review, check: 'rejected', reason: '需要人工复核，暂不公开' },
    ])
    const staff = dataOf(await cloud.call(SECRETARY, postsContract, 'listRecords', { assignmentId: 'pa-m-taohua-09-policy' })).records.find((record) => record.id === recorded.record.id)
    expect(staff?.photos).toEqual([{ fileID: ok, check: 'passed', reason: null }])
    expect(decisions().filter((decision) => decision.targetId === recorded.record.id).map((decision) => decision.decision).sort()).toEqual(['passed', 'rejected'])
  })

  it('board image blocks: the public gets an image only after it passed; the staff see each image’s check in the board and on 版面管理’s list', async () => {
    const ok = await store('boards/1764000000005-meeting.jpg')
    const preset = await store('boards/1764000000006-banner.jpg')
    // The dev endpoint decides this one, whatever its name says.
    const hook = await fetch(`${cloud.url}/api/dev/media-verdict`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ fileID: preset, suggest: 'risky', label: 20001 }) })
    expect(hook.status).toBe(200)

    const saved = dataOf(
      await cloud.call(SECRETARY, boardsContract, 'save', {
        orgId: 'org-taohua',
        kind: 'affairs',
        title: '党员大会照片',
        blocks: [
          { type: 'text', text: '三月党员大会。' },
          { type: 'image', fileID: ok, caption: '会场' },
          { type: 'image', fileID: preset, caption: '横幅' },
        ],
      }),
    )
    // A draft's images are not sent for a check yet: the staff are told of none (the editor says 发布后审核).
    expect(saved.imageChecks).toEqual([])
    cloud.emulator.mediaCheck.hold()
    const published = dataOf(await cloud.call(SECRETARY, boardsContract, 'publish', { id: saved.id }))
    // Sent on publish: 审核中 for the staff, in the blocks' order; the public sees neither image yet.
    expect(published.imageChecks).toEqual([
      { fileID: ok, check: 'pending', reason: null },
      { fileID: preset, check: 'pending', reason: null },
    ])
    const early = dataOf(await cloud.call(UNBOUND, boardsContract, 'get', { id: saved.id }))
    expect(early.blocks.filter((block) => block.type === 'image')).toEqual([])
    expect(early.imageChecks).toBeUndefined()

    cloud.emulator.mediaCheck.release()
    await cloud.emulator.mediaCheck.settled()
    const read = dataOf(await cloud.call(UNBOUND, boardsContract, 'get', { id: saved.id }))
    expect(read.blocks.filter((block) => block.type === 'image')).toEqual([{ type: 'image', fileID: ok, caption: '会场' }])
    expect(read.imageChecks).toBeUndefined()
    const staff = dataOf(await cloud.call(SECRETARY, boardsContract, 'get', { id: saved.id }))
    expect(staff.blocks.filter((block) => block.type === 'image')).toHaveLength(2)
    expect(staff.imageChecks).toEqual([
      { fileID: ok, check: 'passed', reason: null },
      { fileID: preset, check: 'rejected', reason: '含有时政相关内容' },
    ])
    // A member of the branch is not the board's staff: the public's view, no word on the refused image.
    const member = dataOf(await cloud.call(MEMBER, boardsContract, 'get', { id: saved.id }))
    expect(member.blocks.filter((block) => block.type === 'image')).toEqual([{ type: 'image', fileID: ok, caption: '会场' }])
    expect(member.imageChecks).toBeUndefined()
    // 版面管理: the staff's list carries the checks for the card's line; the public list does not.
    const managed = dataOf(await cloud.call(SECRETARY, boardsContract, 'listForOrg', { orgId: 'org-taohua' })).boards.find((board) => board.id === saved.id)
    expect(managed?.imageChecks).toEqual(staff.imageChecks)
    const listed = dataOf(await cloud.call(UNBOUND, boardsContract, 'list', { orgId: 'org-taohua' })).boards.find((board) => board.id === saved.id)
    expect(listed).toBeDefined()
    expect(listed).not.toHaveProperty('imageChecks')
  })

  it('the public board page: the branch’s secretary (and its township) read every picture with 已公开 / 审核中 / 未通过; anyone else only passed pictures and no checks', async () => {
    const passed = await store('boards/1764000000010-square.jpg')
    const refused = await store('boards/1764000000011-risky-flag.jpg')
    const held = await store('boards/1764000000012-stage.jpg')
    const first = [
      { type: 'image' as const, fileID: passed, caption: '文化广场' },
      { type: 'image' as const, fileID: refused, caption: '开工横幅' },
    ]
    const saved = dataOf(await cloud.call(SECRETARY, boardsContract, 'save', { orgId: 'org-taohua', kind: 'notice', title: '文化广场落成', blocks: first }))
    dataOf(await cloud.call(SECRETARY, boardsContract, 'publish', { id: saved.id }))
    await cloud.emulator.mediaCheck.settled()
    cloud.emulator.mediaCheck.hold()
    dataOf(await cloud.call(SECRETARY, boardsContract, 'save', { id: saved.id, orgId: 'org-taohua', kind: 'notice', title: '文化广场落成', blocks: [...first, { type: 'image', fileID: held, caption: '戏台' }] }))
    try {
      const all = [passed, refused, held]
      const checks = [
        { fileID: passed, check: 'passed', reason: null },
        { fileID: refused, check: 'rejected', reason: '含有色情相关内容' },
        { fileID: held, check: 'pending', reason: null },
      ]
      for (const staff of [SECRETARY, TOWNSHIP]) {
        const read = dataOf(await cloud.call(staff, boardsContract, 'get', { id: saved.id }))
        expect(read.blocks.flatMap((block) => (block.type === 'image' ? [block.fileID] : []))).toEqual(all)
        expect(read.imageChecks).toEqual(checks)
      }
      // A villager of the branch, a member, another branch's secretary, another township, a stranger: the public's view.
      for (const other of ['demo-villager-1', MEMBER, 'demo-secretary-shangwan', 'demo-organiser-xihe', UNBOUND]) {
        const read = dataOf(await cloud.call(other, boardsContract, 'get', { id: saved.id }))
        expect(read.blocks.flatMap((block) => (block.type === 'image' ? [block.fileID] : []))).toEqual([passed])
        expect(read).not.toHaveProperty('imageChecks')
        expect(JSON.stringify(read)).not.toMatch(/risky-flag|stage\.jpg|开工横幅|戏台/)
      }
    } finally {
      cloud.emulator.mediaCheck.release()
      await cloud.emulator.mediaCheck.settled()
    }
  })

  it('stories: the township and the county feed get only passed photos; the branch keeps seeing its own', async () => {
    const ok = await store('stories/1764000000008-tea.jpg')
    const risky = await store('stories/1764000000009-risky.jpg')
    const saved = dataOf(
      await cloud.call(SECRETARY, storiesContract, 'save', { orgId: 'org-taohua', title: '茶园党员带富', summary: '党员带着农户学新技术。', body: '三名党员各联系五户茶农，教他们修剪和施肥。'.repeat(4), photos: [ok, risky], criterion: 'performance' }),
    )
    // A draft's photos are not checked yet: the editor lists no state for them.
    expect(saved.photoChecks).toEqual([])
    cloud.emulator.mediaCheck.hold()
    const submitted = dataOf(await cloud.call(SECRETARY, storiesContract, 'submit', { id: saved.id }))
    // Sent for the check on submit: the branch's secretary sees each photo 审核中 until the verdict.
    expect(submitted.photoChecks).toEqual([
      { fileID: ok, check: 'pending', reason: null },
      { fileID: risky, check: 'pending', reason: null },
    ])
    cloud.emulator.mediaCheck.release()
    await cloud.emulator.mediaCheck.settled()
    // …then the verdicts, with the reason of a refusal; the township is told nothing about photos it cannot see.
    expect(dataOf(await cloud.call(SECRETARY, storiesContract, 'get', { id: saved.id })).photoChecks).toEqual([
      { fileID: ok, check: 'passed', reason: null },
      { fileID: risky, check: 'rejected', reason: expect.stringMatching(/^含有/) },
    ])
    expect(dataOf(await cloud.call(TOWNSHIP, storiesContract, 'get', { id: saved.id })).photoChecks).toBeUndefined()
    // The branch's 典型经验 list carries them too (the card says 1 张照片未通过审核); the township's does not.
    expect(dataOf(await cloud.call(SECRETARY, storiesContract, 'listForOrg', { orgId: 'org-taohua' })).stories.find((story) => story.id === saved.id)?.photoChecks).toEqual([
      { fileID: ok, check: 'passed', reason: null },
      { fileID: risky, check: 'rejected', reason: expect.stringMatching(/^含有/) },
    ])
    expect(dataOf(await cloud.call(TOWNSHIP, storiesContract, 'listForOrg', { orgId: 'org-taohua' })).stories.find((story) => story.id === saved.id)?.photoChecks).toBeUndefined()

    const queued = dataOf(await cloud.call(TOWNSHIP, storiesContract, 'listForReview', { rootOrgId: 'org-dongling' })).stories.find((story) => story.id === saved.id)
    expect(queued?.photos).toEqual([ok])
    dataOf(await cloud.call(TOWNSHIP, storiesContract, 'review', { id: saved.id, decision: 'recommend', comment: '' }))
    expect(dataOf(await cloud.call(UNBOUND, storiesContract, 'feed', {})).stories.find((story) => story.id === saved.id)?.photos).toEqual([ok])
    expect(dataOf(await cloud.call(UNBOUND, storiesContract, 'read', { id: saved.id })).photos).toEqual([ok])
    expect(dataOf(await cloud.call(SECRETARY, storiesContract, 'get', { id: saved.id })).photos).toEqual([ok, risky])
    expect(decisions().filter((decision) => decision.targetId === saved.id).map((decision) => `${decision.target}:${decision.decision}`).sort()).toEqual(['story:passed', 'story:rejected'])
  })

  it('ignores a verdict nobody asked for: a forged push or a replay changes nothing', async () => {
    const risky = await store('pledges/1764000000007-risky.jpg')
    dataOf(await cloud.call(MEMBER, pledgesContract, 'addProgress', { id: 'pl-m-taohua-09-approved', date: '2026-03-03', text: '又去送了一次药', photos: [risky] }))
    await cloud.emulator.mediaCheck.settled()
    const [check] = cloud.emulator.db.find<MediaCheckDoc>('mediaChecks', { fileID: risky }, { limit: 1 })
    expect(check).toMatchObject({ state: 'rejected' })
    const forged = { Event: 'wxa_media_check', MsgType: 'event', trace_id: check.traceId, result: { suggest: 'pass', label: 100 } }
    expect((await cloud.post('mediaCheck', forged, { openid: MEMBER })).body).toMatchObject({ ok: false, code: 'AUTH.FORBIDDEN' })
    expect((await cloud.post('mediaCheck', { ...forged, trace_id: 'made-up' }, { openid: MEMBER })).body).toMatchObject({ ok: false, code: 'AUTH.FORBIDDEN' })
    expect((await cloud.post('mediaCheck', { action: 'anything' }, { openid: MEMBER })).body).toMatchObject({ ok: false, code: 'COMMON.BAD_REQUEST' })
    expect(await boardPhotos('pl-m-taohua-09-approved')).not.toContain(risky)
  })
})
