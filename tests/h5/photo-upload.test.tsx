/**
 * h5 photos: 记一笔 picks a photo (Taro.chooseMedia gives the File), posts its bytes to the local
 * gateway's /api/storage/upload, shows it through /api/storage/file, and saves the record with the
 * cloud:// fileID; a refused upload says why in the gateway's words and saves nothing wrong.
 */
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import Taro, { useRouter } from '@tarojs/taro'
import RecordDutyPage from '@/packages/member/record/index'
import { ERRORS } from '@/core/errors'
import { tap } from '../support/h5-actions'

interface Sent {
  url: string
  method: string
  headers: Record<string, string>
  body: unknown
}

const FILE_ID = 'cloud://local-dev.6c6f-local-dev-1300000000/duties/1764000000000-ab12cd.jpg'

function installGateway(answerUpload: () => unknown): Sent[] {
  const sent: Sent[] = []
  globalThis.fetch = (async (input: string | URL | Request, init?: RequestInit) => {
    const request: Sent = { url: String(input), method: init?.method ?? 'GET', headers: { ...((init?.headers as Record<string, string>) ?? {}) }, body: init?.body }
    sent.push(request)
    const body = request.url.startsWith('/api/storage/upload') ? answerUpload() : { ok: true, data: { record: {}, assignment: null } }
    return { ok: true, status: 200, json: async () => body } as Response
  }) as typeof fetch
  return sent
}

/** What Taro's h5 chooseMedia answers when the person picks `file` (only the fields the app reads). */
function pickOnce(file: { tempFilePath: string; originalFileObj: File }) {
  jest.mocked(Taro.chooseMedia).mockResolvedValueOnce({ tempFiles: [file], type: 'image' } as unknown as Awaited<ReturnType<typeof Taro.chooseMedia>>)
}

beforeEach(() => {
  jest.mocked(useRouter).mockReturnValue({ params: { assignmentId: 'pa-1', dutyId: 'd-visit', duty: '走访联系户' }, path: '' } as unknown as ReturnType<typeof useRouter>)
  localStorage.setItem('zcwh.dev-openid', 'demo-member-taohua')
})

describe('记一笔 with a photo on h5', () => {
  it('uploads the picked photo to the gateway as the member, shows it, and saves the record with its fileID', async () => {
    const photo = new File([new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3])], 'visit.jpg', { type: 'image/jpeg' })
    pickOnce({ tempFilePath: 'blob:local/visit', originalFileObj: photo })
    const sent = installGateway(() => ({ ok: true, data: { fileID: FILE_ID, size: photo.size } }))
    render(<RecordDutyPage />)

    await tap('添加照片')
    // A phone browser would first ask 拍摄 / 从相册选择; h5 goes straight to the file picker.
    expect(Taro.chooseMedia).toHaveBeenCalledWith(expect.objectContaining({ mediaType: ['image'], sourceType: ['album'], count: 9 }))
    const upload = sent.find((request) => request.url.startsWith('/api/storage/upload'))
    expect(upload).toMatchObject({ method: 'POST', headers: { 'content-type': 'image/jpeg', 'x-dev-openid': 'demo-member-taohua' } })
    // The very bytes picked (compared by identity: a deep comparison of a jsdom File never ends).
    expect(upload?.body === photo).toBe(true)
    expect(decodeURIComponent(upload!.url)).toMatch(/cloudPath=duties\/\d+-[a-z0-9]+\.jpg$/)

    const shown = await waitFor(() => {
      const image = document.querySelector(`[src="/api/storage/file?fileID=${encodeURIComponent(FILE_ID)}"]`)
      if (!image) throw new Error('the photo is not shown yet')
      return image
    })
    expect(shown).toBeTruthy()

    await act(async () => {
      fireEvent.input(document.querySelector('textarea[name="note"]') as HTMLTextAreaElement, { target: { value: '走访张大爷家' } })
    })
    await tap('保存这条记录')
    expect(await screen.findByText('已记下')).toBeTruthy()
    const saved = sent.find((request) => request.url === '/api/fn/posts')
    expect(JSON.parse(saved!.body as string)).toMatchObject({ action: 'recordDuty', photos: [FILE_ID] })
  })

  it('says why a photo was refused, in the gateway’s words, and keeps the form without it', async () => {
    const photo = new File([new Uint8Array([1, 2, 3])], 'notes.txt', { type: 'text/plain' })
    pickOnce({ tempFilePath: 'blob:local/notes', originalFileObj: photo })
    installGateway(() => ({ ok: false, code: 'PHOTO.NOT_IMAGE', message: ERRORS['PHOTO.NOT_IMAGE'] }))
    render(<RecordDutyPage />)

    await tap('添加照片')
    expect(await screen.findByText(ERRORS['PHOTO.NOT_IMAGE'])).toBeTruthy()
    expect(document.querySelector('[src*="/api/storage/file"]')).toBeNull()
    expect(screen.getByText('添加照片')).toBeTruthy()
  })

  it('picks nothing and says nothing when the person closes the picker', async () => {
    const sent = installGateway(() => ({ ok: true, data: { fileID: FILE_ID } }))
    render(<RecordDutyPage />)
    await tap('添加照片')
    expect(sent.filter((request) => request.url.startsWith('/api/storage'))).toHaveLength(0)
    expect(screen.queryByText(ERRORS['PHOTO.UPLOAD_FAILED'])).toBeNull()
  })
})
