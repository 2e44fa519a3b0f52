/** Where a board lives in the mini-program and what its QR code carries; no zod here (the villager's page imports it). */

/** The mini-program page that shows one board (NutUI-free villager subpackage: the least an unbound villager downloads); the poster's QR code and shares point here. */
export const BOARD_PAGE = 'packages/villager/board/index'

/** The path a QR code or share carries back to one online board. */
export function boardPath(boardId: string): string {
  return `${BOARD_PAGE}?id=${encodeURIComponent(boardId)}`
}

/** A board's short key for its QR scene when its id is too long for one (wxacode scene ≤ 32 characters). */
export const BOARD_SCENE_KEY = /^k[0-9a-z]{9}$/

/** The `scene` of a board's mini-program code: `b=<id>` when it fits in 32 characters, else `b=<sceneKey>`. */
export function boardScene(boardId: string, sceneKey: string | null): string {
  const direct = `b=${boardId}`
  if (direct.length <= 32 && /^[\x21-\x7e]+$/.test(direct)) return direct
  if (!sceneKey) throw new RangeError(`board id ${boardId} needs a scene key`)
  return `b=${sceneKey}`
}

/** The board id (or scene key) a scanned scene carries (the page receives it URL-encoded), or null. */
export function boardRefFromScene(scene: string): string | null {
  let decoded = scene
  try {
    decoded = decodeURIComponent(scene)
  } catch {
    return null
  }
  const match = /^b=([\x21-\x7e]{1,30})$/.exec(decoded)
  return match ? match[1] : null
}
