import Taro from '@tarojs/taro'
import type { ActionInput, ActionName, ActionOutput, Contract } from '@/core/contract'
import { ERRORS } from '@/core/errors'
import type { Fail, Result } from '@/core/result'
import { DEV_OPENID_HEADER, getDevOpenid } from './dev-identity'

/**
 * A contract known by name and type only. Pages call through a ref so the client bundle does not
 * carry the contract's zod schemas: the server validates, the client only needs the types.
 */
export interface ContractRef<C extends Contract> {
  readonly name: C['name']
  /** Never set: carries the contract's type. */
  readonly contract?: C
}

export function contractRef<C extends Contract>(name: C['name']): ContractRef<C> {
  return { name }
}

/** The request could not reach the cloud or its answer never came: nothing was decided there. */
export interface NetworkFail extends Fail {
  code: 'CLIENT.NETWORK'
}

/** What a call answers: the function's own Result, or a network failure the page can offer to retry. */
export type CallResult<T> = Result<T> | NetworkFail

const TIMEOUT_MS = 15_000

function networkFail(): NetworkFail {
  return { ok: false, code: 'CLIENT.NETWORK', message: ERRORS['CLIENT.NETWORK'] }
}

function badAnswer(): Fail {
  return { ok: false, code: 'COMMON.INTERNAL', message: ERRORS['COMMON.INTERNAL'] }
}

/** Trust only answers shaped like a Result; anything else (an HTML error page, a crash) is the server's fault. */
function asResult<T>(value: unknown): Result<T> {
  if (typeof value !== 'object' || value === null || !('ok' in value)) return badAnswer()
  const answer = value as { ok: unknown; data?: unknown; code?: unknown; message?: unknown }
  if (answer.ok === true && 'data' in answer) return answer as Result<T>
  if (answer.ok === false && typeof answer.code === 'string' && typeof answer.message === 'string') return answer as Result<T>
  return badAnswer()
}

async function callOverWeChat<T>(name: string, data: Record<string, unknown>): Promise<CallResult<T>> {
  if (!Taro.cloud) return { ok: false, code: 'COMMON.NOT_CONFIGURED', message: ERRORS['COMMON.NOT_CONFIGURED'] }
  try {
    const answer = await Taro.cloud.callFunction({ name, data })
    return asResult<T>(answer.result)
  } catch {
    // callFunction rejects only when the call itself failed (offline, timeout, no such function).
    return networkFail()
  }
}

async function callOverHttp<T>(name: string, data: Record<string, unknown>): Promise<CallResult<T>> {
  const headers: Record<string, string> = { 'content-type': 'application/json' }
  const openid = getDevOpenid()
  if (openid) headers[DEV_OPENID_HEADER] = openid
  const controller = new AbortController()
  const timer = setTimeout(() => controller.abort(), TIMEOUT_MS)
  let response: Response
  try {
    response = await fetch(`${process.env.TARO_APP_API_BASE ?? ''}/api/fn/${encodeURIComponent(name)}`, {
      method: 'POST',
      headers,
      body: JSON.stringify(data),
      signal: controller.signal,
    })
  } catch {
    return networkFail()
  } finally {
    clearTimeout(timer)
  }
  try {
    // The gateway answers a Result even with a 4xx/5xx status, so the body decides, not the status.
    return asResult<T>(await response.json())
  } catch {
    return badAnswer()
  }
}

/**
 * The one way the client calls a cloud function: `{ action, ...payload }` to the function named by
 * the contract. Each build keeps only its branch (process.env.TARO_ENV is replaced at build time).
 */
export function callCloud<C extends Contract, A extends ActionName<C>>(
  contract: C | ContractRef<C>,
  action: A,
  payload: ActionInput<C, A>,
): Promise<CallResult<ActionOutput<C, A>>> {
  const data: Record<string, unknown> = { ...(payload as Record<string, unknown>), action }
  if (process.env.TARO_ENV === 'weapp') return callOverWeChat<ActionOutput<C, A>>(contract.name, data)
  if (process.env.TARO_ENV === 'h5') return callOverHttp<ActionOutput<C, A>>(contract.name, data)
  return Promise.resolve({ ok: false, code: 'COMMON.NOT_CONFIGURED', message: ERRORS['COMMON.NOT_CONFIGURED'] })
}
