/**
 * The authorisation matrix, generated from the contracts: every action of every function in
 * CONTRACTS × every role × in scope / out of scope, through the real gateway, runner and
 * emulator. A new action fails here until it declares its access and has a case in
 * tests/support/action-cases.ts; so no action escapes the check.
 */
import { SCOPES, scopeOf, type Scope } from '../../src/core/auth'
import { CONTRACTS } from '../../src/core/contracts'
import { ROLES, type Role } from '../../src/core/org/org.types'
import type { Result } from '../../src/core/result'
import { ACTION_CASES, ROLE_FIXTURES, targetsFor, type Place } from '../support/action-cases'
import { startTestCloud, type TestCloud } from '../support/local-cloud'
import { restoreStore, snapshotStore, type StoreSnapshot } from '../support/store-snapshot'

// A cold function instance can take seconds on a busy 2-core machine.
jest.setTimeout(30_000)

const ACTIONS = CONTRACTS.flatMap((contract) => Object.entries(contract.actions).map(([action, spec]) => ({ key: `${contract.name}.${action}`, contract: contract.name, action, spec })))

const MATRIX = ACTIONS.flatMap((entry) => ROLES.map((role) => ({ ...entry, role, scope: scopeOf(entry.spec.access, role) })))

function anyPlace(role: Role): Place {
  const places = ROLE_FIXTURES[role].places
  const found = places.outside ?? places['own-org'] ?? places.subtree ?? places.self
  if (!found) throw new Error(`no place for ${role}`)
  return found
}

describe('authorisation matrix (every action × every role × in / out of scope)', () => {
  let cloud: TestCloud
  let seeded: StoreSnapshot

  beforeAll(async () => {
    cloud = await startTestCloud()
    seeded = snapshotStore(cloud.emulator.db)
  }, 60_000)
  afterAll(() => cloud?.close())

  async function callAs(role: Role, contract: string, action: string, input: Record<string, unknown>): Promise<Result<unknown>> {
    // Each call starts from the demo county, so one case's writes never decide another's answer.
    restoreStore(cloud.emulator.db, seeded)
    const { body } = await cloud.post(contract, { ...input, action }, { openid: ROLE_FIXTURES[role].openid })
    return body as Result<unknown>
  }

  it('covers every action of every contract with a declared policy and a case', () => {
    const missingCases = ACTIONS.filter(({ key }) => !ACTION_CASES[key]).map(({ key }) => key)
    expect(missingCases).toEqual([])
    for (const { key, spec } of ACTIONS) {
      const granted = ROLES.filter((role) => scopeOf(spec.access, role) !== null)
      expect({ key, granted: granted.length > 0 }).toEqual({ key, granted: true })
      for (const role of granted) expect(SCOPES).toContain(scopeOf(spec.access, role))
      expect({ key, villager: scopeOf(spec.access, 'villager') ?? 'none' }).toEqual({ key, villager: expect.stringMatching(/^(public|none)$/) })
    }
  })

  it('has no case left over for an action that no longer exists', () => {
    const keys = new Set(ACTIONS.map(({ key }) => key))
    expect(Object.keys(ACTION_CASES).filter((key) => !keys.has(key))).toEqual([])
  })

  it.each(MATRIX.map((row) => [row.key, row.role, row.scope ?? 'not granted', row] as const))('%s as %s (%s)', async (_key, _role, _scope, row) => {
    const actionCase = ACTION_CASES[row.key]
    if (!actionCase) throw new Error(`no case for ${row.key} in tests/support/action-cases.ts`)
    const { role, scope } = row

    if (scope === null) {
      const answer = await callAs(role, row.contract, row.action, actionCase.input(anyPlace(role)))
      expect(answer).toMatchObject({ ok: false, code: role === 'villager' ? 'AUTH.NOT_BOUND' : 'AUTH.FORBIDDEN', message: expect.any(String) })
      return
    }

    const { inScope, outOfScope } = targetsFor(scope as Scope)
    const inPlace = ROLE_FIXTURES[role].places[inScope]
    if (!inPlace) throw new Error(`the ${role} fixture has no ${inScope} place for scope ${scope}`)
    const expected = actionCase.inScopeAnswer?.(role) ?? 'ok'
    const allowed = await callAs(role, row.contract, row.action, actionCase.input(inPlace))
    if (expected === 'ok') expect(allowed).toEqual(expect.objectContaining({ ok: true }))
    else expect(allowed).toMatchObject({ ok: false, code: expected })

    if (outOfScope) {
      const outPlace = ROLE_FIXTURES[role].places[outOfScope]
      if (!outPlace) throw new Error(`the ${role} fixture has no ${outOfScope} place for scope ${scope}`)
      const refused = await callAs(role, row.contract, row.action, actionCase.input(outPlace))
      expect(refused).toMatchObject({ ok: false, code: 'AUTH.OUT_OF_SCOPE', message: expect.stringMatching(/[\u4e00-\u9fa5]/) })
    }
  })
})
