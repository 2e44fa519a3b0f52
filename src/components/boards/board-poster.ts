/**
 * The printable board: A4 portrait 1240 × 1754 in one uniform layout for every board (the
 * campaign asks for uniformly designed physical boards): kind band, organisation, title, date,
 * the content blocks (text wrapped, tables drawn, images when they load), and the board's QR code.
 * Drawn on the same PosterContext as the survey poster (src/components/poster/poster-kit.ts).
 */
import type { BoardBlock } from '@/core/publicity/board.rules'
import { centred, drawCode, paintPage, POSTER_HEIGHT, POSTER_INK, POSTER_LINE, POSTER_MARGIN, POSTER_RED, POSTER_SOFT, POSTER_WIDTH, setFont, wrapText, type PosterContext } from '../poster/poster-kit'

export interface BoardPosterInfo {
  kindLabel: string
  orgName: string
  title: string
  /** “2026年3月5日”, or empty. */
  date: string
  blocks: readonly BoardBlock[]
}

/** Pictures already loaded: the code, and each image block's picture by fileID (missing = did not load). */
export interface BoardPosterImages {
  qr: CanvasImageSource
  photos: ReadonlyMap<string, CanvasImageSource & { width?: number; height?: number }>
}

const HEADER = 170
const FOOTER_TOP = POSTER_HEIGHT - 40 - 340
const LEFT = POSTER_MARGIN
const WIDTH = POSTER_WIDTH - POSTER_MARGIN * 2
const TEXT = 34
const HEADING = 44
const CELL = 28
const MORE = '（内容较多，完整内容请扫码查看）'

function line(ctx: PosterContext, x: number, y: number, w: number, h: number, color = POSTER_LINE): void {
  ctx.fillStyle = color
  ctx.fillRect(x, y, w, h)
}

function left(ctx: PosterContext, text: string, x: number, y: number, size: number, color: string, bold = false): void {
  setFont(ctx, size, bold)
  ctx.fillStyle = color
  ctx.textAlign = 'left'
  ctx.textBaseline = 'top'
  ctx.fillText(text, x, y)
}

/** Content flows down the page; whatever does not fit above the footer is left to the online board. */
class Flow {
  y: number
  full = false
  constructor(
    private readonly ctx: PosterContext,
    top: number,
    private readonly bottom: number,
  ) {
    this.y = top
  }

  /** Whether `height` more fits, keeping a line for the note that the rest is online. */
  room(height: number): boolean {
    if (this.full) return false
    if (this.y + height <= this.bottom - 56) return true
    this.full = true
    left(this.ctx, MORE, LEFT, Math.min(this.y + 8, this.bottom - 48), 30, POSTER_RED, true)
    return false
  }

  heading(text: string): void {
    setFont(this.ctx, HEADING, true)
    const lines = wrapText(this.ctx, text, WIDTH - 24)
    const height = lines.length * Math.round(HEADING * 1.35) + 18
    if (!this.room(height)) return
    this.y += 18
    line(this.ctx, LEFT, this.y + 4, 8, lines.length * Math.round(HEADING * 1.35) - 8, POSTER_RED)
    for (const text of lines) {
      left(this.ctx, text, LEFT + 24, this.y, HEADING, POSTER_INK, true)
      this.y += Math.round(HEADING * 1.35)
    }
  }

  text(text: string): void {
    setFont(this.ctx, TEXT)
    const step = Math.round(TEXT * 1.55)
    this.y += 10
    for (const paragraph of text.split(/\n+/)) {
      for (const text of wrapText(this.ctx, `　　${paragraph}`, WIDTH)) {
        if (!this.room(step)) return
        left(this.ctx, text, LEFT, this.y, TEXT, POSTER_INK)
        this.y += step
      }
    }
  }

