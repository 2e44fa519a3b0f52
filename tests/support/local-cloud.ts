/**
 * A local cloud for tests (functions, e2e, bench): the real functions, bundled from source into a
 * private folder, run through the runner against the emulator in memory.
 *
 *   const cloud = await startTestCloud()                        // demo county, port 0
 *   const home = await cloud.call('demo-secretary-taohua', orgContract, 'getHome', {})
 *   const raw = await cloud.post('org', { action: 'getHome' }, { openid: null })   // through HTTP
 *   await cloud.close()
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import path from 'node:path'
import { buildFunctions } from '../../scripts/build-functions'
import { createLocalCloud, type LocalCloud, type LocalCloudOptions, type SeedData } from '../../local-cloud/server'
import { buildDemoCounty } from '../../local-cloud/seed/demo-county'
import type { ActionInput, ActionName, ActionOutput, Contract } from '../../src/core/contract'
import type { Result } from '../../src/core/result'

const ARTIFACTS = path.resolve(__dirname, '..', '.artifacts')

export interface TestCloudOptions extends Omit<LocalCloudOptions, 'seed' | 'functionsDir' | 'port'> {
  /** Default: the demo county. `null` for an empty store (collections declared, no documents). */
  seed?: SeedData | null
  /** Only bundle these functions (default all). */
  functions?: readonly string[]
}

export interface PostOptions {
  /** The x-dev-openid header; null sends none (no identity). */
  openid: string | null
  /** Send this text as the body instead of JSON.stringify(event). */
  rawBody?: string
}

export interface TestCloud extends LocalCloud {
  /** Calls an action as `openid` through the gateway, typed by the contract. */
  call<C extends Contract, A extends ActionName<C>>(openid: string | null, contract: C, action: A, input: ActionInput<C, A>): Promise<Result<ActionOutput<C, A>>>
  /** POSTs an event to /api/fn/<name>; answers the HTTP status and the parsed body. */
  post(name: string, event: unknown, options: PostOptions): Promise<{ status: number; body: unknown; ms: number }>
}

/**
 * Bundles the functions (into tests/.artifacts, so parallel test files never share a build) and
 * starts a local cloud on a free port of 127.0.0.1 in memory.
 */
/** The data of a call that must succeed; anything else fails the test with the code and message the user would have seen. */
export function dataOf<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`expected ok, got ${result.code}: ${result.message}`)
  return result.data
}

export async function startTestCloud(options: TestCloudOptions = {}): Promise<TestCloud> {
  const { seed, functions, ...rest } = options
  mkdirSync(ARTIFACTS, { recursive: true })
  const outRoot = mkdtempSync(path.join(ARTIFACTS, 'functions-'))
  try {
    await buildFunctions({ outRoot, names: functions })
    const cloud = await createLocalCloud({ ...rest, port: 0, functionsDir: outRoot, seed: seed === null ? undefined : (seed ?? buildDemoCounty()) })

    const post: TestCloud['post'] = async (name, event, postOptions) => {
      const started = performance.now()
      const response = await fetch(`${cloud.url}/api/fn/${encodeURIComponent(name)}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(postOptions.openid ? { 'x-dev-openid': postOptions.openid } : {}) },
        body: postOptions.rawBody ?? JSON.stringify(event),
      })
      const body: unknown = await response.json()
      return { status: response.status, body, ms: performance.now() - started }
    }

    return {
      ...cloud,
      post,
      async call(openid, contract, action, input) {
        const { body } = await post(contract.name, { ...(input as object), action }, { openid })
        // The function validated its output against the same contract before answering.
        return body as Result<ActionOutput<typeof contract, typeof action>>
      },
      async close() {
        await cloud.close()
        rmSync(outRoot, { recursive: true, force: true })
      },
    }
  } catch (error) {
    rmSync(outRoot, { recursive: true, force: true })
    throw error
  }
}

/** The demo county plus extra accounts, e.g. many members of one organisation for concurrency tests. */
export function demoCountyWith(extra: Partial<SeedData['collections']>, villagers: SeedData['villagers'] = []): SeedData {
  const demo = buildDemoCounty()
  const collections = { ...demo.collections }
  for (const [name, documents] of Object.entries(extra)) {
    if (documents) collections[name] = [...(collections[name] ?? []), ...documents]
  }
  return { collections: collections as SeedData['collections'], villagers: [...demo.villagers, ...villagers] }
}
