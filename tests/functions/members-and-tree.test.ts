import { membersContract, orgContract } from '../../src/core/contracts'
import type { OrgDoc } from '../../src/core/org/org.docs'
import { dataOf, startTestCloud, type TestCloud } from '../support/local-cloud'

jest.setTimeout(60_000)

describe('members through the gateway', () => {
  let cloud: TestCloud

  beforeAll(async () => {
    cloud = await startTestCloud({ functions: ['org', 'members'] })
  }, 60_000)
  afterAll(() => cloud?.close())

  it('adds a member with a masked phone and an "added" history entry', async () => {
    const added = dataOf(await cloud.call('demo-secretary-taohua', membersContract, 'add', { orgId: 'org-taohua', name: '王新民', gender: '男', birthYear: 1990, joinedAt: '2015-07-01', phone: '13900001111', duty: '网格员' }))
    expect(added).toMatchObject({ orgName: '桃花村党支部', phone: '139****1111', duty: '网格员', committeeRole: null, status: 'active', bound: false })
    expect(added.history).toEqual([expect.objectContaining({ kind: 'added', detail: '登记为“桃花村党支部”党员' })])
    expect(cloud.emulator.db.findOne('members', { _id: added.id })).toMatchObject({ phone: '13900001111' })
  })

  it('edits fields, clears the phone with null, and keeps one 书记 per organisation', async () => {
    const edited = dataOf(await cloud.call('demo-secretary-taohua', membersContract, 'edit', { id: 'm-taohua-05', duty: '村民小组长', phone: null }))
    expect(edited).toMatchObject({ duty: '村民小组长', phone: null })
    expect(edited.history.at(-1)).toMatchObject({ kind: 'edited', detail: '修改了手机号、职务' })
    expect(await cloud.call('demo-secretary-taohua', membersContract, 'edit', { id: 'm-taohua-05', committeeRole: '书记' })).toMatchObject({ ok: false, code: 'MEMBER.COMMITTEE_ROLE_TAKEN' })
    expect(dataOf(await cloud.call('demo-secretary-taohua', membersContract, 'edit', { id: 'm-taohua-05', committeeRole: '副书记' })).committeeRole).toBe('副书记')
  })

  it('transfers a member within the county: the record moves with its history, the old secretary loses it, the new one sees it', async () => {
    const moved = dataOf(await cloud.call('demo-secretary-taohua', membersContract, 'transfer', { id: 'm-taohua-02', toOrgId: 'org-hexi' }))
    expect(moved).toMatchObject({ orgId: 'org-hexi', orgName: '河西村党支部', committeeRole: null })
    expect(moved.history.at(-1)).toMatchObject({ kind: 'transferred', detail: '组织关系由“桃花村党支部”转入“河西村党支部”' })
    expect(await cloud.call('demo-secretary-taohua', membersContract, 'get', { id: 'm-taohua-02' })).toMatchObject({ ok: false, code: 'AUTH.OUT_OF_SCOPE' })
    expect(dataOf(await cloud.call('demo-secretary-hexi', membersContract, 'list', { orgId: 'org-hexi' })).members.map((member) => member.id)).toContain('m-taohua-02')
  })

  it('moves a bound member\'s identity along, as a plain member of the new organisation', async () => {
    dataOf(await cloud.call('demo-secretary-shangwan', membersContract, 'transfer', { id: 'm-shangwan-07', toOrgId: 'org-taohua' }))
    const home = dataOf(await cloud.call('demo-member-shangwan', orgContract, 'getHome', {}))
    expect(home.org?.id).toBe('org-taohua')
  })

  it('archives a member, removes their binding so they can no longer act, and refuses further edits', async () => {
    const archived = dataOf(await cloud.call('demo-secretary-hexi', membersContract, 'archive', { id: 'm-hexi-08', reason: '因病去世' }))
    expect(archived).toMatchObject({ status: 'archived', bound: false })
    expect(dataOf(await cloud.call('demo-member-hexi', orgContract, 'getHome', {})).identity.role).toBe('villager')
    expect(await cloud.call('demo-secretary-hexi', membersContract, 'edit', { id: 'm-hexi-08', duty: '党员' })).toMatchObject({ ok: false, code: 'MEMBER.ARCHIVED' })
    expect(dataOf(await cloud.call('demo-secretary-hexi', membersContract, 'list', { orgId: 'org-hexi' })).members.map((member) => member.id)).not.toContain('m-hexi-08')
    expect(dataOf(await cloud.call('demo-secretary-hexi', membersContract, 'list', { orgId: 'org-hexi', includeArchived: true })).members.map((member) => member.id)).toContain('m-hexi-08')
  })

  it('refuses a transfer outside the county and an unknown member', async () => {
    cloud.emulator.db.insertMany('orgs', [{ _id: 'org-other-county', name: '中共别县委', type: 'county', parentId: null, ancestorIds: [], createdAt: '2026-03-01T00:00:00.000Z' } satisfies OrgDoc])
    expect(await cloud.call('demo-organiser-county', membersContract, 'transfer', { id: 'm-taohua-03', toOrgId: 'org-other-county' })).toMatchObject({ ok: false, code: 'MEMBER.TRANSFER_OUTSIDE' })
    expect(await cloud.call('demo-secretary-taohua', membersContract, 'get', { id: 'm-nobody' })).toMatchObject({ ok: false, code: 'MEMBER.NOT_FOUND' })
  })
})

