/**
 * What every printable poster shares (the survey's and the boards'): the A4 page at 150 dpi, the
 * drawing calls weapp's canvas 2d and the browser's have in common, the colours and the fonts, and
 * Chinese line breaking. Each poster's own layout draws with these.
 */

/** A4 (210 × 297 mm) at 150 dpi: sharp in print for large text and an 11 cm code; 300 dpi would need a 35 MB canvas that cheap phones refuse. */
export const POSTER_WIDTH = 1240
export const POSTER_HEIGHT = 1754

/** The drawing calls the posters need: the common ground of weapp's and the browser's canvas 2d. */
export interface PosterContext {
  fillStyle: string | CanvasGradient | CanvasPattern
  strokeStyle?: string | CanvasGradient | CanvasPattern
  lineWidth?: number
  font: string
  textAlign: CanvasTextAlign
  textBaseline: CanvasTextBaseline
  imageSmoothingEnabled: boolean
  fillRect(x: number, y: number, w: number, h: number): void
  strokeRect?(x: number, y: number, w: number, h: number): void
  fillText(text: string, x: number, y: number): void
  measureText(text: string): { width: number }
  drawImage(image: CanvasImageSource, x: number, y: number, w: number, h: number): void
}

export const POSTER_RED = '#b7131a'
export const POSTER_INK = '#1a1a1a'
export const POSTER_SOFT = '#3d3d3d'
export const POSTER_LINE = '#c9bfb4'
export const POSTER_FONT = '"PingFang SC", "Noto Sans CJK SC", "Microsoft YaHei", sans-serif'
export const POSTER_MARGIN = 90

/** Sets the font for a size in poster pixels. */
export function setFont(ctx: Pick<PosterContext, 'font'>, size: number, bold = false): void {
  ctx.font = `${bold ? 'bold ' : ''}${size}px ${POSTER_FONT}`
}

// Closing punctuation never starts a line (it stays on the line before, a little past the edge).
const CLOSING = new Set(Array.from('，。、；：！？）》」』”’,.;:!?)'))

/** Breaks Chinese text (no spaces needed) into lines no wider than `width`; a newline always breaks. */
export function wrapText(ctx: Pick<PosterContext, 'measureText'>, text: string, width: number): string[] {
  const lines: string[] = []
  for (const paragraph of text.split('\n')) {
    let line = ''
    for (const char of Array.from(paragraph)) {
      if (line && !CLOSING.has(char) && ctx.measureText(line + char).width > width) {
        lines.push(line)
        line = char
      } else line += char
    }
    if (line) lines.push(line)
  }
  return lines
}

/** Draws text centred across the page, wrapped; answers the y below it. */
export function centred(ctx: PosterContext, text: string, top: number, size: number, color: string, bold = false): number {
  setFont(ctx, size, bold)
  ctx.fillStyle = color
  ctx.textAlign = 'center'
  ctx.textBaseline = 'top'
  let y = top
  for (const line of wrapText(ctx, text, POSTER_WIDTH - POSTER_MARGIN * 2)) {
    ctx.fillText(line, POSTER_WIDTH / 2, y)
    y += Math.round(size * 1.3)
  }
  return y
}

/** The white page with the red bands at top (of `headerHeight`) and bottom. */
export function paintPage(ctx: PosterContext, headerHeight: number): void {
  ctx.fillStyle = '#ffffff'
  ctx.fillRect(0, 0, POSTER_WIDTH, POSTER_HEIGHT)
  ctx.fillStyle = POSTER_RED
  ctx.fillRect(0, 0, POSTER_WIDTH, headerHeight)
  ctx.fillRect(0, POSTER_HEIGHT - 40, POSTER_WIDTH, 40)
}

/** Draws a QR code with its pixels kept sharp, so it scans from a printed sheet. */
export function drawCode(ctx: PosterContext, qr: CanvasImageSource, x: number, y: number, size: number): void {
  ctx.imageSmoothingEnabled = false
  ctx.drawImage(qr, x, y, size, size)
  ctx.imageSmoothingEnabled = true
}
