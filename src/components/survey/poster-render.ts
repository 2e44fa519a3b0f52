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
    events.onerror = () => reject(new Error('图片没有加载出来'))
    image.src = src
  })
}

/** A picture a poster draws: its fileID (weapp fetches it) and a URL (h5 draws from it). */
export interface PosterImage {
  fileID: string
  url: string
}

/** Loads a picture onto the canvas being drawn; rejects when it does not load. */
export type PosterImageLoader = (image: PosterImage) => Promise<CanvasImageSource>

/** The code or photo as the poster draws it; null when it cannot be loaded. */
export async function tryLoad(load: PosterImageLoader, image: PosterImage): Promise<CanvasImageSource | null> {
  try {
    return await load(image)
  } catch {
    return null
  }
}

async function renderOnWeapp(draw: (ctx: PosterContext, load: PosterImageLoader) => Promise<void>): Promise<string> {
  const [node] = await new Promise<{ node?: WeappCanvas }[]>((resolve) => {
    Taro.createSelectorQuery().select(`#${POSTER_CANVAS_ID}`).fields({ node: true, size: true }).exec((result: { node?: WeappCanvas }[]) => resolve(result))
  })
  const canvas = node?.node
  if (!canvas) throw new Error('海报画布没有准备好')
  canvas.width = POSTER_WIDTH
  canvas.height = POSTER_HEIGHT
  // Pictures are fetched to a local file first: a canvas image draws from one reliably.
  const load: PosterImageLoader = async (image) => {
    const tempFilePath = await downloadCloudFile(image.fileID)
    if (!tempFilePath) throw new Error('图片没有下载下来')
    return (await loaded(canvas.createImage(), tempFilePath)) as unknown as CanvasImageSource
  }
  await draw(canvas.getContext('2d'), load)
  const file = await Taro.canvasToTempFilePath({ canvas: canvas as never, fileType: 'png', destWidth: POSTER_WIDTH, destHeight: POSTER_HEIGHT, x: 0, y: 0, width: POSTER_WIDTH, height: POSTER_HEIGHT })
  return file.tempFilePath
}

async function renderOnH5(draw: (ctx: PosterContext, load: PosterImageLoader) => Promise<void>): Promise<string> {
  const canvas = document.createElement('canvas')
  canvas.width = POSTER_WIDTH
  canvas.height = POSTER_HEIGHT
  const context = canvas.getContext('2d')
  if (!context) throw new Error('浏览器不支持画布')
  await draw(context, (image) => loaded(new Image(), image.url))
  return canvas.toDataURL('image/png')
}

/** Draws a poster with `draw` (which loads its pictures through the loader) and answers a PNG: a temp file path on weapp, a data URL on h5. */
export function renderPosterWith(draw: (ctx: PosterContext, load: PosterImageLoader) => Promise<void>): Promise<string> {
  if (process.env.TARO_ENV === 'weapp') return renderOnWeapp(draw)
  return renderOnH5(draw)
}

/** The round's code in cloud storage (weapp fetches it by fileID) and its temporary URL (h5 draws from it). */
export type PosterCode = PosterImage

/** Draws the round's poster and answers a PNG to show and save. */
export function renderPoster(info: PosterInfo, qr: PosterCode): Promise<string> {
  return renderPosterWith(async (ctx, load) => drawPoster(ctx, await load(qr), info))
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