describe('the organisation tree through the gateway', () => {
  let cloud: TestCloud

  beforeAll(async () => {
    cloud = await startTestCloud({ functions: ['org'] })
  }, 60_000)
  afterAll(() => cloud?.close())

  it('lists a township organiser their subtree depth-first, with member counts; a secretary only their own organisation', async () => {
    const { nodes } = dataOf(await cloud.call('demo-organiser-dongling', orgContract, 'listTree', {}))
    expect(nodes[0]).toMatchObject({ id: 'org-dongling', depth: 0, memberCount: 4 })
    expect(nodes.slice(1).every((node) => node.depth === 1 && node.parentId === 'org-dongling')).toBe(true)
    expect(nodes).toHaveLength(6)
    expect(dataOf(await cloud.call('demo-secretary-taohua', orgContract, 'listTree', {})).nodes.map((node) => node.id)).toEqual(['org-taohua'])
  })

  it('creates a branch under a village, refuses a village under a village, and moves a village with its branch to the other township', async () => {
    const branch = dataOf(await cloud.call('demo-organiser-county', orgContract, 'createOrg', { parentId: 'org-taohua', name: '桃花村第一党支部', type: 'branch' }))
    expect(branch).toMatchObject({ type: 'branch', typeLabel: '党支部', parentId: 'org-taohua' })
    expect(await cloud.call('demo-organiser-dongling', orgContract, 'createOrg', { parentId: 'org-taohua', name: '错误的村', type: 'village' })).toMatchObject({ ok: false, code: 'ORG.BAD_PARENT' })

    const moved = dataOf(await cloud.call('demo-organiser-county', orgContract, 'moveOrg', { id: 'org-taohua', parentId: 'org-xihe' }))
    expect(moved).toMatchObject({ org: { id: 'org-taohua', parentId: 'org-xihe' }, descendantsMoved: 1 })
    expect(cloud.emulator.db.findOne<OrgDoc>('orgs', { _id: branch.id })?.ancestorIds).toEqual(['org-qingshan', 'org-xihe', 'org-taohua'])
    // The township organiser's reach follows the tree.
    expect(await cloud.call('demo-organiser-dongling', orgContract, 'renameOrg', { id: 'org-taohua', name: '桃花村党总支' })).toMatchObject({ ok: false, code: 'AUTH.OUT_OF_SCOPE' })
    expect(await cloud.call('demo-organiser-xihe', orgContract, 'renameOrg', { id: 'org-taohua', name: '桃花村党总支' })).toMatchObject({ ok: true, data: { name: '桃花村党总支' } })
    expect(await cloud.call('demo-organiser-county', orgContract, 'moveOrg', { id: 'org-xihe', parentId: 'org-taohua' })).toMatchObject({ ok: false, code: 'ORG.MOVE_INTO_ITSELF' })
  })

  it('sets up a fresh deployment once: the first caller becomes the admin of a new county', async () => {
    const fresh = await startTestCloud({ functions: ['org'], seed: null })
    try {
      const setUp = dataOf(await fresh.call('first-openid', orgContract, 'setUp', { countyName: '中共新安县委', adminName: '王管理' }))
      expect(setUp).toMatchObject({ org: { name: '中共新安县委', type: 'county' }, role: 'admin' })
      expect(dataOf(await fresh.call('first-openid', orgContract, 'getHome', {})).identity).toMatchObject({ role: 'admin', displayName: '王管理' })
      expect(await fresh.call('second-openid', orgContract, 'setUp', { countyName: '中共别县委', adminName: '李某' })).toMatchObject({ ok: false, code: 'ORG.ALREADY_SET_UP' })
      const township = dataOf(await fresh.call('first-openid', orgContract, 'createOrg', { parentId: setUp.org.id, name: '中共新安镇委员会', type: 'township' }))
      expect(township.depth).toBe(1)
    } finally {
      await fresh.close()
    }
  })
})
