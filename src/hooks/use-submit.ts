import { useCallback, useRef, useState } from 'react'
import { NETWORK_SEND_MESSAGE } from '@/core/errors'
import type { CallResult } from '@/services/cloud'

export type SubmitState<T> =
  | { status: 'idle' }
  | { status: 'saving' }
  | { status: 'failed'; code: string; message: string }
  | { status: 'done'; data: T }

/**
 * One write a person starts with a tap: saving (the button stays busy so a second tap does not send
 * it twice), then the server's answer, its Chinese refusal included, kept for the page to show.
 */
export function useSubmit<Args extends unknown[], T>(send: (...args: Args) => Promise<CallResult<T>>) {
  const [state, setState] = useState<SubmitState<T>>({ status: 'idle' })
  const busy = useRef(false)
  const sendRef = useRef(send)
  sendRef.current = send

  const submit = useCallback(async (...args: Args): Promise<CallResult<T> | null> => {
    if (busy.current) return null
    busy.current = true
    setState({ status: 'saving' })
    try {
      const answer = await sendRef.current(...args)
      // The network's own words say “点‘重试’”; a form's button is its send button, so say so (to pages
      // that show the state and to those that read the returned result alike).
      const result: CallResult<T> = !answer.ok && answer.code === 'CLIENT.NETWORK' ? { ...answer, message: NETWORK_SEND_MESSAGE } : answer
      setState(result.ok ? { status: 'done', data: result.data } : { status: 'failed', code: result.code, message: result.message })
      return result
    } finally {
      busy.current = false
    }
  }, [])

  const reset = useCallback(() => setState({ status: 'idle' }), [])
  return { state, submit, reset }
}