  image(photo: (CanvasImageSource & { width?: number; height?: number }) | undefined, caption: string): void {
    this.y += 14
    if (photo && photo.width && photo.height) {
      const scale = Math.min(WIDTH / photo.width, 460 / photo.height)
      const w = Math.round(photo.width * scale)
      const h = Math.round(photo.height * scale)
      if (!this.room(h + (caption ? 48 : 0))) return
      this.ctx.drawImage(photo, LEFT + (WIDTH - w) / 2, this.y, w, h)
      this.y += h + 6
    } else if (!caption) return
    if (caption) {
      if (!this.room(42)) return
      setFont(this.ctx, 28)
      this.ctx.fillStyle = POSTER_SOFT
      this.ctx.textAlign = 'center'
      this.ctx.textBaseline = 'top'
      this.ctx.fillText(photo ? caption : `（图片：${caption}）`, POSTER_WIDTH / 2, this.y)
      this.y += 42
    }
  }

  table(columns: readonly string[], rows: readonly (readonly string[])[]): void {
    const width = WIDTH / columns.length
    const step = Math.round(CELL * 1.4)
    const cells = (row: readonly string[], bold: boolean) => {
      setFont(this.ctx, CELL, bold)
      return row.map((cell) => wrapText(this.ctx, cell || '—', width - 20))
    }
    const drawRow = (row: readonly string[], header: boolean): boolean => {
      const wrapped = cells(row, header)
      const height = Math.max(...wrapped.map((lines) => lines.length)) * step + 20
      if (!this.room(height)) return false
      if (header) line(this.ctx, LEFT, this.y, WIDTH, height, '#f6e3e3')
      wrapped.forEach((lines, column) => {
        lines.forEach((text, index) => left(this.ctx, text, LEFT + column * width + 10, this.y + 10 + index * step, CELL, POSTER_INK, header))
      })
      // The grid: a line above the row and one left of each column; the right and bottom edges close it.
      line(this.ctx, LEFT, this.y, WIDTH, 2)
      for (let column = 0; column <= columns.length; column++) line(this.ctx, Math.min(LEFT + column * width, LEFT + WIDTH - 2), this.y, 2, height)
      this.y += height
      line(this.ctx, LEFT, this.y, WIDTH, 2)
      return true
    }
    this.y += 16
    if (!drawRow(columns, true)) return
    for (const row of rows) if (!drawRow(row, false)) return
  }
}

/** Draws the whole board poster on `ctx`. */
export function drawBoardPoster(ctx: PosterContext, info: BoardPosterInfo, images: BoardPosterImages): void {
  paintPage(ctx, HEADER)
  centred(ctx, info.kindLabel, 40, 84, '#ffffff', true)

  let y = centred(ctx, info.orgName, HEADER + 36, 46, POSTER_SOFT, true)
  y = centred(ctx, info.title, y + 8, 66, POSTER_INK, true)
  if (info.date) y = centred(ctx, info.date, y + 4, 34, POSTER_SOFT)
  line(ctx, LEFT, y + 16, WIDTH, 3, POSTER_RED)

  const flow = new Flow(ctx, y + 30, FOOTER_TOP - 10)
  for (const block of info.blocks) {
    if (flow.full) break
    if (block.type === 'heading') flow.heading(block.text)
    else if (block.type === 'text') flow.text(block.text)
    else if (block.type === 'image') flow.image(images.photos.get(block.fileID), block.caption)
    else flow.table(block.columns, block.rows)
  }

  // The footer: the code back to the online board, as large as the footer allows.
  line(ctx, LEFT, FOOTER_TOP, WIDTH, 3, POSTER_RED)
  const size = 300
  const codeX = POSTER_WIDTH - POSTER_MARGIN - size
  drawCode(ctx, images.qr, codeX, FOOTER_TOP + 20, size)
  left(ctx, '扫码看在线版面', LEFT, FOOTER_TOP + 60, 60, POSTER_RED, true)
  setFont(ctx, 34)
  let footerY = FOOTER_TOP + 150
  for (const text of wrapText(ctx, '打开微信“扫一扫”，对准右边的二维码，看最新内容，也可以转发给家人。', codeX - LEFT - 30)) {
    left(ctx, text, LEFT, footerY, 34, POSTER_SOFT)
    footerY += 48
  }
}
