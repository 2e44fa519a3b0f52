import { orgContract } from '../../src/core/contracts'
import { startTestCloud, type TestCloud } from '../support/local-cloud'

jest.setTimeout(60_000)

/** What the organiser tree page sends for 新建下级组织 / 改名 / 调整上级, as two township organisers of the demo county. */
describe('managing the organisation tree from the tree page, through the gateway', () => {
  let cloud: TestCloud

  beforeAll(async () => {
    cloud = await startTestCloud({ functions: ['org'] })
  }, 60_000)
  afterAll(() => cloud?.close())

  async function namesUnder(rootId: string): Promise<string[]> {
    const tree = await cloud.call('demo-organiser-county', orgContract, 'listTree', { rootId })
    if (!tree.ok) throw new Error(`${tree.code}: ${tree.message}`)
    return tree.data.nodes.map((node) => node.name)
  }

  it('refuses the organiser of 东岭镇 a village under 西河乡, in Chinese naming the township, and writes nothing', async () => {
    const before = await namesUnder('org-xihe')
    const refused = await cloud.call('demo-organiser-dongling', orgContract, 'createOrg', { parentId: 'org-xihe', name: '杏林村党支部', type: 'village' })
    expect(refused).toMatchObject({ ok: false, code: 'AUTH.OUT_OF_SCOPE' })
    expect(refused.ok ? '' : refused.message).toContain('中共西河乡委员会')
    expect(refused.ok ? '' : refused.message).toMatch(/[\u4e00-\u9fa5]/)
    expect(await namesUnder('org-xihe')).toEqual(before)

    // Nor under a village of 西河乡, nor by renaming or pulling one of its villages into 东岭镇.
    expect(await cloud.call('demo-organiser-dongling', orgContract, 'createOrg', { parentId: 'org-hexi', name: '河西村第一党支部', type: 'branch' })).toMatchObject({ ok: false, code: 'AUTH.OUT_OF_SCOPE' })
    expect(await cloud.call('demo-organiser-dongling', orgContract, 'renameOrg', { id: 'org-hexi', name: '河西村党总支' })).toMatchObject({ ok: false, code: 'AUTH.OUT_OF_SCOPE' })
    expect(await cloud.call('demo-organiser-dongling', orgContract, 'moveOrg', { id: 'org-hexi', parentId: 'org-dongling' })).toMatchObject({ ok: false, code: 'AUTH.OUT_OF_SCOPE' })
    expect(await namesUnder('org-xihe')).toEqual(before)
  })

  it('lets the organiser of 西河乡 create the same village under their own township, and it appears in their tree', async () => {
    const created = await cloud.call('demo-organiser-xihe', orgContract, 'createOrg', { parentId: 'org-xihe', name: '杏林村党支部', type: 'village' })
    expect(created).toMatchObject({ ok: true, data: { name: '杏林村党支部', type: 'village', parentId: 'org-xihe' } })
    const tree = await cloud.call('demo-organiser-xihe', orgContract, 'listTree', {})
    expect(tree.ok && tree.data.nodes.find((node) => node.name === '杏林村党支部')).toMatchObject({ depth: 1, parentId: 'org-xihe', memberCount: 0 })
  })
})
