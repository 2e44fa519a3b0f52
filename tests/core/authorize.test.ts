import { authorize, type AccessPolicy, type AuthResource } from '../../src/core/auth'

// A small tree: county → township → village; and another township's village.
const county: AuthResource = { orgId: 'county', orgAncestorIds: [] }
const township: AuthResource = { orgId: 'town', orgAncestorIds: ['county'] }
const village: AuthResource = { orgId: 'village', orgAncestorIds: ['county', 'town'] }
const otherVillage: AuthResource = { orgId: 'village-2', orgAncestorIds: ['county', 'town-2'] }
const memberRecord = (memberId: string): AuthResource => ({ ...village, memberId })

const policy: AccessPolicy = { villager: 'public', member: 'self', secretary: 'own-org', organiser: 'subtree', admin: 'all' }

describe('authorize (actor × action × resource)', () => {
  it('refuses a villager with AUTH.NOT_BOUND and a bound role with AUTH.FORBIDDEN when the action does not name their role', () => {
    const staffOnly = { access: { secretary: 'own-org' } satisfies AccessPolicy }
    expect(authorize({ role: 'villager' }, staffOnly)).toEqual({ allowed: false, code: 'AUTH.NOT_BOUND' })
    expect(authorize({ role: 'member', orgId: 'village', memberId: 'm1' }, staffOnly)).toEqual({ allowed: false, code: 'AUTH.FORBIDDEN' })
  })

  it('lets a member reach only their own record', () => {
    const member = { role: 'member' as const, orgId: 'village', memberId: 'm1' }
    expect(authorize(member, { access: policy }, memberRecord('m1'))).toEqual({ allowed: true, scope: 'self' })
    expect(authorize(member, { access: policy }, memberRecord('m2'))).toEqual({ allowed: false, code: 'AUTH.OUT_OF_SCOPE' })
    expect(authorize(member, { access: policy }, village)).toEqual({ allowed: false, code: 'AUTH.OUT_OF_SCOPE' })
  })

  it('lets a secretary reach their organisation and nothing above, beside or below it', () => {
    const secretary = { role: 'secretary' as const, orgId: 'village', memberId: 's1' }
    expect(authorize(secretary, { access: policy }, memberRecord('m2')).allowed).toBe(true)
    for (const resource of [township, county, otherVillage]) expect(authorize(secretary, { access: policy }, resource)).toEqual({ allowed: false, code: 'AUTH.OUT_OF_SCOPE' })
  })

  it('lets an organiser reach their organisation and everything under it, never a sibling or a parent', () => {
    const organiser = { role: 'organiser' as const, orgId: 'town', memberId: 'o1' }
    expect(authorize(organiser, { access: policy }, township).allowed).toBe(true)
    expect(authorize(organiser, { access: policy }, village).allowed).toBe(true)
    expect(authorize(organiser, { access: policy }, otherVillage)).toEqual({ allowed: false, code: 'AUTH.OUT_OF_SCOPE' })
    expect(authorize(organiser, { access: policy }, county)).toEqual({ allowed: false, code: 'AUTH.OUT_OF_SCOPE' })
  })

  it('makes the county organisation department, as an organiser at the root, reach the whole county', () => {
    const countyOrganiser = { role: 'organiser' as const, orgId: 'county' }
    for (const resource of [county, township, village, otherVillage]) expect(authorize(countyOrganiser, { access: policy }, resource).allowed).toBe(true)
  })

  it('never lets a bound role without an organisation through an organisation scope', () => {
    expect(authorize({ role: 'secretary', orgId: null }, { access: policy }, village).allowed).toBe(false)
    expect(authorize({ role: 'organiser' }, { access: policy }, village).allowed).toBe(false)
    expect(authorize({ role: 'member', memberId: null }, { access: policy }, { ...village, memberId: null }).allowed).toBe(false)
  })

  it('checks only the role when there is no resource (the gate before an action runs)', () => {
    expect(authorize({ role: 'villager' }, { access: policy })).toEqual({ allowed: true, scope: 'public' })
    expect(authorize({ role: 'admin', orgId: 'county' }, { access: policy }, otherVillage)).toEqual({ allowed: true, scope: 'all' })
  })
})
