import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { CALLER_OPENID_PARAM as EMULATOR_CALLER_PARAM } from '../../local-cloud/emulator'
import { CALLER_OPENID_PARAM, createRunner, type Runner } from '../../local-cloud/runner/runner'
import { createLocalCloud } from '../../local-cloud/server'
import { buildDemoCounty } from '../../local-cloud/seed/demo-county'

// Fixture functions are plain CommonJS using the real wx-server-sdk; no admin server is needed for them.
const FIXTURES = path.join(__dirname, 'fixtures')
const UNREACHABLE_ADMIN = 'http://127.0.0.1:9/admin'

type WhoAmI = { before: string; after: string; sent: string; env: string }

describe('the function runner', () => {
  let runner: Runner
  let errors: jest.SpyInstance

  beforeEach(() => {
    errors = jest.spyOn(console, 'error').mockImplementation(() => undefined)
    runner = createRunner({ functionsDir: FIXTURES, adminUrl: UNREACHABLE_ADMIN, maxInstances: 4 })
  })
  afterEach(async () => {
    await runner.close()
    errors.mockRestore()
  })

  it('gives each of 40 concurrent calls with 40 OPENIDs its own identity (0 wrong), with at most 4 instances', async () => {
    const openids = Array.from({ length: 40 }, (_, index) => `openid-${index}`)
    const outcomes = await Promise.all(openids.map((openid) => runner.run('whoami', { sent: openid }, { openid })))
    const wrong = outcomes.filter((outcome) => {
      if (outcome.status !== 'returned') return true
      const seen = outcome.value as WhoAmI
      return seen.before !== seen.sent || seen.after !== seen.sent
    })
    expect(wrong).toHaveLength(0)
    expect(runner.stats().started).toBeLessThanOrEqual(4)
    expect((outcomes[0] as { value: WhoAmI }).value.env).toBe('local-dev')
  }, 30_000)

  it('reuses a warm instance for the next call', async () => {
    const first = await runner.run('whoami', { sent: 'a' }, { openid: 'a' })
    const second = await runner.run('whoami', { sent: 'b' }, { openid: 'b' })
    expect(first.cold).toBe(true)
    expect(second.cold).toBe(false)
    expect(runner.stats().started).toBe(1)
  }, 15_000)

  it('starts no instance on a warmed function: the first call is warm', async () => {
    runner.warm(['whoami'])
    const outcome = await runner.run('whoami', { sent: 'a' }, { openid: 'a' })
    expect(outcome).toMatchObject({ status: 'returned', cold: false })
  }, 15_000)

  it('terminates a call that outlives its config.json timeout, answers COMMON.TIMEOUT, and serves the next call', async () => {
    const started = Date.now()
    const result = await runner.call('sleepy', {}, { openid: 'a' })
    expect(result).toMatchObject({ ok: false, code: 'COMMON.TIMEOUT' })
    expect(!result.ok && result.message).toContain('1 秒')
    expect(Date.now() - started).toBeLessThan(3_000)
    expect(runner.stats().timedOut).toBe(1)
    expect(await runner.call('sleepy', { quick: true }, { openid: 'a' })).toEqual({ ok: true, data: 'awake' })
  }, 15_000)

  it('answers COMMON.INTERNAL when a function throws, logs it, and keeps running', async () => {
    expect(await runner.call('thrower', {}, { openid: 'a' })).toMatchObject({ ok: false, code: 'COMMON.INTERNAL' })
    expect(errors).toHaveBeenCalledWith(expect.stringContaining('fixture exploded'))
    expect(await runner.run('whoami', { sent: 'b' }, { openid: 'b' })).toMatchObject({ status: 'returned' })
  }, 15_000)

  it('survives an instance killed by an unhandled rejection and replaces it', async () => {
    expect(await runner.run('crasher', {}, { openid: 'a' })).toMatchObject({ status: 'crashed', error: { message: expect.stringContaining('unhandled in fixture') } })
    expect(await runner.call('crasher', {}, { openid: 'a' })).toMatchObject({ ok: false, code: 'COMMON.INTERNAL' })
    expect(runner.stats().crashed).toBe(2)
  }, 15_000)

  it('answers COMMON.UNKNOWN_FUNCTION for a missing function, and refuses names that climb out of the folder', async () => {
    expect(await runner.call('missing', {}, {})).toMatchObject({ ok: false, code: 'COMMON.UNKNOWN_FUNCTION' })
    expect(await runner.run('../fixtures/whoami', {}, {})).toEqual({ status: 'unknown-function', durationMs: 0, cold: false })
    expect(runner.has('../whoami')).toBe(false)
  })

  it('queues calls beyond the instance cap instead of failing them', async () => {
    const small = createRunner({ functionsDir: FIXTURES, adminUrl: UNREACHABLE_ADMIN, maxInstances: 1 })
    try {
      const outcomes = await Promise.all(['x', 'y', 'z'].map((openid) => small.run('whoami', { sent: openid }, { openid })))
      expect(outcomes.map((outcome) => outcome.status)).toEqual(['returned', 'returned', 'returned'])
      expect(small.stats().started).toBe(1)
    } finally {
      await small.close()
    }
  }, 15_000)

  it('tells the emulator the caller with the parameter the emulator reads', () => {
    expect(CALLER_OPENID_PARAM).toBe(EMULATOR_CALLER_PARAM)
  })
})

