/**
 * Content security for photos (security.mediaCheckAsync v2): a photo others may see is checked
 * once per place it appears; the verdict arrives later by the `wxa_media_check` message push.
 * Until it is `pass` only the photo's author sees it, with 审核中 or 未通过（原因）. docs/media-check.md.
 */
import { LABEL_REASONS } from '../publicity/moderation'

/** Where a photo appears: a pledge's progress entry, a duty record, a board image block, a story. */
export type MediaTarget = 'pledge' | 'duty' | 'board' | 'story'

export type PhotoCheckState = 'pending' | 'passed' | 'rejected'

/** `mediaChecks`: one check of one photo in one place. `_id` = mediaCheckId(fileID, target, targetId). No OPENID. */
export interface MediaCheckDoc {
  _id: string
  fileID: string
  target: MediaTarget
  targetId: string
  orgId: string
  /** mediaCheckAsync's trace_id; the push names it. Null when the request itself failed. */
  traceId: string | null
  state: PhotoCheckState
  suggest: string | null
  label: number | null
  /** The Chinese reason the author sees when rejected. */
  reason: string | null
  requestedAt: string
  decidedAt: string | null
}

/** A stable id per (photo, place), so a repeated save never asks twice. */
export function mediaCheckId(fileID: string, target: MediaTarget, targetId: string): string {
  // FNV-1a over the three parts, twice with different seeds: short, stable, no crypto needed in core.
  const text = `${target}\n${targetId}\n${fileID}`
  let a = 0x811c9dc5
  let b = 0x01000193 ^ text.length
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    a = Math.imul(a ^ code, 0x01000193) >>> 0
    b = Math.imul(b ^ code, 0x85ebca6b) >>> 0
  }
  return `mc-${target}-${a.toString(16).padStart(8, '0')}${b.toString(16).padStart(8, '0')}`
}

/** The verdict of a `wxa_media_check` push: only `pass` shows a photo to others; `review` is held like `risky`. */
export function decideMedia(suggest: string, label: number | null): { state: 'passed' | 'rejected'; reason: string | null } {
  if (suggest === 'pass') return { state: 'passed', reason: null }
  if (suggest === 'review') return { state: 'rejected', reason: '需要人工复核，暂不公开' }
  const word = label === null ? undefined : LABEL_REASONS[label]
  return { state: 'rejected', reason: word ? `含有${word}${word.endsWith('内容') ? '' : '相关内容'}` : '含有不适合公开的内容' }
}

/** What the author reads under their own photo. */
export function photoStateLabel(state: PhotoCheckState, reason: string | null | undefined): string {
  if (state === 'passed') return '已公开'
  if (state === 'pending') return '审核中'
  return `未通过（${reason ?? '含有不适合公开的内容'}）`
}

/**
 * The line on a list's card when some of the author's photos are held or refused — “1 张照片未通过审核”,
 * “2 张图片审核中”, “1 张照片未通过审核，1 张审核中” — or null when every checked one passed.
 */
export function heldPhotosLine(checks: readonly { check: PhotoCheckState }[], noun: '照片' | '图片'): string | null {
  const refused = checks.filter((entry) => entry.check === 'rejected').length
  const held = checks.filter((entry) => entry.check === 'pending').length
  const parts = [refused > 0 ? `${refused} 张${noun}未通过审核` : '', held > 0 ? `${held} 张${refused > 0 ? '' : noun}审核中` : ''].filter(Boolean)
  return parts.length > 0 ? parts.join('，') : null
}

/** Photos as one viewer may see them: the author all of theirs (with the state), anyone else only passed ones. */
export function photosVisibleTo<P extends { check: PhotoCheckState }>(photos: readonly P[], isAuthor: boolean): P[] {
  return isAuthor ? [...photos] : photos.filter((photo) => photo.check === 'passed')
}
