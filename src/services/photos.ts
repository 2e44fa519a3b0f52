import Taro from '@tarojs/taro'
import { DEV_OPENID_HEADER, getDevOpenid } from './dev-identity'

export { photoUrl } from './photo-url'

/** The photos now in storage, and what went wrong with the rest (null when nothing did). */
export interface PhotoPick {
  fileIDs: string[]
  problem: string | null
}
export type PhotoUpload = { ok: true; fileID: string } | { ok: false; message: string }

/** A picked photo: the temp path (weapp file, h5 blob: URL) and, on h5, the File itself. */
export interface PickedPhoto {
  tempFilePath: string
  originalFileObj?: Blob
}

/** Folders photos go to, one per kind of record (the local gateway accepts only these). */
export type PhotoFolder = 'pledges' | 'duties' | 'boards' | 'stories' | 'suggestions'

/** Photos work in the mini-program (cloud storage) and on h5 (the local cloud's upload gateway). */
export const PHOTOS_SUPPORTED = process.env.TARO_ENV === 'weapp' || process.env.TARO_ENV === 'h5'

const UPLOAD_FAILED = '照片上传没有成功，请检查网络后再选一次。'
/** h5 photos are redrawn to at most this many pixels on the long side before upload. */
const H5_MAX_SIDE = 1600

const API_BASE = (): string => process.env.TARO_APP_API_BASE ?? ''

function cloudPathFor(folder: PhotoFolder, extension: string): string {
  return `${folder}/${Date.now()}-${Math.random().toString(36).slice(2, 8)}.${extension}`
}

/** h5: redraws a large photo as a JPEG of at most H5_MAX_SIDE pixels; answers the original when it cannot. */
async function shrinkOnH5(file: Blob): Promise<Blob> {
  if (file.type === 'image/gif' || typeof document === 'undefined' || typeof createImageBitmap !== 'function') return file
  try {
    const bitmap = await createImageBitmap(file)
    const scale = Math.min(1, H5_MAX_SIDE / Math.max(bitmap.width, bitmap.height))
    if (scale === 1 && file.size < 1024 * 1024) return file
    const canvas = document.createElement('canvas')
    canvas.width = Math.round(bitmap.width * scale)
    canvas.height = Math.round(bitmap.height * scale)
    const context = canvas.getContext('2d')
    if (!context) return file
    context.drawImage(bitmap, 0, 0, canvas.width, canvas.height)
    const jpeg = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', 0.7))
    return jpeg && jpeg.size < file.size ? jpeg : file
  } catch {
    return file
  }
}

const EXTENSIONS: Record<string, string> = { 'image/jpeg': 'jpg', 'image/png': 'png', 'image/gif': 'gif', 'image/webp': 'webp' }

async function uploadOverHttp(folder: PhotoFolder, photo: PickedPhoto): Promise<PhotoUpload> {
  let file: Blob
  try {
    file = photo.originalFileObj ?? (await (await fetch(photo.tempFilePath)).blob())
  } catch {
    return { ok: false, message: UPLOAD_FAILED }
  }
  const body = await shrinkOnH5(file)
  const headers: Record<string, string> = { 'content-type': body.type || 'application/octet-stream' }
  const openid = getDevOpenid()
  if (openid) headers[DEV_OPENID_HEADER] = openid
  const cloudPath = cloudPathFor(folder, EXTENSIONS[body.type] ?? 'jpg')
  try {
    const response = await fetch(`${API_BASE()}/api/storage/upload?cloudPath=${encodeURIComponent(cloudPath)}`, { method: 'POST', headers, body })
    const answer = (await response.json()) as { ok?: boolean; data?: { fileID?: unknown }; message?: unknown }
    if (answer.ok === true && typeof answer.data?.fileID === 'string') return { ok: true, fileID: answer.data.fileID }
    return { ok: false, message: typeof answer.message === 'string' ? answer.message : UPLOAD_FAILED }
  } catch {
    return { ok: false, message: UPLOAD_FAILED }
  }
}

/**
 * Puts one picked photo into cloud storage and answers its cloud:// fileID (the same shape on both
 * builds): weapp compresses it and uses Taro.cloud.uploadFile; h5 posts it to the local gateway.
 */
export async function uploadPhoto(folder: PhotoFolder, photo: PickedPhoto): Promise<PhotoUpload> {
  if (process.env.TARO_ENV === 'weapp') {
    if (!Taro.cloud) return { ok: false, message: UPLOAD_FAILED }
    try {
      // Cheap phones take 5 MB pictures on weak signal: send a compressed copy.
      const compressed = await Taro.compressImage({ src: photo.tempFilePath, quality: 60 })
      const uploaded = await Taro.cloud.uploadFile({ cloudPath: cloudPathFor(folder, 'jpg'), filePath: compressed.tempFilePath })
      return { ok: true, fileID: uploaded.fileID }
    } catch {
      return { ok: false, message: UPLOAD_FAILED }
    }
  }
  if (process.env.TARO_ENV === 'h5') return uploadOverHttp(folder, photo)
  return { ok: false, message: '这个版本不能上传照片，请在微信小程序里添加。' }
}

/**
 * Lets the person pick or take photos and puts them into cloud storage; answers the fileIDs the
 * server checks (security.mediaCheckAsync) before others see them. Closing the picker picks nothing.
 */
export async function pickAndUploadPhotos(folder: PhotoFolder, max: number): Promise<PhotoPick> {
  if (!PHOTOS_SUPPORTED || max <= 0) return { fileIDs: [], problem: null }
  let picked: PickedPhoto[]
  try {
    // h5: only the album (a file picker); a phone browser would otherwise first ask 拍摄 / 从相册选择.
    const answer = await Taro.chooseMedia({ count: max, mediaType: ['image'], sizeType: ['compressed'], sourceType: process.env.TARO_ENV === 'h5' ? ['album'] : ['album', 'camera'] })
    picked = answer.tempFiles.map((file) => ({ tempFilePath: file.tempFilePath, originalFileObj: (file as { originalFileObj?: Blob }).originalFileObj }))
  } catch {
    return { fileIDs: [], problem: null }
  }
  const fileIDs: string[] = []
  for (const photo of picked.slice(0, max)) {
    const uploaded = await uploadPhoto(folder, photo)
    if (!uploaded.ok) return { fileIDs, problem: fileIDs.length > 0 ? `${uploaded.message}（已传好的 ${fileIDs.length} 张留在上面）` : uploaded.message }
    fileIDs.push(uploaded.fileID)
  }
  return { fileIDs, problem: null }
}
