/**
 * The server half of photo content security (docs/media-check.md): requestMediaChecks asks
 * security.mediaCheckAsync v2 for each photo that is about to become visible to others;
 * receiveMediaCheck takes the `wxa_media_check` push (the mediaCheck function), records the verdict in
 * `mediaChecks`, logs it in `moderationDecisions` (no OPENID) and updates the photo's `check` where it
 * is stored (pledge progress, duty records); mediaStates answers the states for readers that keep
 * only fileIDs (board image blocks, stories).
 */
import { decideMedia, mediaCheckId, type MediaCheckDoc, type MediaTarget, type PhotoCheckState } from '../core/media/media-check'
import type { DutyRecordDoc, PhotoRef, PledgeDoc } from '../core/member-work/member-work.docs'
import { MODERATION_SCENES } from '../core/publicity/moderation'
import type { ModerationDecisionDoc } from '../core/publicity/publicity.docs'
import { fail, ok, type Result } from '../core/result'
import { findById, findMany } from './db'
import type { ActionContext } from './handler'
import { getInTransaction, inTransaction } from './transaction'
import type { CloudDatabase, WxCloud } from './sdk'

/** Public posts (论坛) for every photo target. */
const SCENE = MODERATION_SCENES.forum

interface TempUrlReply {
  fileList?: { fileID: string; tempFileURL?: string; status?: number }[]
}

/**
 * Requests a check of each photo shown at (target, targetId) that has none yet. Never throws: a failed
 * request leaves the photo `pending` (shown to its author only), which is the safe side.
 */
export async function requestMediaChecks(context: Pick<ActionContext, 'db' | 'cloud' | 'openid' | 'now'>, target: MediaTarget, targetId: string, orgId: string, fileIDs: readonly string[]): Promise<void> {
  for (const fileID of [...new Set(fileIDs)]) {
    const _id = mediaCheckId(fileID, target, targetId)
    if (await findById(context.db, 'mediaChecks', _id)) continue
    let traceId: string | null = null
    let state: PhotoCheckState = 'pending'
    let reason: string | null = null
    try {
      const urls = (await context.cloud.getTempFileURL({ fileList: [fileID] })) as TempUrlReply
      const mediaUrl = urls.fileList?.[0]?.tempFileURL
      if (!mediaUrl) {
        state = 'rejected'
        reason = '没有找到这张照片，请重新上传'
      } else {
        const reply = (await context.cloud.openapi.security.mediaCheckAsync({ mediaUrl, mediaType: 2, version: 2, scene: SCENE, openid: context.openid })) as { traceId?: string; trace_id?: string }
        traceId = reply.traceId ?? reply.trace_id ?? null
      }
    } catch (error) {
      console.error('[media-check] 请求图片审核失败', target, targetId, (error as Error).message)
    }
    const doc: MediaCheckDoc = { _id, fileID, target, targetId, orgId, traceId, state, suggest: null, label: null, reason, requestedAt: context.now.toISOString(), decidedAt: state === 'pending' ? null : context.now.toISOString() }
    await context.db.collection('mediaChecks').add({ data: doc })
  }
}

/** The state of each photo at (target, targetId): `passed` only when its check passed. */
export async function mediaStates(db: CloudDatabase, target: MediaTarget, targetId: string, fileIDs: readonly string[]): Promise<Map<string, { state: PhotoCheckState; reason: string | null }>> {
  const states = new Map<string, { state: PhotoCheckState; reason: string | null }>()
  if (fileIDs.length === 0) return states
  const ids = fileIDs.map((fileID) => mediaCheckId(fileID, target, targetId))
  const checks = await findMany(db, 'mediaChecks', { _id: db.command.in(ids) }, { limit: 100 })
  for (const fileID of fileIDs) states.set(fileID, { state: 'pending', reason: null })
  for (const check of checks) states.set(check.fileID, { state: check.state, reason: check.reason })
  return states
}

/**
 * The check of each photo at (target, targetId) that was sent for one, in the photos' order, for its
 * author's screens (审核中 / 已公开 / 未通过（原因）). A photo not listed has not been sent yet (a draft).
 */
