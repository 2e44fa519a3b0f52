/**
 * What a form says after a send: every page's form goes through useSubmit, some showing its state,
 * some the result it returns (org-manage, member-form). A send the network dropped must not tell the
 * person to tap 重试: no form has such a button; the words are NETWORK_SEND_MESSAGE on both paths.
 */
import { act, renderHook } from '@testing-library/react'
import { ERRORS, NETWORK_SEND_MESSAGE } from '@/core/errors'
import { useSubmit } from '@/hooks/use-submit'
import type { CallResult } from '@/services/cloud'

async function sendWith(answer: CallResult<{ id: string }>) {
  const { result } = renderHook(() => useSubmit(async (_text: string) => answer))
  let returned: CallResult<{ id: string }> | null = null
  await act(async () => {
    returned = await result.current.submit('三组的垃圾好几天没人清运了')
  })
  return { returned: returned as CallResult<{ id: string }> | null, state: result.current.state }
}

describe('useSubmit', () => {
  it('says a dropped send was not sent and to tap the same button again, in the state and in the returned result', async () => {
    const { returned, state } = await sendWith({ ok: false, code: 'CLIENT.NETWORK', message: ERRORS['CLIENT.NETWORK'] })
    expect(state).toEqual({ status: 'failed', code: 'CLIENT.NETWORK', message: NETWORK_SEND_MESSAGE })
    expect(returned).toEqual({ ok: false, code: 'CLIENT.NETWORK', message: NETWORK_SEND_MESSAGE })
    expect(NETWORK_SEND_MESSAGE).not.toContain('重试')
  })

  it('keeps the server’s own words for a refusal', async () => {
    const { returned, state } = await sendWith({ ok: false, code: 'CONTENT.REJECTED', message: ERRORS['CONTENT.REJECTED'] })
    expect(state).toEqual({ status: 'failed', code: 'CONTENT.REJECTED', message: ERRORS['CONTENT.REJECTED'] })
    expect(returned).toEqual({ ok: false, code: 'CONTENT.REJECTED', message: ERRORS['CONTENT.REJECTED'] })
  })
})
