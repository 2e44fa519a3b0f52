/**
 * The printable poster of a round, drawn on any canvas 2d context (weapp's canvas type="2d" and
 * the browser's share the same drawing calls): A4 portrait at 150 dpi, large text, the QR code.
 */

import { centred, drawCode, paintPage, POSTER_INK, POSTER_RED, POSTER_SOFT, POSTER_WIDTH, type PosterContext } from '../poster/poster-kit'

// The page and the drawing calls are shared with the board poster (src/components/poster/poster-kit.ts).
export { POSTER_HEIGHT, POSTER_WIDTH, wrapText, type PosterContext } from '../poster/poster-kit'

export interface PosterInfo {
  orgName: string
  title: string
  /** “2026年11月26日 至 2026年12月26日”. */
  period: string
}

const RED = POSTER_RED
const INK = POSTER_INK
const SOFT = POSTER_SOFT

/** Draws the whole poster; `qr` is the round's mini-program code, already loaded. */
export function drawPoster(ctx: PosterContext, qr: CanvasImageSource, info: PosterInfo): void {
  paintPage(ctx, 190)
  centred(ctx, '群众满意度评价', 50, 88, '#ffffff', true)

  let y = centred(ctx, info.orgName, 250, 76, INK, true)
  y = centred(ctx, info.title, y + 16, 54, SOFT)
  y = centred(ctx, info.period, y + 10, 42, SOFT)

  // The code as large as the page allows, pixels kept sharp so it scans from a printed sheet.
  const size = 680
  const top = Math.max(y + 30, 560)
  drawCode(ctx, qr, (POSTER_WIDTH - size) / 2, top, size)

  y = centred(ctx, '请扫码评价', top + size + 40, 110, RED, true)
  y = centred(ctx, '打开微信“扫一扫”，对准上面的二维码', y + 10, 44, INK)
  centred(ctx, '匿名填写，不记录您是谁 · 每人每轮只计一次', y + 14, 40, SOFT)
}
