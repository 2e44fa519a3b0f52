/**
 * Property: every action of every contract, fed events its own input schema rejects (random
 * fields, wrong types, hostile keys, non-objects, unknown actions), answers { ok: false, code,
 * message } with a stable code, never crashes, and writes nothing (the store is compared
 * before and after).
 */
import fc from 'fast-check'
import { CONTRACTS } from '../../src/core/contracts'
import { ERROR_CODES } from '../../src/core/errors'
import { startTestCloud, type TestCloud } from '../support/local-cloud'
import { snapshotStore } from '../support/store-snapshot'

jest.setTimeout(180_000)

const ACTIONS = CONTRACTS.flatMap((contract) => Object.entries(contract.actions).map(([action, spec]) => ({ fn: contract.name, action, spec })))
const IDENTITIES = ['demo-villager-1', 'demo-member-taohua', 'demo-secretary-taohua', 'demo-organiser-dongling', 'demo-admin']
const ROUTER_KEYS = new Set(['action', 'userInfo'])

/** Values JSON can carry, including the awkward ones. */
const jsonValue = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.constantFrom('', ' ', '../../etc/passwd', '{"$gt":""}', "' OR 1=1 --", 'x'.repeat(5000), '１３８００１３８０００', '110101199003070000'),
  fc.constantFrom({ $gt: '' }, { $where: 'true' }, [], [[]], -1, 1e308, 0.5, true, null),
)

const payload = fc.dictionary(
  fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('__proto__', 'constructor', 'orgId', 'id', 'memberId', 'code', 'phone', 'idCard', 'openid', '_id', 'stage', 'year')),
  jsonValue,
  { maxKeys: 5 },
)

describe('malformed events to every action', () => {
  let cloud: TestCloud

  beforeAll(async () => {
    cloud = await startTestCloud()
  }, 60_000)
  afterAll(() => cloud?.close())

  it.each(ACTIONS.map((entry) => [`${entry.fn}.${entry.action}`, entry] as const))('%s answers a stable failure and writes nothing', async (_name, { fn, action, spec }) => {
    const before = snapshotStore(cloud.emulator.db)
    await fc.assert(
      fc.asyncProperty(payload, fc.constantFrom(...IDENTITIES), async (raw, openid) => {
        // What actually travels: JSON, without the router's own fields.
        const event = JSON.parse(JSON.stringify(raw)) as Record<string, unknown>
        for (const key of ROUTER_KEYS) delete event[key]
        fc.pre(!spec.input.safeParse(event).success)
        const { status, body } = await cloud.post(fn, { ...event, action }, { openid })
        expect(status).toBe(200)
        expect(body).toEqual({ ok: false, code: expect.any(String), message: expect.stringMatching(/[\u4e00-\u9fa5]/) })
        expect(ERROR_CODES).toContain((body as { code: string }).code)
        // CLIENT.* codes are the app's own (a call that never got an answer); no function answers one.
        expect((body as { code: string }).code).not.toMatch(/^CLIENT\./)
      }),
      { numRuns: 25 },
    )
    expect(snapshotStore(cloud.emulator.db)).toEqual(before)
  })

  it.each(CONTRACTS.map((contract) => [contract.name] as const))('%s answers non-object events and unknown actions with COMMON codes', async (fn) => {
    const before = snapshotStore(cloud.emulator.db)
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.constant(null), fc.array(fc.jsonValue({ maxDepth: 1 }), { maxLength: 3 }), fc.string(), fc.integer(), fc.record({ action: fc.string({ maxLength: 20 }) })), async (event) => {
        fc.pre(!(typeof event === 'object' && event !== null && !Array.isArray(event) && Object.hasOwn(CONTRACTS.find((c) => c.name === fn)?.actions ?? {}, (event as { action: string }).action)))
        const { body } = await cloud.post(fn, event, { openid: 'demo-secretary-taohua' })
        expect(body).toMatchObject({ ok: false, code: expect.stringMatching(/^COMMON\./), message: expect.any(String) })
      }),
      { numRuns: 20 },
    )
    expect(snapshotStore(cloud.emulator.db)).toEqual(before)
  })
})
