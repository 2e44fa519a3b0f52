/**
 * The printable poster of a round, drawn on any canvas 2d context (weapp's canvas type="2d" and
 * the browser's share the same drawing calls): A4 portrait at 150 dpi, large text, the QR code.
 */

/** A4 (210 × 297 mm) at 150 dpi: sharp in print for large text and an 11 cm code; 300 dpi would need a 35 MB canvas that cheap phones refuse. */
export const POSTER_WIDTH = 1240
export const POSTER_HEIGHT = 1754

export interface PosterInfo {
  orgName: string
  title: string
  /** “2026年11月26日 至 2026年12月26日”. */
  period: string
}

/** The drawing calls the poster needs: the common ground of weapp's and the browser's canvas 2d. */
export interface PosterContext {
  fillStyle: string | CanvasGradient | CanvasPattern
  font: string
  textAlign: CanvasTextAlign
  textBaseline: CanvasTextBaseline
  imageSmoothingEnabled: boolean
  fillRect(x: number, y: number, w: number, h: number): void
  fillText(text: string, x: number, y: number): void
  measureText(text: string): { width: number }
  drawImage(image: CanvasImageSource, x: number, y: number, w: number, h: number): void
}

const RED = '#b7131a'
const INK = '#1a1a1a'
const SOFT = '#3d3d3d'
const FONT = '"PingFang SC", "Noto Sans CJK SC", "Microsoft YaHei", sans-serif'
const MARGIN = 90

/** Breaks Chinese text (no spaces needed) into lines no wider than `width`. */
export function wrapText(ctx: Pick<PosterContext, 'measureText'>, text: string, width: number): string[] {
  const lines: string[] = []
  let line = ''
  for (const char of Array.from(text)) {
    if (line && ctx.measureText(line + char).width > width) {
      lines.push(line)
      line = char
    } else line += char
  }
  if (line) lines.push(line)
  return lines
}

function centred(ctx: PosterContext, text: string, top: number, size: number, color: string, bold = false): number {
  ctx.font = `${bold ? 'bold ' : ''}${size}px ${FONT}`
  ctx.fillStyle = color
  ctx.textAlign = 'center'
  ctx.textBaseline = 'top'
  let y = top
  for (const line of wrapText(ctx, text, POSTER_WIDTH - MARGIN * 2)) {
    ctx.fillText(line, POSTER_WIDTH / 2, y)
    y += Math.round(size * 1.3)
  }
  return y
}

/** Draws the whole poster; `qr` is the round's mini-program code, already loaded. */
export function drawPoster(ctx: PosterContext, qr: CanvasImageSource, info: PosterInfo): void {
  ctx.fillStyle = '#ffffff'
  ctx.fillRect(0, 0, POSTER_WIDTH, POSTER_HEIGHT)
  ctx.fillStyle = RED
  ctx.fillRect(0, 0, POSTER_WIDTH, 190)
  centred(ctx, '群众满意度评价', 50, 88, '#ffffff', true)

  let y = centred(ctx, info.orgName, 250, 76, INK, true)
  y = centred(ctx, info.title, y + 16, 54, SOFT)
  y = centred(ctx, info.period, y + 10, 42, SOFT)

  // The code as large as the page allows, pixels kept sharp so it scans from a printed sheet.
  const size = 680
  const top = Math.max(y + 30, 560)
  ctx.imageSmoothingEnabled = false
  ctx.drawImage(qr, (POSTER_WIDTH - size) / 2, top, size, size)

  y = centred(ctx, '请扫码评价', top + size + 40, 110, RED, true)
  y = centred(ctx, '打开微信“扫一扫”，对准上面的二维码', y + 10, 44, INK)
  centred(ctx, '匿名填写，不记录您是谁 · 每人每轮只计一次', y + 14, 40, SOFT)
  ctx.fillStyle = RED
  ctx.fillRect(0, POSTER_HEIGHT - 40, POSTER_WIDTH, 40)
}
