/**
 * The H5 upload path: POST /api/storage/upload puts a photo into the emulator's storage under the
 * fileID weapp's Taro.cloud.uploadFile (and the SDK in a function) would produce; GET
 * /api/storage/file reads it back for <Image> on h5; the pledge function takes that fileID.
 */
import { pledgesContract } from '../../src/core/contracts/pledges.contract'
import { ERRORS } from '../../src/core/errors'
import { startTestCloud, type TestCloud } from '../support/local-cloud'

const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from('JFIF local test photo'), Buffer.from([0xff, 0xd9])])
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('rest of a png')])

describe('h5 photo upload through the local gateway', () => {
  let cloud: TestCloud

  beforeAll(async () => {
    cloud = await startTestCloud({ functions: ['pledges'] })
  }, 60_000)
  afterAll(() => cloud?.close())

  async function upload(cloudPath: string, body: Buffer, openid: string | null = 'demo-member-taohua') {
    const response = await fetch(`${cloud.url}/api/storage/upload?cloudPath=${encodeURIComponent(cloudPath)}`, {
      method: 'POST',
      headers: { 'content-type': 'image/jpeg', ...(openid ? { 'x-dev-openid': openid } : {}) },
      body: new Uint8Array(body),
    })
    return { status: response.status, body: (await response.json()) as { ok: boolean; data?: { fileID: string; size: number }; code?: string; message?: string } }
  }

  it('stores the bytes under the weapp fileID, serves them back, and the pledge function takes the fileID', async () => {
    const cloudPath = 'pledges/1764000000000-ab12cd.jpg'
    const answer = await upload(cloudPath, JPEG)
    expect(answer).toEqual({ status: 200, body: { ok: true, data: { fileID: cloud.emulator.storage.fileIdFor(cloudPath), size: JPEG.length } } })
    const fileID = answer.body.data!.fileID
    expect(fileID).toMatch(/^cloud:\/\/local-dev\.[^/]+\/pledges\/1764000000000-ab12cd\.jpg$/)
    expect(await cloud.emulator.storage.readFile(fileID)).toEqual(JPEG)

    const read = await fetch(`${cloud.url}/api/storage/file?fileID=${encodeURIComponent(fileID)}`)
    expect(read.status).toBe(200)
    expect(read.headers.get('content-type')).toBe('image/jpeg')
    expect(Buffer.from(await read.arrayBuffer())).toEqual(JPEG)

    const progress = await cloud.call('demo-member-taohua', pledgesContract, 'addProgress', { id: 'pl-m-taohua-09-approved', date: '2026-01-15', text: '给三组老人送药', photos: [fileID] })
    expect(progress.ok).toBe(true)
    if (!progress.ok) return
    expect(progress.data.progress.at(-1)?.photos.map((photo) => photo.fileID)).toEqual([fileID])
  })

  it('keeps the real type of a PNG whatever the name says', async () => {
    const answer = await upload('duties/m-taohua-09/a.png', PNG)
    expect(answer.status).toBe(200)
    const read = await fetch(`${cloud.url}/api/storage/file?fileID=${encodeURIComponent(answer.body.data!.fileID)}`)
    expect(read.headers.get('content-type')).toBe('image/png')
  })

  it('refuses what is not a photo, too large a photo, a caller without identity and a path outside the photo folders, each in Chinese, storing nothing', async () => {
    const text = await upload('pledges/not-a-photo.jpg', Buffer.from('<script>alert(1)</script>'))
    expect(text).toEqual({ status: 415, body: { ok: false, code: 'PHOTO.NOT_IMAGE', message: ERRORS['PHOTO.NOT_IMAGE'] } })
    expect(await cloud.emulator.storage.readFile(cloud.emulator.storage.fileIdFor('pledges/not-a-photo.jpg'))).toBeNull()

    const big = Buffer.alloc(10 * 1024 * 1024 + 1, 0)
    JPEG.copy(big)
    const tooLarge = await upload('pledges/huge.jpg', big)
    expect(tooLarge).toEqual({ status: 413, body: { ok: false, code: 'PHOTO.TOO_LARGE', message: ERRORS['PHOTO.TOO_LARGE'] } })
    expect(tooLarge.body.message).toContain('10 MB')

    expect(await upload('pledges/anon.jpg', JPEG, null)).toMatchObject({ status: 401, body: { ok: false, code: 'AUTH.NO_IDENTITY' } })
    for (const path of ['secrets/x.jpg', 'pledges/../x.jpg', 'pledges/x.exe', '/pledges/x.jpg']) {
      const refused = await upload(path, JPEG)
      expect(refused).toMatchObject({ status: 400, body: { ok: false, code: 'COMMON.BAD_REQUEST' } })
      expect(refused.body.message).toContain('照片的存放路径不对')
    }
  })

  it('gives the demo data’s photos a stand-in picture, so the seeded pledge board draws images on h5', async () => {
    const board = await cloud.call('x-gateway-stranger', pledgesContract, 'board', { orgId: 'org-taohua', year: 2026 })
    if (!board.ok) throw new Error(board.message)
    const photos = board.data.pledges.flatMap((pledge) => pledge.progress.flatMap((entry) => entry.photos))
    expect(photos.length).toBeGreaterThan(0)
    for (const fileID of photos) {
      const read = await fetch(`${cloud.url}/api/storage/file?fileID=${encodeURIComponent(fileID)}`)
      expect(read.status).toBe(200)
      expect(read.headers.get('content-type')).toBe('image/png')
    }
  })

  it('answers 404 PHOTO.NOT_FOUND for an unknown fileID or one of another environment', async () => {
    for (const fileID of [cloud.emulator.storage.fileIdFor('pledges/none.jpg'), 'cloud://other-env.abc/pledges/x.jpg', 'https://example.com/x.jpg']) {
      const read = await fetch(`${cloud.url}/api/storage/file?fileID=${encodeURIComponent(fileID)}`)
      expect(read.status).toBe(404)
      expect(await read.json()).toEqual({ ok: false, code: 'PHOTO.NOT_FOUND', message: ERRORS['PHOTO.NOT_FOUND'] })
    }
  })
})