describe('createLocalCloud', () => {
  let scratch: string
  beforeEach(() => {
    scratch = mkdtempSync(path.join(os.tmpdir(), 'local-cloud-test-'))
  })
  afterEach(() => rmSync(scratch, { recursive: true, force: true }))

  it('serves the H5 build: files as they are, index.html for client routes, nothing outside the folder', async () => {
    const h5Dir = path.join(scratch, 'h5')
    mkdirSync(path.join(h5Dir, 'js'), { recursive: true })
    writeFileSync(path.join(h5Dir, 'index.html'), '<html>app shell</html>')
    writeFileSync(path.join(h5Dir, 'js', 'app.js'), 'console.log(1)')
    writeFileSync(path.join(scratch, 'secret.txt'), 'not served')
    const cloud = await createLocalCloud({ port: 0, functionsDir: FIXTURES, h5Dir, warm: false })
    try {
      const app = await fetch(`${cloud.url}/js/app.js`)
      expect(app.headers.get('content-type')).toContain('javascript')
      expect(await app.text()).toBe('console.log(1)')
      expect(await (await fetch(`${cloud.url}/pages/home/index`)).text()).toBe('<html>app shell</html>')
      expect((await fetch(`${cloud.url}/js/missing.js`)).status).toBe(404)
      expect(await (await fetch(`${cloud.url}/%2e%2e/secret.txt`)).text()).not.toContain('not served')
    } finally {
      await cloud.close()
    }
  })

  it('keeps its data in dataDir across restarts and seeds only an empty store', async () => {
    const dataDir = path.join(scratch, 'data')
    const demo = buildDemoCounty()
    const first = await createLocalCloud({ port: 0, functionsDir: FIXTURES, dataDir, seed: demo, warm: false })
    first.emulator.db.insertMany('orgs', [{ _id: 'org-added-later', name: '后加的组织', type: 'branch', parentId: 'org-taohua', ancestorIds: [], createdAt: '2026-03-02T00:00:00.000Z' }])
    await first.close()
    const second = await createLocalCloud({ port: 0, functionsDir: FIXTURES, dataDir, seed: demo, warm: false })
    try {
      expect(second.emulator.db.count('orgs')).toBe(demo.collections.orgs.length + 1)
      expect(second.emulator.db.listCollections()).toEqual(expect.arrayContaining(['accounts', 'members', 'orgs']))
    } finally {
      await second.close()
    }
    // Seeds the whole demo county into SQLite twice: seconds of disk work on a busy 2-core machine.
  }, 30_000)

  it('refuses to start under NODE_ENV=production, saying why', async () => {
    const previous = process.env.NODE_ENV
    process.env.NODE_ENV = 'production'
    try {
      await expect(createLocalCloud({ port: 0 })).rejects.toThrow(/NODE_ENV=production/)
    } finally {
      process.env.NODE_ENV = previous
    }
  })
})

describe('cloud.callFunction inside a function', () => {
  it('runs the callee through the same runner, carrying the caller identity, and reports a failing callee', async () => {
    const cloud = await createLocalCloud({ port: 0, functionsDir: FIXTURES, warm: false })
    const errors = jest.spyOn(console, 'error').mockImplementation(() => undefined)
    try {
      const post = async (event: object) => (await fetch(`${cloud.url}/api/fn/caller`, { method: 'POST', headers: { 'x-dev-openid': 'caller-openid' }, body: JSON.stringify(event) })).json()
      expect(await post({})).toEqual({ mine: 'caller-openid', callee: { before: 'caller-openid', after: 'caller-openid', sent: 'from-caller', env: 'local-dev' } })
      expect(await post({ target: 'thrower' })).toMatchObject({ ok: false, code: 'COMMON.INTERNAL' })
    } finally {
      errors.mockRestore()
      await cloud.close()
    }
  }, 20_000)
})
