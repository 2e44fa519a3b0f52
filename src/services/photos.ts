import Taro from '@tarojs/taro'

export type PhotoPick = { ok: true; fileIDs: string[] } | { ok: false; message: string }

/** Photos can be added only inside the WeChat mini-program: the H5 gateway has no cloud storage upload. */
export const PHOTOS_SUPPORTED = process.env.TARO_ENV === 'weapp'

/**
 * Lets the person pick or take photos, compresses each (cheap phones take 5 MB pictures on weak
 * signal) and puts them into cloud storage; answers the fileIDs the server checks before others see them.
 */
export async function pickAndUploadPhotos(folder: string, max: number): Promise<PhotoPick> {
  if (!PHOTOS_SUPPORTED || !Taro.cloud) return { ok: false, message: '网页版不能上传照片，请在微信小程序里添加。' }
  let picked: Taro.chooseMedia.SuccessCallbackResult
  try {
    picked = await Taro.chooseMedia({ count: max, mediaType: ['image'], sizeType: ['compressed'], sourceType: ['album', 'camera'] })
  } catch {
    // Closing the picker is not a failure: nothing was chosen.
    return { ok: true, fileIDs: [] }
  }
  const fileIDs: string[] = []
  try {
    for (const file of picked.tempFiles) {
      const compressed = await Taro.compressImage({ src: file.tempFilePath, quality: 60 })
      const uploaded = await Taro.cloud.uploadFile({ cloudPath: `${folder}/${Date.now()}-${Math.random().toString(36).slice(2, 8)}.jpg`, filePath: compressed.tempFilePath })
      fileIDs.push(uploaded.fileID)
    }
  } catch {
    return { ok: false, message: '照片上传没有成功，请检查网络后再选一次。' }
  }
  return { ok: true, fileIDs }
}
