import { useEffect } from 'react'
import type { Home } from '@/core/contracts/org.contract'
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

