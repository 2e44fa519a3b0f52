/**
 * Draws the three tab-bar icons (81×81 PNG, grey and selected red) so the repository holds no
 * unexplained binaries: `npx tsx scripts/make-tab-icons.ts` rewrites src/assets/tab/*.png.
 */
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { PNG } from 'pngjs'

const SIZE = 81
const GREY: [number, number, number] = [0x4a, 0x4a, 0x4a]
const RED: [number, number, number] = [0xb7, 0x13, 0x1a]

type Inside = (x: number, y: number) => boolean

const inRect = (x0: number, y0: number, x1: number, y1: number): Inside => (x, y) => x >= x0 && x <= x1 && y >= y0 && y <= y1
const inCircle = (cx: number, cy: number, r: number): Inside => (x, y) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r
const minus = (a: Inside, b: Inside): Inside => (x, y) => a(x, y) && !b(x, y)
const union = (...shapes: Inside[]): Inside => (x, y) => shapes.some((s) => s(x, y))

/** A house: roof triangle and body with a door. */
const home: Inside = union(
  (x, y) => y >= 10 && y <= 40 && Math.abs(x - 40) <= (y - 10) * 1.25,
  minus(inRect(18, 38, 62, 70), inRect(34, 50, 46, 70)),
)
/** A notice board: frame with three lines of text. */
const boards: Inside = union(
  minus(inRect(12, 12, 68, 68), inRect(18, 18, 62, 62)),
  inRect(25, 27, 55, 31),
  inRect(25, 38, 55, 42),
  inRect(25, 49, 45, 53),
)
/** A person: head and shoulders. */
const me: Inside = union(inCircle(40, 27, 14), (x, y) => y >= 48 && y <= 70 && ((x - 40) / 28) ** 2 + ((y - 70) / 24) ** 2 <= 1)

function draw(shape: Inside, [r, g, b]: [number, number, number]): Buffer {
  const png = new PNG({ width: SIZE, height: SIZE })
  for (let y = 0; y < SIZE; y++) {
    for (let x = 0; x < SIZE; x++) {
      // 4× supersampling for smooth edges.
      let hits = 0
      for (const dy of [0.125, 0.375, 0.625, 0.875]) for (const dx of [0.125, 0.375, 0.625, 0.875]) if (shape(x + dx, y + dy)) hits++
      const i = (y * SIZE + x) * 4
      png.data[i] = r
      png.data[i + 1] = g
      png.data[i + 2] = b
      png.data[i + 3] = Math.round((hits / 16) * 255)
    }
  }
  return PNG.sync.write(png)
}

const out = path.resolve(__dirname, '../src/assets/tab')
for (const [name, shape] of Object.entries({ home, boards, me })) {
  writeFileSync(path.join(out, `${name}.png`), draw(shape, GREY))
  writeFileSync(path.join(out, `${name}-active.png`), draw(shape, RED))
}
