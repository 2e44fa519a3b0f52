import { findById, findMany, type ActionContext, type ActionImplementation } from '@/cloud'
import { mediaStates, requestMediaChecks, sentChecks } from '@/cloud/media-check'
import { checkText } from '@/cloud/moderation'
import { wholeValues } from '@/cloud/whole-values'
import { authorize } from '@/core/auth/authorize'
import type { BoardView, boardsContract } from '@/core/contracts/boards.contract'
import { STAFF_ACCESS } from '@/core/contracts/members.contract'
import type { OrgDoc } from '@/core/org/org.docs'
import { BOARD_KIND_LABELS, BOARD_PAGE, BOARD_SCENE_KEY, boardImages, boardPath, boardScene, boardText, compareBoards, GENERATED_KINDS, type BoardBlock } from '@/core/publicity/board.rules'
import { pledgeBoardBlocks } from '@/core/publicity/pledge-board'
import type { BoardDoc } from '@/core/publicity/publicity.docs'
import { AppError } from '@/core/result'
import { starBoardBlocks } from '@/core/stars/stars.board'

type Impl<A extends keyof typeof boardsContract.actions> = ActionImplementation<typeof boardsContract, A>

// An organisation has a handful of boards; 200 is far above any real count.
const BOARD_LIMIT = 200
const PLEDGE_LIMIT = 1000

async function requireOrg(context: ActionContext, orgId: string): Promise<OrgDoc> {
  const org = await findById(context.db, 'orgs', orgId)
  if (!org) throw new AppError('ORG.NOT_FOUND')
  return org
}

async function requireBoard(context: ActionContext, id: string): Promise<BoardDoc> {
  const board = await findById(context.db, 'boards', id)
  if (!board) throw new AppError('BOARD.NOT_FOUND')
  return board
}

/** Whether the caller is staff over the board's organisation (may see drafts and act on it). */
function isStaffOver(context: ActionContext, board: BoardDoc): boolean {
  const actor = context.actor
  if (actor.role === 'villager') return false
  return authorize({ role: actor.role, orgId: actor.orgId, memberId: actor.memberId }, { access: STAFF_ACCESS }, { orgId: board.orgId, orgAncestorIds: board.orgAncestorIds }).allowed
}

/** Loads a board and checks the caller may change it (AUTH.OUT_OF_SCOPE names the organisation). */
async function requireBoardInScope(context: ActionContext, id: string): Promise<{ board: BoardDoc; org: OrgDoc }> {
  const board = await requireBoard(context, id)
  const org = await requireOrg(context, board.orgId)
  context.authorize({ orgId: board.orgId, orgAncestorIds: board.orgAncestorIds }, `这个版面属于“${org.name}”，不在您的管理范围内，您不能修改。`)
  return { board, org }
}

/** A generated board's content at this moment; a typed board's own blocks. */
async function contentOf(context: ActionContext, board: BoardDoc): Promise<BoardBlock[]> {
  if (!board.generated) return board.blocks
  // 星级公示: the branch's cycles in publicity or final (docs/stars.md), built at each read like the pledge board.
  if (board.kind === 'stars') return starBoardBlocks(board.generated.year, await findMany(context.db, 'starCycles', { orgId: board.orgId, stage: context.db.command.in(['publicity', 'final']) }, { limit: PLEDGE_LIMIT }))
  const pledges = await findMany(context.db, 'pledges', { orgId: board.orgId, year: board.generated.year }, { limit: PLEDGE_LIMIT })
  return pledgeBoardBlocks(board.generated.year, pledges)
}

function summaryOf(board: BoardDoc) {
  return {
    id: board._id,
    orgId: board.orgId,
    kind: board.kind,
    kindLabel: BOARD_KIND_LABELS[board.kind],
    title: board.title,
    status: board.status,
    pinned: board.pinned,
    generated: board.generated !== null,
    publishedAt: board.publishedAt,
    updatedAt: board.updatedAt,
  }
}

/** For the board's staff: the check of each image sent for one (审核中 / 已公开 / 未通过（原因）); a generated board has no images. */
function imageChecksOf(context: ActionContext, board: BoardDoc): Promise<NonNullable<BoardView['imageChecks']>> {
  return board.generated ? Promise.resolve([]) : sentChecks(context.db, 'board', board._id, boardImages(board.blocks))
}

