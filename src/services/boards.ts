import type { BoardView, boardsContract } from '@/core/contracts/boards.contract'
import type { ActionInput, ActionOutput } from '@/core/contract'
import { callCloud, contractRef, type CallResult } from './cloud'

// A ref, not the contract: the zod schemas stay on the server and out of the villager's download.
const boards = contractRef<typeof boardsContract>('boards')

type Boards = typeof boardsContract
export type { BoardView }
export type PublicBoards = ActionOutput<Boards, 'list'>
export type StaffBoards = ActionOutput<Boards, 'listForOrg'>
export type BoardCode = ActionOutput<Boards, 'getCode'>
export type SaveBoardInput = ActionInput<Boards, 'save'>

/** An organisation's published boards, pinned first: no binding needed. */
export function listBoards(orgId: string): Promise<CallResult<PublicBoards>> {
  return callCloud(boards, 'list', { orgId })
}

/** One board with its content (a generated board built from the data now); id may be a QR scene key. */
export function getBoard(id: string): Promise<CallResult<BoardView>> {
  return callCloud(boards, 'get', { id })
}

/** Every board of an organisation, drafts and refused ones included, for its staff. */
export function listBoardsForOrg(orgId: string): Promise<CallResult<StaffBoards>> {
  return callCloud(boards, 'listForOrg', { orgId })
}

/** Saves a draft (new without id); a published board's new text is checked first. */
export function saveBoard(input: SaveBoardInput): Promise<CallResult<BoardView>> {
  return callCloud(boards, 'save', input)
}

/** Makes the organisation's 承诺公示 board for a year; its content follows the pledges. */
export function createPledgeBoard(orgId: string, year: number): Promise<CallResult<BoardView>> {
  return callCloud(boards, 'createGenerated', { orgId, kind: 'pledges', year })
}

export function publishBoard(id: string): Promise<CallResult<BoardView>> {
  return callCloud(boards, 'publish', { id })
}

export function unpublishBoard(id: string): Promise<CallResult<BoardView>> {
  return callCloud(boards, 'unpublish', { id })
}

export function pinBoard(id: string, pinned: boolean): Promise<CallResult<BoardView>> {
  return callCloud(boards, 'pin', { id, pinned })
}

/** The board's mini-program code for its printed poster. */
export function getBoardCode(id: string): Promise<CallResult<BoardCode>> {
  return callCloud(boards, 'getCode', { id })
}
