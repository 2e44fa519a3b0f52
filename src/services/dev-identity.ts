import type { DevIdentity } from '@/core/dev-identity'

/**
 * The h5 build's stand-in for WeChat's OPENID: the local cloud gateway reads this header. It exists
 * only for development; the weapp build never references this module's exports outside h5 branches.
 */
export const DEV_OPENID_HEADER = 'x-dev-openid'

const STORAGE_KEY = 'zcwh.dev-openid'

export type { DevIdentity }

type Listener = (openid: string | null) => void
const listeners = new Set<Listener>()

export function getDevOpenid(): string | null {
  try {
    return globalThis.localStorage?.getItem(STORAGE_KEY) ?? null
  } catch {
    return null
  }
}

/** Act as another demo identity from the next call on; pages listening reload their data. */
export function setDevOpenid(openid: string | null): void {
  try {
    if (openid) globalThis.localStorage?.setItem(STORAGE_KEY, openid)
    else globalThis.localStorage?.removeItem(STORAGE_KEY)
  } catch {
    // Private browsing can refuse storage; the choice then lasts only until the page reloads.
  }
  for (const listener of listeners) listener(openid)
}

export function onDevOpenidChange(listener: Listener): () => void {
  listeners.add(listener)
  return () => {
    listeners.delete(listener)
  }
}

function isDevIdentity(value: unknown): value is DevIdentity {
  if (typeof value !== 'object' || value === null) return false
  const v = value as Record<string, unknown>
  return typeof v.openid === 'string' && typeof v.role === 'string' && typeof v.roleLabel === 'string' && typeof v.displayName === 'string'
}

export type DevIdentitiesAnswer = { ok: true; identities: DevIdentity[] } | { ok: false; message: string }

export async function listDevIdentities(): Promise<DevIdentitiesAnswer> {
  try {
    const response = await fetch(`${process.env.TARO_APP_API_BASE ?? ''}/api/dev/identities`)
    const body: unknown = await response.json()
    if (!response.ok || !Array.isArray(body)) return { ok: false, message: '本地云没有返回身份列表，请确认本地云已启动。' }
    return { ok: true, identities: body.filter(isDevIdentity) }
  } catch {
    return { ok: false, message: '连不上本地云，请先启动本地云（npm start）。' }
  }
}