async function viewOf(context: ActionContext, board: BoardDoc, org: OrgDoc): Promise<BoardView> {
  const staff = isStaffOver(context, board)
  const can: BoardView['can'] = []
  if (staff) {
    if (!board.generated) can.push('edit')
    can.push(board.status === 'published' ? 'unpublish' : 'publish', 'pin')
  }
  const blocks = await contentOf(context, board)
  // Images show to anyone but the board's staff only after security.mediaCheckAsync passed them.
  const states = staff || board.generated ? null : await mediaStates(context.db, 'board', board._id, boardImages(blocks))
  const shown = (fileID: string) => states?.get(fileID)?.state === 'passed'
  return {
    ...summaryOf(board),
    org: { id: org._id, name: org.name },
    blocks: staff || board.generated ? blocks : blocks.filter((block) => block.type !== 'image' || shown(block.fileID)),
    ...(staff ? { imageChecks: await imageChecksOf(context, board) } : {}),
    path: boardPath(board._id),
    check: staff && board.check ? { result: board.check.result, reason: board.check.reason } : null,
    can,
  }
}

/** Runs the content check on what a board shows; a refusal answers CONTENT.REJECTED with the reason and writes nothing but the log. */
async function requireClean(context: ActionContext, board: BoardDoc, title: string, blocks: readonly BoardBlock[]): Promise<BoardDoc['check']> {
  const check = await checkText(context, 'board', board._id, board.orgId, boardText(title, blocks))
  if (check.result === 'rejected') throw new AppError('CONTENT.REJECTED', `版面没有发布：${check.reason ?? ''}`)
  return check
}

function newBoardId(context: ActionContext, orgId: string): string {
  return `board-${orgId.replace(/^org-/, '')}-${context.now.getTime().toString(36)}${Math.floor(Math.random() * 1296).toString(36).padStart(2, '0')}`
}

export const list: Impl<'list'> = async ({ orgId }, context) => {
  const org = await requireOrg(context, orgId)
  const boards = await findMany(context.db, 'boards', { orgId: org._id, status: 'published' }, { limit: BOARD_LIMIT })
  return { org: { id: org._id, name: org.name }, boards: boards.sort(compareBoards).map(summaryOf) }
}

/** A board by id, or by the short scene key its QR code carries when the id was too long for one. */
async function findBoard(context: ActionContext, ref: string): Promise<BoardDoc | null> {
  const board = await findById(context.db, 'boards', ref)
  if (board || !BOARD_SCENE_KEY.test(ref)) return board
  const [keyed] = await findMany(context.db, 'boards', { sceneKey: ref }, { limit: 1 })
  return keyed ?? null
}

export const get: Impl<'get'> = async ({ id }, context) => {
  const board = await findBoard(context, id)
  // A draft is answered as missing to anyone outside its organisation's staff: its existence is not public.
  if (!board || (board.status !== 'published' && !isStaffOver(context, board))) throw new AppError('BOARD.NOT_FOUND')
  return viewOf(context, board, await requireOrg(context, board.orgId))
}

export const listForOrg: Impl<'listForOrg'> = async ({ orgId }, context) => {
  const org = await context.authorizeOrg(orgId)
  const boards = await findMany(context.db, 'boards', { orgId: org._id }, { limit: BOARD_LIMIT })
  const listed = boards.sort(compareBoards).map(async (board) => ({
    ...summaryOf(board),
    check: board.check ? { result: board.check.result, reason: board.check.reason } : null,
    // 版面管理 says on the card when an image is held or refused (the public sees only passed ones).
    imageChecks: await imageChecksOf(context, board),
  }))
  return { org: { id: org._id, name: org.name }, boards: await Promise.all(listed) }
}

export const save: Impl<'save'> = async ({ id, orgId, kind, title, blocks }, context) => {
  if (GENERATED_KINDS.includes(kind)) throw new AppError('BOARD.GENERATED')
  const org = await context.authorizeOrg(orgId)
  const at = context.now.toISOString()
  const by = context.actor.role === 'villager' ? '' : context.actor.displayName
  if (id === undefined) {
    const board: BoardDoc = {
      _id: newBoardId(context, org._id),
      orgId: org._id,
      orgAncestorIds: [...org.ancestorIds],
      kind,
      title,
      blocks,
      generated: null,
      status: 'draft',
      pinned: false,
      publishedAt: null,
      check: null,
      createdAt: at,
      updatedAt: at,
      updatedBy: by,
    }
    await context.collection('boards').add({ data: board })
    return viewOf(context, board, org)
  }
  const { board } = await requireBoardInScope(context, id)
  if (board.orgId !== org._id) throw new AppError('BOARD.NOT_FOUND')
  if (board.generated) throw new AppError('BOARD.GENERATED')
  // A published board stays public, so its new content is checked before it replaces the old.
  const check = board.status === 'published' ? await requireClean(context, board, title, blocks) : board.check
  if (board.status === 'published') await requestMediaChecks(context, 'board', board._id, board.orgId, boardImages(blocks))
  const changes = { kind, title, blocks, check, updatedAt: at, updatedBy: by }
  await context.collection('boards').doc(board._id).update({ data: wholeValues(context.db, changes) })
  return viewOf(context, { ...board, ...changes }, org)
}

