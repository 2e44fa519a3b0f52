import Taro from '@tarojs/taro'
import { downloadCloudFile } from '@/services/survey'
import { drawPoster, POSTER_HEIGHT, POSTER_WIDTH, type PosterContext, type PosterInfo } from './poster-layout'

/** The canvas id the poster page renders on weapp (canvas type="2d", kept off screen). */
export const POSTER_CANVAS_ID = 'survey-poster-canvas'

interface WeappCanvas {
  width: number
  height: number
  getContext(type: '2d'): PosterContext
  createImage(): { src: string }
}

/** Resolves once an image (weapp canvas image or browser Image) has loaded `src`. */
function loaded<T extends { src: string }>(image: T, src: string): Promise<T> {
  return new Promise((resolve, reject) => {
    // Both kinds of image report through onload/onerror; their handler types differ, the calls do not.
    const events = image as unknown as { onload: () => void; onerror: () => void }
    events.onload = () => resolve(image)
    events.onerror = () => reject(new Error('二维码图片没有加载出来'))
    image.src = src
  })
}

async function renderOnWeapp(info: PosterInfo, qr: PosterCode): Promise<string> {
  const [node] = await new Promise<{ node?: WeappCanvas }[]>((resolve) => {
    Taro.createSelectorQuery().select(`#${POSTER_CANVAS_ID}`).fields({ node: true, size: true }).exec((result: { node?: WeappCanvas }[]) => resolve(result))
  })
  const canvas = node?.node
  if (!canvas) throw new Error('海报画布没有准备好')
  canvas.width = POSTER_WIDTH
  canvas.height = POSTER_HEIGHT
  // The code is fetched to a local file first: a canvas image draws from one reliably.
  const tempFilePath = await downloadCloudFile(qr.fileID)
  if (!tempFilePath) throw new Error('二维码图片没有下载下来')
  const image = await loaded(canvas.createImage(), tempFilePath)
  drawPoster(canvas.getContext('2d'), image as unknown as CanvasImageSource, info)
  const file = await Taro.canvasToTempFilePath({ canvas: canvas as never, fileType: 'png', destWidth: POSTER_WIDTH, destHeight: POSTER_HEIGHT, x: 0, y: 0, width: POSTER_WIDTH, height: POSTER_HEIGHT })
  return file.tempFilePath
}

async function renderOnH5(info: PosterInfo, qrUrl: string): Promise<string> {
  const canvas = document.createElement('canvas')
  canvas.width = POSTER_WIDTH
  canvas.height = POSTER_HEIGHT
  const context = canvas.getContext('2d')
  if (!context) throw new Error('浏览器不支持画布')
  const qr = await loaded(new Image(), qrUrl)
  drawPoster(context, qr, info)
  return canvas.toDataURL('image/png')
}

/** The round's code in cloud storage (weapp fetches it by fileID) and its temporary URL (h5 draws from it). */
export interface PosterCode {
  fileID: string
  url: string
}

/** Draws the poster and answers a PNG to show and save: a temp file path on weapp, a data URL on h5. */
export function renderPoster(info: PosterInfo, qr: PosterCode): Promise<string> {
  if (process.env.TARO_ENV === 'weapp') return renderOnWeapp(info, qr)
  return renderOnH5(info, qr.url)
}

/** Keeps the poster: weapp saves it to the photo album; h5 downloads the PNG. */
export async function savePoster(src: string, fileName: string): Promise<void> {
  if (process.env.TARO_ENV === 'weapp') {
    await Taro.saveImageToPhotosAlbum({ filePath: src })
    return
  }
  const link = document.createElement('a')
  link.href = src
  link.download = fileName
  document.body.appendChild(link)
  link.click()
  link.remove()
}

/** weapp: WeChat's own menu to send the image to a chat (where it can also be printed); h5 has none. */
export async function sharePoster(src: string): Promise<void> {
  if (process.env.TARO_ENV === 'weapp') await Taro.showShareImageMenu({ path: src })
}
