import { buildDemoCounty } from '../../local-cloud/seed/demo-county'

describe('the demo county', () => {
  const seed = buildDemoCounty()
  const { orgs, members, accounts } = seed.collections

  it('is the same every time it is built', () => {
    expect(buildDemoCounty()).toEqual(seed)
  })

  it('has a county, at least 2 townships, 8 villages and a non-public enterprise', () => {
    const count = (type: string) => orgs.filter((o) => o.type === type).length
    expect(count('county')).toBe(1)
    expect(count('township')).toBeGreaterThanOrEqual(2)
    expect(count('village')).toBeGreaterThanOrEqual(8)
    expect(count('enterprise')).toBeGreaterThanOrEqual(1)
  })

  it('has at least 60 members, each in an organisation that exists', () => {
    expect(members.length).toBeGreaterThanOrEqual(60)
    const ids = new Set(orgs.map((o) => o._id))
    expect(members.every((m) => ids.has(m.orgId))).toBe(true)
  })

  it('gives every township, village and enterprise a secretary, and organisers at township and county level', () => {
    for (const org of orgs.filter((o) => o.type !== 'county')) {
      expect(accounts.some((a) => a.role === 'secretary' && a.orgId === org._id)).toBe(true)
    }
    const organiserOrgTypes = accounts.filter((a) => a.role === 'organiser').map((a) => orgs.find((o) => o._id === a.orgId)?.type)
    expect(organiserOrgTypes).toEqual(expect.arrayContaining(['county', 'township']))
    expect(seed.villagers.length).toBeGreaterThan(0)
  })

  it('keeps every ancestor chain consistent with the parents', () => {
    const byId = new Map(orgs.map((o) => [o._id, o]))
    for (const org of orgs) {
      const parent = org.parentId ? byId.get(org.parentId) : undefined
      expect(org.ancestorIds).toEqual(parent ? [...parent.ancestorIds, parent._id] : [])
    }
  })

  it('writes names and duties in Chinese and never an ID-card number', () => {
    expect(members.every((m) => /^[\u4e00-\u9fa5]{2,4}$/.test(m.name))).toBe(true)
    expect(JSON.stringify(seed)).not.toMatch(/\d{17}[\dXx]/)
  })
})