export async function sentChecks(db: CloudDatabase, target: MediaTarget, targetId: string, fileIDs: readonly string[]): Promise<{ fileID: string; check: PhotoCheckState; reason: string | null }[]> {
  const unique = [...new Set(fileIDs)]
  if (unique.length === 0) return []
  const checks = await findMany(db, 'mediaChecks', { _id: db.command.in(unique.map((fileID) => mediaCheckId(fileID, target, targetId))) }, { limit: 100 })
  const byFile = new Map(checks.map((check) => [check.fileID, check]))
  return unique.flatMap((fileID) => {
    const check = byFile.get(fileID)
    return check ? [{ fileID, check: check.state, reason: check.reason }] : []
  })
}

/** The `wxa_media_check` push as the platform sends it (only the fields used). */
interface MediaCheckEvent {
  Event: 'wxa_media_check'
  trace_id: string
  result: { suggest: string; label?: number }
}

export function isMediaCheckEvent(event: unknown): event is MediaCheckEvent {
  const candidate = event as Partial<MediaCheckEvent> | null
  return typeof candidate === 'object' && candidate !== null && candidate.Event === 'wxa_media_check' && typeof candidate.trace_id === 'string' && typeof candidate.result?.suggest === 'string'
}

function withCheck(photos: readonly PhotoRef[], fileID: string, state: PhotoCheckState, reason: string | null): PhotoRef[] {
  return photos.map((photo) => (photo.fileID === fileID ? { ...photo, check: state, reason } : photo))
}

/**
 * Applies a verdict. Only a trace_id this deployment asked for and still waits on is taken, so a
 * client calling the function with a made-up verdict changes nothing (trace ids never leave the server).
 */
export async function receiveMediaCheck(db: CloudDatabase, event: unknown, now: Date): Promise<Result<{ state: PhotoCheckState }>> {
  if (!isMediaCheckEvent(event)) return fail('COMMON.BAD_REQUEST', '这不是图片审核结果推送（wxa_media_check）。')
  const [check] = await findMany(db, 'mediaChecks', { traceId: event.trace_id, state: 'pending' }, { limit: 1 })
  if (!check) return fail('AUTH.FORBIDDEN', '没有等待这个结果的图片审核。')
  const label = typeof event.result.label === 'number' ? event.result.label : null
  const { state, reason } = decideMedia(event.result.suggest, label)
  const at = now.toISOString()
  await db.collection('mediaChecks').doc(check._id).update({ data: { state, reason, suggest: event.result.suggest, label, decidedAt: at } })
  const decision: Omit<ModerationDecisionDoc, '_id'> = { at, target: check.target, targetId: check.targetId, orgId: check.orgId, kind: 'image', scene: SCENE, suggest: event.result.suggest, label, decision: state }
  await db.collection('moderationDecisions').add({ data: decision })
  // In a transaction: two photos of one entry decided at once must not overwrite each other's state.
  if (check.target === 'pledge') {
    await inTransaction(db, async (transaction) => {
      const pledge = await getInTransaction<PledgeDoc>(transaction, 'pledges', check.targetId)
      if (!pledge) return
      const progress = pledge.progress.map((entry) => ({ ...entry, photos: withCheck(entry.photos, check.fileID, state, reason) }))
      await transaction.collection('pledges').doc(pledge._id).update({ data: { progress } })
    })
  } else if (check.target === 'duty') {
    await inTransaction(db, async (transaction) => {
      const record = await getInTransaction<DutyRecordDoc>(transaction, 'dutyRecords', check.targetId)
      if (record) await transaction.collection('dutyRecords').doc(record._id).update({ data: { photos: withCheck(record.photos, check.fileID, state, reason) } })
    })
  }
  return ok({ state })
}

/** The `main` of the mediaCheck function: message pushes only (docs/media-check.md “Configure the push”). */
export function createMediaCheckReceiver(sdk: WxCloud): (event: unknown) => Promise<Result<{ state: PhotoCheckState }>> {
  let initialised = false
  return async (event) => {
    if (!initialised) {
      sdk.init({ env: sdk.DYNAMIC_CURRENT_ENV as unknown as string })
      initialised = true
    }
    try {
      return await receiveMediaCheck(sdk.database(), event, new Date())
    } catch (error) {
      console.error('[mediaCheck] 处理审核结果失败', error)
      return fail('COMMON.INTERNAL')
    }
  }
}
