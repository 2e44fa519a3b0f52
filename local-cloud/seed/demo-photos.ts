/**
 * Stand-in pictures for the photos the demo data refers to (pledge progress, duty records, stories,
 * board image blocks): without them h5 would draw broken images. Written only into an empty store's
 * storage when the seed is loaded; each is a small PNG (sky over fields) so it is visibly a photo.
 */
import { PNG } from 'pngjs'
import type { LocalDatabase, LocalStorage } from '../emulator'

const WIDTH = 160
const HEIGHT = 120

function standInPng(seed: number): Buffer {
  const png = new PNG({ width: WIDTH, height: HEIGHT })
  const horizon = 50 + (seed % 30)
  for (let y = 0; y < HEIGHT; y++) {
    for (let x = 0; x < WIDTH; x++) {
      const at = (y * WIDTH + x) * 4
      const sky = y < horizon
      png.data[at] = sky ? 150 + (y % 40) : 60 + ((x + seed * 7) % 50)
      png.data[at + 1] = sky ? 190 : 140 + ((y * 3 + seed) % 60)
      png.data[at + 2] = sky ? 230 : 60
      png.data[at + 3] = 255
    }
  }
  return PNG.sync.write(png)
}

/** Every cloud:// fileID found in the seeded documents that storage does not hold yet. */
function referencedFileIds(value: unknown, found: Set<string>): void {
  if (typeof value === 'string') {
    if (value.startsWith('cloud://')) found.add(value)
  } else if (Array.isArray(value)) {
    for (const item of value) referencedFileIds(item, found)
  } else if (value !== null && typeof value === 'object') {
    for (const item of Object.values(value)) referencedFileIds(item, found)
  }
}

const PHOTO_COLLECTIONS = ['pledges', 'dutyRecords', 'stories', 'boards'] as const

/** Writes a stand-in image for each photo the seeded documents name and storage lacks; answers how many. */
export async function seedDemoPhotos(db: LocalDatabase, storage: LocalStorage): Promise<number> {
  const found = new Set<string>()
  for (const name of PHOTO_COLLECTIONS) {
    if (db.listCollections().includes(name)) referencedFileIds(db.find(name, {}, { limit: 100_000 }), found)
  }
  let written = 0
  for (const fileID of found) {
    const cloudPath = storage.cloudPathOf(fileID)
    if (!cloudPath || !/^(pledges|duties|stories|boards)\//.test(cloudPath) || (await storage.readFile(fileID))) continue
    await storage.writeFile(cloudPath, standInPng(written))
    written++
  }
  return written
}
