import { forgetHome } from '@/services/org'

/** One recorded request to the local cloud gateway, as the h5 adapter sent it. */
export interface SentRequest {
  url: string
  method: string
  headers: Record<string, string>
  body: unknown
}

type Responder = (request: SentRequest) => unknown

/**
 * Replaces window.fetch with a fake gateway: `respond` gives the JSON body for each request, or
 * throws to simulate a network failure. Every request is recorded for the test to read. A new
 * gateway is a new server: the home pages share (services/org) is asked for again.
 */
export function installFetch(respond: Responder): { sent: SentRequest[] } {
  forgetHome()
  const sent: SentRequest[] = []
  const fake = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const request: SentRequest = {
      url: String(input),
      method: init?.method ?? 'GET',
      headers: { ...((init?.headers as Record<string, string> | undefined) ?? {}) },
      body: typeof init?.body === 'string' ? JSON.parse(init.body) : undefined,
    }
    sent.push(request)
    const body = respond(request)
    return { ok: true, status: 200, json: async () => body } as Response
  }
  globalThis.fetch = fake as typeof fetch
  return { sent }
}
