import { useCallback, useEffect, useRef, useState } from 'react'
import type { CallResult } from '@/services/cloud'

export type CloudState<T> =
  | { status: 'loading' }
  | { status: 'ready'; data: T }
  | { status: 'failed'; code: string; message: string }

/** Loads once on mount and again on `retry()`; an answer that arrives after unmount or a newer load is dropped. */
export function useCloud<T>(load: () => Promise<CallResult<T>>): { state: CloudState<T>; retry: () => void } {
  const [state, setState] = useState<CloudState<T>>({ status: 'loading' })
  const latest = useRef(0)
  const loadRef = useRef(load)
  loadRef.current = load

  const run = useCallback(() => {
    const ticket = ++latest.current
    setState({ status: 'loading' })
    loadRef.current().then((result) => {
      if (ticket !== latest.current) return
      setState(result.ok ? { status: 'ready', data: result.data } : { status: 'failed', code: result.code, message: result.message })
    })
  }, [])

  useEffect(() => {
    run()
    return () => {
      latest.current += 1
    }
  }, [run])

  return { state, retry: run }
}
