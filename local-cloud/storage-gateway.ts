/**
 * The H5 side of cloud storage on the local cloud. On weapp, Taro.cloud.uploadFile puts a photo into
 * cloud storage and answers a cloud:// fileID; a browser has no such API, so the gateway takes the
 * bytes here and stores them in the emulator's storage under the same cloudPath, answering the very
 * fileID the weapp path (and the SDK inside a function) would produce. Reading goes the other way:
 * GET /api/storage/file?fileID=… answers the bytes, so <Image src> works on h5.
 *
 *   POST /api/storage/upload?cloudPath=pledges/m-1/1732600000000-ab12cd.jpg   (raw image bytes, x-dev-openid)
 *     → { ok: true, data: { fileID: 'cloud://local-dev.6c6f-local-dev-1300000000/pledges/…' } }
 *   GET  /api/storage/file?fileID=cloud://…  → the image (404 JSON when absent)
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import { fail, ok } from '../src/core/result'
import type { LocalStorage } from './emulator'

/** Largest photo the gateway takes (the client compresses to well under this). */
export const MAX_PHOTO_BYTES = 10 * 1024 * 1024

/** Folders the client may write to, as on weapp (docs/member-work.md, docs/boards.md). */
export const UPLOAD_FOLDERS = ['pledges', 'duties', 'boards', 'stories', 'avatars', 'suggestions'] as const

const CLOUD_PATH = new RegExp(`^(${UPLOAD_FOLDERS.join('|')})/([A-Za-z0-9_-]{1,64}/){0,3}[A-Za-z0-9_.-]{1,80}\\.(jpg|jpeg|png|gif|webp)$`, 'i')

const IMAGE_TYPES: ReadonlyArray<{ type: string; matches: (bytes: Buffer) => boolean }> = [
  { type: 'image/jpeg', matches: (b) => b.length > 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
  { type: 'image/png', matches: (b) => b.length > 8 && b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) },
  { type: 'image/gif', matches: (b) => b.length > 6 && /^GIF8[79]a$/.test(b.subarray(0, 6).toString('latin1')) },
  { type: 'image/webp', matches: (b) => b.length > 12 && b.subarray(0, 4).toString('latin1') === 'RIFF' && b.subarray(8, 12).toString('latin1') === 'WEBP' },
]

/** The image type the bytes really are (never the name or the header's word for it), or null. */
export function imageTypeOf(bytes: Buffer): string | null {
  return IMAGE_TYPES.find((entry) => entry.matches(bytes))?.type ?? null
}

function send(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body)
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text), 'cache-control': 'no-store' })
  res.end(text)
}

async function readLimited(req: IncomingMessage, limit: number): Promise<Buffer | null> {
  const declared = Number(req.headers['content-length'])
  if (Number.isFinite(declared) && declared > limit) return null
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string)
    size += buffer.length
    if (size > limit) return null
    chunks.push(buffer)
  }
  return Buffer.concat(chunks)
}

/** Handles /api/storage/*; false when the path is not one of them. `openid` is the caller from x-dev-openid (already checked). */
export async function handleStorageGateway(req: IncomingMessage, res: ServerResponse, url: URL, storage: LocalStorage, openid: string | undefined): Promise<boolean> {
  if (url.pathname === '/api/storage/upload') {
    if (req.method !== 'POST') {
      send(res, 405, fail('COMMON.BAD_REQUEST', '上传照片请用 POST，正文为图片本身，cloudPath 放在地址里。'))
      return true
    }
    if (!openid) {
      send(res, 401, fail('AUTH.NO_IDENTITY'))
      return true
    }
    const cloudPath = url.searchParams.get('cloudPath') ?? ''
    if (!CLOUD_PATH.test(cloudPath)) {
      send(res, 400, fail('COMMON.BAD_REQUEST', `照片的存放路径不对：应像“pledges/党员编号/时间-随机.jpg”，放在 ${UPLOAD_FOLDERS.join('、')} 之一下面，以 .jpg/.png/.gif/.webp 结尾。`))
      return true
    }
    const bytes = await readLimited(req, MAX_PHOTO_BYTES)
    if (bytes === null) {
      // Drain nothing more: answer and close, the client stops sending.
      res.setHeader('connection', 'close')
      send(res, 413, fail('PHOTO.TOO_LARGE'))
      return true
    }
    if (bytes.length === 0 || imageTypeOf(bytes) === null) {
      send(res, 415, fail('PHOTO.NOT_IMAGE'))
      return true
    }
    const fileID = await storage.writeFile(cloudPath, bytes)
    send(res, 200, ok({ fileID, size: bytes.length }))
    return true
  }
  if (url.pathname === '/api/storage/file') {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      send(res, 405, fail('COMMON.BAD_REQUEST', '读取照片请用 GET。'))
      return true
    }
    const fileID = url.searchParams.get('fileID') ?? ''
    const bytes = storage.cloudPathOf(fileID) ? await storage.readFile(fileID) : null
    if (!bytes) {
      send(res, 404, fail('PHOTO.NOT_FOUND'))
      return true
    }
    res.writeHead(200, { 'content-type': imageTypeOf(bytes) ?? 'application/octet-stream', 'content-length': bytes.length, 'cache-control': 'private, max-age=300', 'x-content-type-options': 'nosniff' })
    res.end(req.method === 'HEAD' ? undefined : bytes)
    return true
  }
  return false
}