export const createGenerated: Impl<'createGenerated'> = async ({ orgId, kind, year }, context) => {
  const org = await context.authorizeOrg(orgId)
  const id = `board-${kind}-${org._id.replace(/^org-/, '')}-${year}`
  if (await findById(context.db, 'boards', id)) throw new AppError('BOARD.ALREADY_EXISTS')
  const at = context.now.toISOString()
  const board: BoardDoc = {
    _id: id,
    orgId: org._id,
    orgAncestorIds: [...org.ancestorIds],
    kind,
    title: `${year}年党员承诺公示`,
    blocks: [],
    generated: { year },
    status: 'draft',
    pinned: false,
    publishedAt: null,
    check: null,
    createdAt: at,
    updatedAt: at,
    updatedBy: context.actor.role === 'villager' ? '' : context.actor.displayName,
  }
  await context.collection('boards').add({ data: board })
  return viewOf(context, board, org)
}

export const publish: Impl<'publish'> = async ({ id }, context) => {
  const { board, org } = await requireBoardInScope(context, id)
  if (board.status === 'published') return viewOf(context, board, org)
  if (!board.generated && board.blocks.length === 0) throw new AppError('BOARD.EMPTY')
  // Generated content comes from pledges the branch already approved; a typed board is checked now.
  const check = board.generated ? board.check : await requireClean(context, board, board.title, board.blocks)
  await requestMediaChecks(context, 'board', board._id, board.orgId, boardImages(board.blocks))
  const changes = { status: 'published' as const, publishedAt: context.now.toISOString(), updatedAt: context.now.toISOString(), check }
  await context.collection('boards').doc(board._id).update({ data: wholeValues(context.db, changes) })
  return viewOf(context, { ...board, ...changes }, org)
}

export const unpublish: Impl<'unpublish'> = async ({ id }, context) => {
  const { board, org } = await requireBoardInScope(context, id)
  const changes = { status: 'draft' as const, pinned: false, updatedAt: context.now.toISOString() }
  await context.collection('boards').doc(board._id).update({ data: wholeValues(context.db, changes) })
  return viewOf(context, { ...board, ...changes }, org)
}

export const pin: Impl<'pin'> = async ({ id, pinned }, context) => {
  const { board, org } = await requireBoardInScope(context, id)
  const changes = { pinned, updatedAt: context.now.toISOString() }
  await context.collection('boards').doc(board._id).update({ data: wholeValues(context.db, changes) })
  return viewOf(context, { ...board, ...changes }, org)
}

function newSceneKey(): string {
  return `k${Array.from({ length: 9 }, () => Math.floor(Math.random() * 36).toString(36)).join('')}`
}

/** The board's mini-program code for its printed poster: a PNG in cloud storage and a temporary URL to it. */
export const getCode: Impl<'getCode'> = async ({ id }, context) => {
  const { board, org } = await requireBoardInScope(context, id)
  const { cloud } = context
  let sceneKey = board.sceneKey ?? null
  if (`b=${board._id}`.length > 32 && !sceneKey) {
    sceneKey = newSceneKey()
    await context.collection('boards').doc(board._id).update({ data: { sceneKey } })
  }
  const scene = boardScene(board._id, sceneKey)
  let png: Buffer
  try {
    // checkPath false: the board page may not be published yet in a trial version.
    const code = (await cloud.openapi.wxacode.getUnlimited({ scene, page: BOARD_PAGE, width: 430, checkPath: false })) as { buffer: ArrayBufferLike | Buffer }
    png = Buffer.from(code.buffer as ArrayBuffer)
  } catch (error) {
    console.error('[boards.getCode] wxacode.getUnlimited 失败', error)
    throw new AppError('BOARD.QR_FAILED')
  }
  const uploaded = await cloud.uploadFile({ cloudPath: `board-codes/${board._id}.png`, fileContent: png })
  const { fileList } = (await cloud.getTempFileURL({ fileList: [uploaded.fileID] })) as { fileList: { tempFileURL: string }[] }
  return { board: summaryOf(board), org: { id: org._id, name: org.name }, page: BOARD_PAGE, scene, path: boardPath(board._id), qrFileID: uploaded.fileID, qrUrl: fileList[0]?.tempFileURL ?? '' }
}
