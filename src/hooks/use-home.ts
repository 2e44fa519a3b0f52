import { useEffect } from 'react'
import type { Home } from '@/core/contracts/org.contract'
import type { Role } from '@/core/org/org.types'
import { onDevOpenidChange } from '@/services/dev-identity'
import { getHome } from '@/services/org'
import { useCloud } from './use-cloud'

/** The caller's home (identity, organisation, five criteria); on h5 it reloads when the dev identity changes. */
export function useHome() {
  const home = useCloud<Home>(getHome)
  const { retry } = home
  useEffect(() => {
    if (process.env.TARO_ENV !== 'h5') return undefined
    return onDevOpenidChange(() => retry())
  }, [retry])
  return home
}

/**
 * The caller's role once known (null while loading or failed). A branch's pages serve its
 * secretary and the organisers over it (组织详情); buttons only the secretary may use are shown to
 * the secretary alone, instead of leading an organiser to a refusal. The server checks either way.
 */
export function useCallerRole(): Role | null {
  const { state } = useHome()
  return state.status === 'ready' ? state.data.identity.role : null
}
